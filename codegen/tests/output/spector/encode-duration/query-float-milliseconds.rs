impl Client {
    /// Sends the query parameter in its wire form, `35625`.
    ///
    /// `GET http://localhost:3000/encode/duration/query/float-milliseconds?input=<input>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | input | The value. | Duration (milliseconds, with a fraction) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryFloatMillisecondsResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryFloatMillisecondsError`] for every error row above, and [`QueryFloatMillisecondsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryFloatMillisecondsResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_float_milliseconds(
    ///         ::specgen_runtime::encoding::MillisecondsFloat::parse("35.625")?,
    ///     )
    ///     .await?
    /// {
    ///     QueryFloatMillisecondsResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_float_milliseconds(
        &self,
        input: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<
        QueryFloatMillisecondsResponse,
        QueryFloatMillisecondsError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/query/float-milliseconds",
                ),
            ],
            query: &[
                (
                    "input",
                    Some(::specgen_runtime::encoding::MillisecondsFloat::text(&input)),
                ),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryFloatMillisecondsResponse::from_raw(response)
    }
}
/// What [`Client::query_float_milliseconds`] answered.
///
/// A variant per success row of the status table of [`Client::query_float_milliseconds`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryFloatMillisecondsResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_float_milliseconds`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryFloatMillisecondsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryFloatMillisecondsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryFloatMillisecondsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryFloatMillisecondsError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
