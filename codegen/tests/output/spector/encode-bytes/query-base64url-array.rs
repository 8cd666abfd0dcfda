impl Client {
    /// Sends the query parameter in its wire form, `dGVzdA`.
    ///
    /// `GET http://localhost:3000/encode/bytes/query/base64url-array?value=<value>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | value | The value. (`value=a,b`) | List of Bytes (base64url) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryBase64urlArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryBase64urlArrayError`] for every error row above, and [`QueryBase64urlArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryBase64urlArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_base64url_array(
    ///         &[&::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?],
    ///     )
    ///     .await?
    /// {
    ///     QueryBase64urlArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_base64url_array(
        &self,
        value: &[::std::vec::Vec<u8>],
    ) -> ::std::result::Result<QueryBase64urlArrayResponse, QueryBase64urlArrayError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/bytes/query/base64url-array",
                ),
            ],
            query: &[
                (
                    "value",
                    ::specgen_runtime::join_query_items(
                        value
                            .iter()
                            .map(|item| Some(
                                ::specgen_runtime::encoding::Base64Url::text(item),
                            )),
                        ",",
                    ),
                ),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryBase64urlArrayResponse::from_raw(response)
    }
}
/// What [`Client::query_base64url_array`] answered.
///
/// A variant per success row of the status table of [`Client::query_base64url_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryBase64urlArrayResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_base64url_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryBase64urlArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryBase64urlArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryBase64urlArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryBase64urlArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
