impl Client {
    /// Gets a [`DifferentSpreadStringDerived`](struct@DifferentSpreadStringDerived). The body is `{"id": 43.125, "prop": "abc", "derivedProp": "abc"}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/extendsDifferentSpreadString`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`DifferentSpreadStringDerived`](struct@DifferentSpreadStringDerived) |
    ///
    /// By status code: 200 [`ExtendsDifferentSpreadStringGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExtendsDifferentSpreadStringGetError`] for every error row above, and [`ExtendsDifferentSpreadStringGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExtendsDifferentSpreadStringGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.extends_different_spread_string_get().await? {
    ///     ExtendsDifferentSpreadStringGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_different_spread_string_get(
        &self,
    ) -> ::std::result::Result<
        ExtendsDifferentSpreadStringGetResponse,
        ExtendsDifferentSpreadStringGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsDifferentSpreadString",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsDifferentSpreadStringGetResponse::from_raw(response)
    }
}
/// What [`Client::extends_different_spread_string_get`] answered.
///
/// A variant per success row of the status table of [`Client::extends_different_spread_string_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsDifferentSpreadStringGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: DifferentSpreadStringDerived,
    },
}
/// Why [`Client::extends_different_spread_string_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsDifferentSpreadStringGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsDifferentSpreadStringGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsDifferentSpreadStringGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsDifferentSpreadStringGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
