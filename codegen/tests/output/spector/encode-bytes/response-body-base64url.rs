impl Client {
    /// Reads the JSON string `"dGVzdA"`.
    ///
    /// `GET http://localhost:3000/encode/bytes/body/response/base64url`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The bytes. | Bytes (base64url) |
    ///
    /// By status code: 200 [`ResponseBodyBase64urlResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ResponseBodyBase64urlError`] for every error row above, and [`ResponseBodyBase64urlError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ResponseBodyBase64urlResponse};
    /// let client = Client::builder().build()?;
    /// match client.response_body_base64url().await? {
    ///     ResponseBodyBase64urlResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn response_body_base64url(
        &self,
    ) -> ::std::result::Result<
        ResponseBodyBase64urlResponse,
        ResponseBodyBase64urlError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/bytes/body/response/base64url",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ResponseBodyBase64urlResponse::from_raw(response)
    }
}
/// What [`Client::response_body_base64url`] answered.
///
/// A variant per success row of the status table of [`Client::response_body_base64url`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseBodyBase64urlResponse {
    /// 200 OK: The bytes.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<u8>,
    },
}
/// Why [`Client::response_body_base64url`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseBodyBase64urlError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ResponseBodyBase64urlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ResponseBodyBase64urlResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ResponseBodyBase64urlError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    body: response
                        .json_as::<_, ::specgen_runtime::encoding::Base64Url>()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
