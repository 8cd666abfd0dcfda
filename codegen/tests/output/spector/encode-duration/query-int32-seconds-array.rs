impl Client {
    /// Sends the query parameter in its wire form, `36,47`.
    ///
    /// `GET http://localhost:3000/encode/duration/query/int32-seconds-array?input=<input>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | input | The value. (`input=a,b`) | List of Duration (seconds) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryInt32SecondsArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryInt32SecondsArrayError`] for every error row above, and [`QueryInt32SecondsArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryInt32SecondsArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_int32_seconds_array(&[::specgen_runtime::encoding::Seconds::parse("36")?])
    ///     .await?
    /// {
    ///     QueryInt32SecondsArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_int32_seconds_array(
        &self,
        input: &[::specgen_runtime::Duration],
    ) -> ::std::result::Result<
        QueryInt32SecondsArrayResponse,
        QueryInt32SecondsArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/query/int32-seconds-array",
                ),
            ],
            query: &[
                (
                    "input",
                    ::specgen_runtime::join_query_items(
                        input
                            .iter()
                            .map(|item| Some(
                                ::specgen_runtime::encoding::Seconds::text(item),
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
        QueryInt32SecondsArrayResponse::from_raw(response)
    }
}
/// What [`Client::query_int32_seconds_array`] answered.
///
/// A variant per success row of the status table of [`Client::query_int32_seconds_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryInt32SecondsArrayResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_int32_seconds_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryInt32SecondsArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryInt32SecondsArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryInt32SecondsArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryInt32SecondsArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
