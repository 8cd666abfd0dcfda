impl Client {
    /// Gets `[0.1, 0.1, 0.1]`, whose sum the verify operation expects.
    ///
    /// `GET http://localhost:3000/type/scalar/decimal/prepare_verify`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The values to add up. | List of Decimal |
    ///
    /// By status code: 200 [`DecimalPrepareVerifyResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`DecimalPrepareVerifyError`] for every error row above, and [`DecimalPrepareVerifyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DecimalPrepareVerifyResponse};
    /// let client = Client::builder().build()?;
    /// match client.decimal_prepare_verify().await? {
    ///     DecimalPrepareVerifyResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn decimal_prepare_verify(
        &self,
    ) -> ::std::result::Result<DecimalPrepareVerifyResponse, DecimalPrepareVerifyError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/scalar/decimal/prepare_verify",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DecimalPrepareVerifyResponse::from_raw(response)
    }
}
/// What [`Client::decimal_prepare_verify`] answered.
///
/// A variant per success row of the status table of [`Client::decimal_prepare_verify`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum DecimalPrepareVerifyResponse {
    /// 200 OK: The values to add up.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<::specgen_runtime::Decimal>,
    },
}
/// Why [`Client::decimal_prepare_verify`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DecimalPrepareVerifyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DecimalPrepareVerifyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DecimalPrepareVerifyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, DecimalPrepareVerifyError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    body: response
                        .json_as::<
                            _,
                            ::std::vec::Vec<::specgen_runtime::encoding::DecimalNumber>,
                        >()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
