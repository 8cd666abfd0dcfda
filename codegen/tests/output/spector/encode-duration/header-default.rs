impl Client {
    /// Sends the `duration` header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/duration/header/default`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | duration | The value. (Duration (ISO 8601); argument `duration`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderDefaultResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderDefaultError`] for every error row above, and [`HeaderDefaultError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderDefaultResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_default(::specgen_runtime::encoding::Iso8601::parse("P40D")?)
    ///     .await?
    /// {
    ///     HeaderDefaultResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_default(
        &self,
        duration: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<HeaderDefaultResponse, HeaderDefaultError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/duration/header/default"),
            ],
            query: &[],
            headers: &[
                (
                    "duration",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Iso8601::text(&duration),
                        ),
                    ),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderDefaultResponse::from_raw(response)
    }
}
/// What [`Client::header_default`] answered.
///
/// A variant per success row of the status table of [`Client::header_default`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderDefaultResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_default`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderDefaultError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderDefaultResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderDefaultError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
