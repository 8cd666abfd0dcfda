impl Client {
    /// Reads the `value` response header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/datetime/responseheader/unix-timestamp`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The value, in the header. | |
    ///
    /// By status code: 204 [`ResponseHeaderUnixTimestampResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ResponseHeaderUnixTimestampError`] for every error row above, and [`ResponseHeaderUnixTimestampError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ResponseHeaderUnixTimestampResponse};
    /// let client = Client::builder().build()?;
    /// match client.response_header_unix_timestamp().await? {
    ///     ResponseHeaderUnixTimestampResponse::NoContent { .. } => {
    ///         println!("204: NoContent")
    ///     }
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn response_header_unix_timestamp(
        &self,
    ) -> ::std::result::Result<
        ResponseHeaderUnixTimestampResponse,
        ResponseHeaderUnixTimestampError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/datetime/responseheader/unix-timestamp",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ResponseHeaderUnixTimestampResponse::from_raw(response)
    }
}
/// What [`Client::response_header_unix_timestamp`] answered.
///
/// A variant per success row of the status table of [`Client::response_header_unix_timestamp`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseHeaderUnixTimestampResponse {
    /// 204 No Content: The value, in the header.
    NoContent {
        /// The `value` header: The value.
        value: ::specgen_runtime::DateTime,
    },
}
/// Why [`Client::response_header_unix_timestamp`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseHeaderUnixTimestampError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ResponseHeaderUnixTimestampError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ResponseHeaderUnixTimestampResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ResponseHeaderUnixTimestampError> {
        match response.status.as_u16() {
            204 => {
                Ok(Self::NoContent {
                    value: response
                        .header_with(
                            "value",
                            ::specgen_runtime::encoding::UnixTimestamp::parse,
                        )?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
