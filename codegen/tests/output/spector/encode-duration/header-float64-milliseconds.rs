impl Client {
    /// Sends the `duration` header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/duration/header/float64-milliseconds`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | duration | The value. (Duration (milliseconds, with a fraction); argument `duration`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderFloat64MillisecondsResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderFloat64MillisecondsError`] for every error row above, and [`HeaderFloat64MillisecondsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderFloat64MillisecondsResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_float64_milliseconds(
    ///         ::specgen_runtime::encoding::MillisecondsFloat::parse("35.625")?,
    ///     )
    ///     .await?
    /// {
    ///     HeaderFloat64MillisecondsResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_float64_milliseconds(
        &self,
        duration: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<
        HeaderFloat64MillisecondsResponse,
        HeaderFloat64MillisecondsError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/header/float64-milliseconds",
                ),
            ],
            query: &[],
            headers: &[
                (
                    "duration",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::MillisecondsFloat::text(
                                &duration,
                            ),
                        ),
                    ),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderFloat64MillisecondsResponse::from_raw(response)
    }
}
/// What [`Client::header_float64_milliseconds`] answered.
///
/// A variant per success row of the status table of [`Client::header_float64_milliseconds`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderFloat64MillisecondsResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_float64_milliseconds`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderFloat64MillisecondsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderFloat64MillisecondsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderFloat64MillisecondsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderFloat64MillisecondsError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
