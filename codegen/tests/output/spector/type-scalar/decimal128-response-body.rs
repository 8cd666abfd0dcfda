impl Client {
    /// Gets the `decimal128` body, `0.33333`.
    ///
    /// `GET http://localhost:3000/type/scalar/decimal128/response_body`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | Decimal |
    ///
    /// By status code: 200 [`Decimal128ResponseBodyResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`Decimal128ResponseBodyError`] for every error row above, and [`Decimal128ResponseBodyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Decimal128ResponseBodyResponse};
    /// let client = Client::builder().build()?;
    /// match client.decimal128_response_body().await? {
    ///     Decimal128ResponseBodyResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn decimal128_response_body(
        &self,
    ) -> ::std::result::Result<
        Decimal128ResponseBodyResponse,
        Decimal128ResponseBodyError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/scalar/decimal128/response_body",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Decimal128ResponseBodyResponse::from_raw(response)
    }
}
/// What [`Client::decimal128_response_body`] answered.
///
/// A variant per success row of the status table of [`Client::decimal128_response_body`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum Decimal128ResponseBodyResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::specgen_runtime::Decimal,
    },
}
/// Why [`Client::decimal128_response_body`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Decimal128ResponseBodyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Decimal128ResponseBodyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Decimal128ResponseBodyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, Decimal128ResponseBodyError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    body: response
                        .json_as::<_, ::specgen_runtime::encoding::DecimalNumber>()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
