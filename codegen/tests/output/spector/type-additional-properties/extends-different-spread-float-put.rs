impl Client {
    /// Puts a [`DifferentSpreadFloatDerived`](struct@DifferentSpreadFloatDerived). The body is `{"name": "abc", "prop": 43.125, "derivedProp": 43.125}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/extendsDifferentSpreadFloat`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`ExtendsDifferentSpreadFloatPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExtendsDifferentSpreadFloatPutError`] for every error row above, and [`ExtendsDifferentSpreadFloatPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, DifferentSpreadFloatDerived, ExtendsDifferentSpreadFloatPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .extends_different_spread_float_put(
    ///         &DifferentSpreadFloatDerived {
    ///             name: "abc".to_owned(),
    ///             derived_prop: 43.125,
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop".to_owned(), 43.125),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     ExtendsDifferentSpreadFloatPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_different_spread_float_put(
        &self,
        body: &DifferentSpreadFloatDerived,
    ) -> ::std::result::Result<
        ExtendsDifferentSpreadFloatPutResponse,
        ExtendsDifferentSpreadFloatPutError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsDifferentSpreadFloat",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsDifferentSpreadFloatPutResponse::from_raw(response)
    }
}
/// What [`Client::extends_different_spread_float_put`] answered.
///
/// A variant per success row of the status table of [`Client::extends_different_spread_float_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsDifferentSpreadFloatPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::extends_different_spread_float_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsDifferentSpreadFloatPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsDifferentSpreadFloatPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsDifferentSpreadFloatPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsDifferentSpreadFloatPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
