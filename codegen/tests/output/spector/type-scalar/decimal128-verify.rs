impl Client {
    /// Sends `0.3`, the exact sum of the values the prepare operation gives.
    ///
    /// `POST http://localhost:3000/type/scalar/decimal128/verify`
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
    /// | 204 | The server received the expected sum. | |
    ///
    /// By status code: 204 [`Decimal128VerifyResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`Decimal128VerifyError`] for every error row above, and [`Decimal128VerifyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Decimal128VerifyResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .decimal128_verify(&::specgen_runtime::encoding::DecimalNumber::parse("0.3")?)
    ///     .await?
    /// {
    ///     Decimal128VerifyResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn decimal128_verify(
        &self,
        body: &::specgen_runtime::Decimal,
    ) -> ::std::result::Result<Decimal128VerifyResponse, Decimal128VerifyError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/scalar/decimal128/verify"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(
                ::specgen_runtime::json_body_as::<
                    _,
                    ::specgen_runtime::encoding::DecimalNumber,
                >(body)?,
            ),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        Decimal128VerifyResponse::from_raw(response)
    }
}
/// What [`Client::decimal128_verify`] answered.
///
/// A variant per success row of the status table of [`Client::decimal128_verify`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum Decimal128VerifyResponse {
    /// 204 No Content: The server received the expected sum.
    NoContent,
}
/// Why [`Client::decimal128_verify`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Decimal128VerifyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Decimal128VerifyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Decimal128VerifyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, Decimal128VerifyError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
