impl Client {
    /// Sends `value=0.33333`.
    ///
    /// `GET http://localhost:3000/type/scalar/decimal128/request_parameter?value=<value>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | value | The value the scenario expects. | Decimal |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`Decimal128RequestParameterResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`Decimal128RequestParameterError`] for every error row above, and [`Decimal128RequestParameterError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Decimal128RequestParameterResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .decimal128_request_parameter(
    ///         ::specgen_runtime::encoding::DecimalNumber::parse("0.33333")?,
    ///     )
    ///     .await?
    /// {
    ///     Decimal128RequestParameterResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn decimal128_request_parameter(
        &self,
        value: ::specgen_runtime::Decimal,
    ) -> ::std::result::Result<
        Decimal128RequestParameterResponse,
        Decimal128RequestParameterError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/scalar/decimal128/request_parameter",
                ),
            ],
            query: &[
                ("value", Some(::specgen_runtime::encoding::DecimalNumber::text(&value))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Decimal128RequestParameterResponse::from_raw(response)
    }
}
/// What [`Client::decimal128_request_parameter`] answered.
///
/// A variant per success row of the status table of [`Client::decimal128_request_parameter`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum Decimal128RequestParameterResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::decimal128_request_parameter`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Decimal128RequestParameterError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Decimal128RequestParameterError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Decimal128RequestParameterResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, Decimal128RequestParameterError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
