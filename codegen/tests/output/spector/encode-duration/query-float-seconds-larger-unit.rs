impl Client {
    /// Sends the query parameter in its wire form, `150`.
    ///
    /// `GET http://localhost:3000/encode/duration/query/float-seconds-larger-unit?input=<input>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | input | The value. | Duration (seconds, with a fraction) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`QueryFloatSecondsLargerUnitResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`QueryFloatSecondsLargerUnitError`] for every error row above, and [`QueryFloatSecondsLargerUnitError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, QueryFloatSecondsLargerUnitResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .query_float_seconds_larger_unit(
    ///         ::specgen_runtime::encoding::SecondsFloat::parse("35.625")?,
    ///     )
    ///     .await?
    /// {
    ///     QueryFloatSecondsLargerUnitResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn query_float_seconds_larger_unit(
        &self,
        input: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<
        QueryFloatSecondsLargerUnitResponse,
        QueryFloatSecondsLargerUnitError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/query/float-seconds-larger-unit",
                ),
            ],
            query: &[
                ("input", Some(::specgen_runtime::encoding::SecondsFloat::text(&input))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        QueryFloatSecondsLargerUnitResponse::from_raw(response)
    }
}
/// What [`Client::query_float_seconds_larger_unit`] answered.
///
/// A variant per success row of the status table of [`Client::query_float_seconds_larger_unit`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum QueryFloatSecondsLargerUnitResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::query_float_seconds_larger_unit`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum QueryFloatSecondsLargerUnitError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for QueryFloatSecondsLargerUnitError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl QueryFloatSecondsLargerUnitResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, QueryFloatSecondsLargerUnitError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
