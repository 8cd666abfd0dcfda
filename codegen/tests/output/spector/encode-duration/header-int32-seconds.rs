impl Client {
    /// Sends the `duration` header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/duration/header/int32-seconds`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | duration | The value. (Duration (seconds); argument `duration`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderInt32SecondsResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderInt32SecondsError`] for every error row above, and [`HeaderInt32SecondsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderInt32SecondsResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_int32_seconds(::specgen_runtime::encoding::Seconds::parse("36")?)
    ///     .await?
    /// {
    ///     HeaderInt32SecondsResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_int32_seconds(
        &self,
        duration: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<HeaderInt32SecondsResponse, HeaderInt32SecondsError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/header/int32-seconds",
                ),
            ],
            query: &[],
            headers: &[
                (
                    "duration",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Seconds::text(&duration),
                        ),
                    ),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderInt32SecondsResponse::from_raw(response)
    }
}
/// What [`Client::header_int32_seconds`] answered.
///
/// A variant per success row of the status table of [`Client::header_int32_seconds`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderInt32SecondsResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_int32_seconds`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderInt32SecondsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderInt32SecondsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderInt32SecondsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderInt32SecondsError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
