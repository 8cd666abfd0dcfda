impl Client {
    /// Sends the `value` header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/datetime/header/rfc7231`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | value | The value. (HTTP date; argument `value`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderRfc7231Response::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderRfc7231Error`] for every error row above, and [`HeaderRfc7231Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderRfc7231Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_rfc7231(
    ///         ::specgen_runtime::encoding::Rfc7231::parse("Fri, 26 Aug 2022 14:38:00 GMT")?,
    ///     )
    ///     .await?
    /// {
    ///     HeaderRfc7231Response::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_rfc7231(
        &self,
        value: ::specgen_runtime::DateTime,
    ) -> ::std::result::Result<HeaderRfc7231Response, HeaderRfc7231Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/datetime/header/rfc7231"),
            ],
            query: &[],
            headers: &[
                (
                    "value",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Rfc7231::text(&value),
                        ),
                    ),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderRfc7231Response::from_raw(response)
    }
}
/// What [`Client::header_rfc7231`] answered.
///
/// A variant per success row of the status table of [`Client::header_rfc7231`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderRfc7231Response {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_rfc7231`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderRfc7231Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderRfc7231Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderRfc7231Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderRfc7231Error> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
