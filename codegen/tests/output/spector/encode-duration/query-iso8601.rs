impl Client {
    /// Sends the query parameter in its wire form, `P40D`.
    ///
    /// `GET http://localhost:3000/encode/duration/query/iso8601?input=<input>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | input | The value. | Duration (ISO 8601) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryIso8601Response::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryIso8601Error`] for every error row above, and [`QueryIso8601Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryIso8601Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_iso8601(::specgen_runtime::encoding::Iso8601::parse("P40D")?)
    ///     .await?
    /// {
    ///     QueryIso8601Response::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_iso8601(
        &self,
        input: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<QueryIso8601Response, QueryIso8601Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/duration/query/iso8601"),
            ],
            query: &[
                ("input", Some(::specgen_runtime::encoding::Iso8601::text(&input))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryIso8601Response::from_raw(response)
    }
}
/// What [`Client::query_iso8601`] answered.
///
/// A variant per success row of the status table of [`Client::query_iso8601`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryIso8601Response {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_iso8601`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryIso8601Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryIso8601Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryIso8601Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryIso8601Error> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
