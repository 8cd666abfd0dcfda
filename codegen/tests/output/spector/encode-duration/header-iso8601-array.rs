impl Client {
    /// Sends the `duration` header, `P40D,P50D`.
    ///
    /// `GET http://localhost:3000/encode/duration/header/iso8601-array`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | duration | The values. (List of Duration (ISO 8601); argument `duration`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected value. | |
    ///
    /// By status code: 204 [`HeaderIso8601ArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`HeaderIso8601ArrayError`] for every error row above, and [`HeaderIso8601ArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, HeaderIso8601ArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .header_iso8601_array(
    ///         &[
    ///             ::specgen_runtime::encoding::Iso8601::parse("P40D")?,
    ///             ::specgen_runtime::encoding::Iso8601::parse("P50D")?,
    ///         ],
    ///     )
    ///     .await?
    /// {
    ///     HeaderIso8601ArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn header_iso8601_array(
        &self,
        duration: &[::specgen_runtime::Duration],
    ) -> ::std::result::Result<HeaderIso8601ArrayResponse, HeaderIso8601ArrayError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/header/iso8601-array",
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
                                    ::specgen_runtime::encoding::Iso8601::text(item),
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
        HeaderIso8601ArrayResponse::from_raw(response)
    }
}
/// What [`Client::header_iso8601_array`] answered.
///
/// A variant per success row of the status table of [`Client::header_iso8601_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderIso8601ArrayResponse {
    /// 204 No Content: The server received the expected value.
    NoContent,
}
/// Why [`Client::header_iso8601_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum HeaderIso8601ArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for HeaderIso8601ArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl HeaderIso8601ArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, HeaderIso8601ArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
