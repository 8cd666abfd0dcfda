impl Client {
    /// Sends the `duration` header, `36000,47000`.
    ///
    /// `GET http://localhost:3000/encode/duration/header/int32-milliseconds-array`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | duration | The values. (List of Duration (milliseconds); argument `duration`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderInt32MillisecondsArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderInt32MillisecondsArrayError`] for every error row above, and [`HeaderInt32MillisecondsArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderInt32MillisecondsArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_int32_milliseconds_array(
    ///         &[
    ///             ::specgen_runtime::encoding::Milliseconds::parse("36000")?,
    ///             ::specgen_runtime::encoding::Milliseconds::parse("47000")?,
    ///         ],
    ///     )
    ///     .await?
    /// {
    ///     HeaderInt32MillisecondsArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_int32_milliseconds_array(
        &self,
        duration: &[::specgen_runtime::Duration],
    ) -> ::std::result::Result<
        HeaderInt32MillisecondsArrayResponse,
        HeaderInt32MillisecondsArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/header/int32-milliseconds-array",
                ),
            ],
            query: &[],
            headers: &[
                (
                    "duration",
                    ::specgen_runtime::join_query_items(
                            duration
                                .iter()
                                .map(|item| Some(
                                    ::specgen_runtime::encoding::Milliseconds::text(item),
                                )),
                            ",",
                        )
                        .map(::std::borrow::Cow::Owned),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        HeaderInt32MillisecondsArrayResponse::from_raw(response)
    }
}
/// What [`Client::header_int32_milliseconds_array`] answered.
///
/// A variant per success row of the status table of [`Client::header_int32_milliseconds_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderInt32MillisecondsArrayResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_int32_milliseconds_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderInt32MillisecondsArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderInt32MillisecondsArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderInt32MillisecondsArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderInt32MillisecondsArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
