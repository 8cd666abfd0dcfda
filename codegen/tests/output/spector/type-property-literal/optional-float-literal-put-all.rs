impl Client {
    /// Puts the model; the body is `{"property": 1.25}`.
    ///
    /// `PUT http://localhost:3000/type/property/optional/float/literal/all`
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
    /// By status code: 204 [`OptionalFloatLiteralPutAllResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`OptionalFloatLiteralPutAllError`] for every error row above, and [`OptionalFloatLiteralPutAllError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, OptionalFloatLiteralProperty, OptionalFloatLiteralValue,
    ///     OptionalFloatLiteralPutAllResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .optional_float_literal_put_all(
    ///         &OptionalFloatLiteralProperty {
    ///             property: Some(OptionalFloatLiteralValue::Value1_25),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     OptionalFloatLiteralPutAllResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn optional_float_literal_put_all(
        &self,
        body: &OptionalFloatLiteralProperty,
    ) -> ::std::result::Result<
        OptionalFloatLiteralPutAllResponse,
        OptionalFloatLiteralPutAllError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/float/literal/all",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        OptionalFloatLiteralPutAllResponse::from_raw(response)
    }
}
/// What [`Client::optional_float_literal_put_all`] answered.
///
/// A variant per success row of the status table of [`Client::optional_float_literal_put_all`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionalFloatLiteralPutAllResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::optional_float_literal_put_all`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum OptionalFloatLiteralPutAllError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for OptionalFloatLiteralPutAllError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl OptionalFloatLiteralPutAllResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, OptionalFloatLiteralPutAllError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
