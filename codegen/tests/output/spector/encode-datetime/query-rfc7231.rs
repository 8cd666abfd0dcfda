impl Client {
    /// Sends the query parameter in its wire form, `Fri, 26 Aug 2022 14:38:00 GMT`.
    ///
    /// `GET http://localhost:3000/encode/datetime/query/rfc7231?value=<value>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | value | The value. | HTTP date |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryRfc7231Response::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryRfc7231Error`] for every error row above, and [`QueryRfc7231Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryRfc7231Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_rfc7231(
    ///         ::specgen_runtime::encoding::Rfc7231::parse("Fri, 26 Aug 2022 14:38:00 GMT")?,
    ///     )
    ///     .await?
    /// {
    ///     QueryRfc7231Response::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_rfc7231(
        &self,
        value: ::specgen_runtime::DateTime,
    ) -> ::std::result::Result<QueryRfc7231Response, QueryRfc7231Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/datetime/query/rfc7231"),
            ],
            query: &[
                ("value", Some(::specgen_runtime::encoding::Rfc7231::text(&value))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryRfc7231Response::from_raw(response)
    }
}
/// What [`Client::query_rfc7231`] answered.
///
/// A variant per success row of the status table of [`Client::query_rfc7231`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryRfc7231Response {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_rfc7231`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryRfc7231Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryRfc7231Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryRfc7231Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryRfc7231Error> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
