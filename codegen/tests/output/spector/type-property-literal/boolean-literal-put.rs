impl Client {
    /// Puts the model; the body is `{"property": true}`.
    ///
    /// `PUT http://localhost:3000/type/property/value-types/boolean/literal`
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
    /// By status code: 204 [`BooleanLiteralPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`BooleanLiteralPutError`] for every error row above, and [`BooleanLiteralPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     BooleanLiteralProperty, BooleanLiteralValue, Client, BooleanLiteralPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .boolean_literal_put(
    ///         &BooleanLiteralProperty {
    ///             property: BooleanLiteralValue::True,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     BooleanLiteralPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn boolean_literal_put(
        &self,
        body: &BooleanLiteralProperty,
    ) -> ::std::result::Result<BooleanLiteralPutResponse, BooleanLiteralPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/boolean/literal",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        BooleanLiteralPutResponse::from_raw(response)
    }
}
/// What [`Client::boolean_literal_put`] answered.
///
/// A variant per success row of the status table of [`Client::boolean_literal_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum BooleanLiteralPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::boolean_literal_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum BooleanLiteralPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for BooleanLiteralPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl BooleanLiteralPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, BooleanLiteralPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
