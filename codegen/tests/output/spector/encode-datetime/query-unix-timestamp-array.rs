impl Client {
    /// Sends the query parameter in its wire form, `1686566864,1686734256`.
    ///
    /// `GET http://localhost:3000/encode/datetime/query/unix-timestamp-array?value=<value>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | value | The value. (`value=a,b`) | List of Date-time (Unix timestamp) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryUnixTimestampArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryUnixTimestampArrayError`] for every error row above, and [`QueryUnixTimestampArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryUnixTimestampArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_unix_timestamp_array(
    ///         &[::specgen_runtime::encoding::UnixTimestamp::parse("1686566864")?],
    ///     )
    ///     .await?
    /// {
    ///     QueryUnixTimestampArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_unix_timestamp_array(
        &self,
        value: &[::specgen_runtime::DateTime],
    ) -> ::std::result::Result<
        QueryUnixTimestampArrayResponse,
        QueryUnixTimestampArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/datetime/query/unix-timestamp-array",
                ),
            ],
            query: &[
                (
                    "value",
                    ::specgen_runtime::join_query_items(
                        value
                            .iter()
                            .map(|item| Some(
                                ::specgen_runtime::encoding::UnixTimestamp::text(item),
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
        QueryUnixTimestampArrayResponse::from_raw(response)
    }
}
/// What [`Client::query_unix_timestamp_array`] answered.
///
/// A variant per success row of the status table of [`Client::query_unix_timestamp_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryUnixTimestampArrayResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_unix_timestamp_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryUnixTimestampArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryUnixTimestampArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryUnixTimestampArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryUnixTimestampArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
