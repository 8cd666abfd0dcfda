impl Client {
    /// Sends the `value` header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/datetime/header/rfc3339`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | value | The value. (Date-time; argument `value`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderRfc3339Response::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderRfc3339Error`] for every error row above, and [`HeaderRfc3339Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderRfc3339Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_rfc3339(
    ///         ::specgen_runtime::encoding::Rfc3339::parse("2018-01-01T00:00:00Z")?,
    ///     )
    ///     .await?
    /// {
    ///     HeaderRfc3339Response::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_rfc3339(
        &self,
        value: ::specgen_runtime::DateTime,
    ) -> ::std::result::Result<HeaderRfc3339Response, HeaderRfc3339Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/datetime/header/rfc3339"),
            ],
            query: &[],
            headers: &[
                (
                    "value",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Rfc3339::text(&value),
                        ),
                    ),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderRfc3339Response::from_raw(response)
    }
}
/// What [`Client::header_rfc3339`] answered.
///
/// A variant per success row of the status table of [`Client::header_rfc3339`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderRfc3339Response {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_rfc3339`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderRfc3339Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderRfc3339Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderRfc3339Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderRfc3339Error> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
