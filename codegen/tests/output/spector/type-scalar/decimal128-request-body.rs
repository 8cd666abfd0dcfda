impl Client {
    /// Puts the `decimal128` body, `0.33333`. The path's `resquest` is the scenario's spelling.
    ///
    /// `PUT http://localhost:3000/type/scalar/decimal128/resquest_body`
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
    /// By status code: 204 [`Decimal128RequestBodyResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`Decimal128RequestBodyError`] for every error row above, and [`Decimal128RequestBodyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Decimal128RequestBodyResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .decimal128_request_body(
    ///         &::specgen_runtime::encoding::DecimalNumber::parse("0.33333")?,
    ///     )
    ///     .await?
    /// {
    ///     Decimal128RequestBodyResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn decimal128_request_body(
        &self,
        body: &::specgen_runtime::Decimal,
    ) -> ::std::result::Result<
        Decimal128RequestBodyResponse,
        Decimal128RequestBodyError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/scalar/decimal128/resquest_body",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(
                ::specgen_runtime::json_body_as::<
                    _,
                    ::specgen_runtime::encoding::DecimalNumber,
                >(body)?,
            ),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Decimal128RequestBodyResponse::from_raw(response)
    }
}
/// What [`Client::decimal128_request_body`] answered.
///
/// A variant per success row of the status table of [`Client::decimal128_request_body`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum Decimal128RequestBodyResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::decimal128_request_body`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Decimal128RequestBodyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Decimal128RequestBodyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Decimal128RequestBodyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, Decimal128RequestBodyError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
