impl Client {
    /// Sends the query parameter in its wire form, `1686566864`.
    ///
    /// `GET http://localhost:3000/encode/datetime/query/unix-timestamp?value=<value>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | value | The value. | Date-time (Unix timestamp) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryUnixTimestampResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryUnixTimestampError`] for every error row above, and [`QueryUnixTimestampError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryUnixTimestampResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_unix_timestamp(
    ///         ::specgen_runtime::encoding::UnixTimestamp::parse("1686566864")?,
    ///     )
    ///     .await?
    /// {
    ///     QueryUnixTimestampResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_unix_timestamp(
        &self,
        value: ::specgen_runtime::DateTime,
    ) -> ::std::result::Result<QueryUnixTimestampResponse, QueryUnixTimestampError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/datetime/query/unix-timestamp",
                ),
            ],
            query: &[
                ("value", Some(::specgen_runtime::encoding::UnixTimestamp::text(&value))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryUnixTimestampResponse::from_raw(response)
    }
}
/// What [`Client::query_unix_timestamp`] answered.
///
/// A variant per success row of the status table of [`Client::query_unix_timestamp`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryUnixTimestampResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_unix_timestamp`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryUnixTimestampError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryUnixTimestampError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryUnixTimestampResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryUnixTimestampError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
