impl Client {
    /// Sends the `value` header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/datetime/header/unix-timestamp`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | value | The value. (Date-time (Unix timestamp); argument `value`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderUnixTimestampResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderUnixTimestampError`] for every error row above, and [`HeaderUnixTimestampError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderUnixTimestampResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_unix_timestamp(
    ///         ::specgen_runtime::encoding::UnixTimestamp::parse("1686566864")?,
    ///     )
    ///     .await?
    /// {
    ///     HeaderUnixTimestampResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_unix_timestamp(
        &self,
        value: ::specgen_runtime::DateTime,
    ) -> ::std::result::Result<HeaderUnixTimestampResponse, HeaderUnixTimestampError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/datetime/header/unix-timestamp",
                ),
            ],
            query: &[],
            headers: &[
                (
                    "value",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::UnixTimestamp::text(&value),
                        ),
                    ),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderUnixTimestampResponse::from_raw(response)
    }
}
/// What [`Client::header_unix_timestamp`] answered.
///
/// A variant per success row of the status table of [`Client::header_unix_timestamp`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderUnixTimestampResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_unix_timestamp`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderUnixTimestampError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderUnixTimestampError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderUnixTimestampResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderUnixTimestampError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
