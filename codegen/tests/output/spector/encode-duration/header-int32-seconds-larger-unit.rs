impl Client {
    /// Sends the `duration` header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/duration/header/int32-seconds-larger-unit`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | duration | The value. (Duration (seconds); argument `duration`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderInt32SecondsLargerUnitResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderInt32SecondsLargerUnitError`] for every error row above, and [`HeaderInt32SecondsLargerUnitError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderInt32SecondsLargerUnitResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_int32_seconds_larger_unit(
    ///         ::specgen_runtime::encoding::Seconds::parse("36")?,
    ///     )
    ///     .await?
    /// {
    ///     HeaderInt32SecondsLargerUnitResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_int32_seconds_larger_unit(
        &self,
        duration: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<
        HeaderInt32SecondsLargerUnitResponse,
        HeaderInt32SecondsLargerUnitError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/header/int32-seconds-larger-unit",
                ),
            ],
            query: &[],
            headers: &[
                (
                    "duration",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Seconds::text(&duration),
                        ),
                    ),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderInt32SecondsLargerUnitResponse::from_raw(response)
    }
}
/// What [`Client::header_int32_seconds_larger_unit`] answered.
///
/// A variant per success row of the status table of [`Client::header_int32_seconds_larger_unit`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderInt32SecondsLargerUnitResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_int32_seconds_larger_unit`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderInt32SecondsLargerUnitError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderInt32SecondsLargerUnitError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderInt32SecondsLargerUnitResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderInt32SecondsLargerUnitError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
