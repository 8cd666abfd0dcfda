impl Client {
    /// Sends the query parameter in its wire form, `180000`.
    ///
    /// `GET http://localhost:3000/encode/duration/query/int32-milliseconds-larger-unit?input=<input>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | input | The value. | Duration (milliseconds) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryInt32MillisecondsLargerUnitResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryInt32MillisecondsLargerUnitError`] for every error row above, and [`QueryInt32MillisecondsLargerUnitError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryInt32MillisecondsLargerUnitResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_int32_milliseconds_larger_unit(
    ///         ::specgen_runtime::encoding::Milliseconds::parse("36")?,
    ///     )
    ///     .await?
    /// {
    ///     QueryInt32MillisecondsLargerUnitResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_int32_milliseconds_larger_unit(
        &self,
        input: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<
        QueryInt32MillisecondsLargerUnitResponse,
        QueryInt32MillisecondsLargerUnitError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/query/int32-milliseconds-larger-unit",
                ),
            ],
            query: &[
                ("input", Some(::specgen_runtime::encoding::Milliseconds::text(&input))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryInt32MillisecondsLargerUnitResponse::from_raw(response)
    }
}
/// What [`Client::query_int32_milliseconds_larger_unit`] answered.
///
/// A variant per success row of the status table of [`Client::query_int32_milliseconds_larger_unit`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryInt32MillisecondsLargerUnitResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_int32_milliseconds_larger_unit`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryInt32MillisecondsLargerUnitError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryInt32MillisecondsLargerUnitError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryInt32MillisecondsLargerUnitResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryInt32MillisecondsLargerUnitError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
