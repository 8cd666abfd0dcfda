impl Client {
    /// Sends the query parameter in its wire form, `dGVzdA`.
    ///
    /// `GET http://localhost:3000/encode/bytes/query/base64url?value=<value>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | value | The value. | Bytes (base64url) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryBase64urlResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryBase64urlError`] for every error row above, and [`QueryBase64urlError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryBase64urlResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_base64url(&::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?)
    ///     .await?
    /// {
    ///     QueryBase64urlResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_base64url(
        &self,
        value: &[u8],
    ) -> ::std::result::Result<QueryBase64urlResponse, QueryBase64urlError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/bytes/query/base64url"),
            ],
            query: &[
                ("value", Some(::specgen_runtime::encoding::Base64Url::text(value))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryBase64urlResponse::from_raw(response)
    }
}
/// What [`Client::query_base64url`] answered.
///
/// A variant per success row of the status table of [`Client::query_base64url`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryBase64urlResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_base64url`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryBase64urlError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryBase64urlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryBase64urlResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryBase64urlError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
