impl Client {
    /// Gets a [`DifferentSpreadFloatDerived`](struct@DifferentSpreadFloatDerived). The body is `{"name": "abc", "prop": 43.125, "derivedProp": 43.125}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/extendsDifferentSpreadFloat`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`DifferentSpreadFloatDerived`](struct@DifferentSpreadFloatDerived) |
    ///
    /// By status code: 200 [`ExtendsDifferentSpreadFloatGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExtendsDifferentSpreadFloatGetError`] for every error row above, and [`ExtendsDifferentSpreadFloatGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExtendsDifferentSpreadFloatGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.extends_different_spread_float_get().await? {
    ///     ExtendsDifferentSpreadFloatGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_different_spread_float_get(
        &self,
    ) -> ::std::result::Result<
        ExtendsDifferentSpreadFloatGetResponse,
        ExtendsDifferentSpreadFloatGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsDifferentSpreadFloat",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsDifferentSpreadFloatGetResponse::from_raw(response)
    }
}
/// What [`Client::extends_different_spread_float_get`] answered.
///
/// A variant per success row of the status table of [`Client::extends_different_spread_float_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsDifferentSpreadFloatGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: DifferentSpreadFloatDerived,
    },
}
/// Why [`Client::extends_different_spread_float_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsDifferentSpreadFloatGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsDifferentSpreadFloatGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsDifferentSpreadFloatGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsDifferentSpreadFloatGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
