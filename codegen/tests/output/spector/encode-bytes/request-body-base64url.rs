impl Client {
    /// Sends the JSON string `"dGVzdA"`.
    ///
    /// `POST http://localhost:3000/encode/bytes/body/request/base64url`
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
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`RequestBodyBase64urlResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`RequestBodyBase64urlError`] for every error row above, and [`RequestBodyBase64urlError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, RequestBodyBase64urlResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .request_body_base64url(
    ///         &::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?,
    ///     )
    ///     .await?
    /// {
    ///     RequestBodyBase64urlResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn request_body_base64url(
        &self,
        body: &[u8],
    ) -> ::std::result::Result<RequestBodyBase64urlResponse, RequestBodyBase64urlError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/bytes/body/request/base64url",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(
                ::specgen_runtime::json_body_as::<
                    _,
                    ::specgen_runtime::encoding::Base64Url,
                >(body)?,
            ),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        RequestBodyBase64urlResponse::from_raw(response)
    }
}
/// What [`Client::request_body_base64url`] answered.
///
/// A variant per success row of the status table of [`Client::request_body_base64url`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequestBodyBase64urlResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::request_body_base64url`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RequestBodyBase64urlError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RequestBodyBase64urlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RequestBodyBase64urlResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RequestBodyBase64urlError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
