impl Client {
    /// Sends the `value` header, `dGVzdA,dGVzdA`.
    ///
    /// `GET http://localhost:3000/encode/bytes/header/base64url-array`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | value | The values. (List of Bytes (base64url); argument `value`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderBase64urlArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderBase64urlArrayError`] for every error row above, and [`HeaderBase64urlArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderBase64urlArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_base64url_array(
    ///         &[
    ///             &::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?,
    ///             &::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?,
    ///         ],
    ///     )
    ///     .await?
    /// {
    ///     HeaderBase64urlArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_base64url_array(
        &self,
        value: &[::std::vec::Vec<u8>],
    ) -> ::std::result::Result<HeaderBase64urlArrayResponse, HeaderBase64urlArrayError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/bytes/header/base64url-array",
                ),
            ],
            query: &[],
            headers: &[
                (
                    "value",
                    ::specgen_runtime::join_query_items(
                            value
                                .iter()
                                .map(|item| Some(
                                    ::specgen_runtime::encoding::Base64Url::text(item),
                                )),
                            ",",
                        )
                        .map(::std::borrow::Cow::Owned),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderBase64urlArrayResponse::from_raw(response)
    }
}
/// What [`Client::header_base64url_array`] answered.
///
/// A variant per success row of the status table of [`Client::header_base64url_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderBase64urlArrayResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_base64url_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderBase64urlArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderBase64urlArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderBase64urlArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderBase64urlArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
