impl Client {
    /// Sends 36.25 seconds as a whole number of the unit, rounded.
    ///
    /// `GET http://localhost:3000/encode/duration/lossy/int32-seconds?input=<input>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | input | The duration. | Duration (seconds) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received an integer. | |
    ///
    /// By status code: 204 [`LossyInt32SecondsResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`LossyInt32SecondsError`] for every error row above, and [`LossyInt32SecondsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, LossyInt32SecondsResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .lossy_int32_seconds(::specgen_runtime::encoding::Seconds::parse("36")?)
    ///     .await?
    /// {
    ///     LossyInt32SecondsResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn lossy_int32_seconds(
        &self,
        input: ::specgen_runtime::Duration,
    ) -> ::std::result::Result<LossyInt32SecondsResponse, LossyInt32SecondsError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/lossy/int32-seconds",
                ),
            ],
            query: &[
                ("input", Some(::specgen_runtime::encoding::Seconds::text(&input))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        LossyInt32SecondsResponse::from_raw(response)
    }
}
/// What [`Client::lossy_int32_seconds`] answered.
///
/// A variant per success row of the status table of [`Client::lossy_int32_seconds`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum LossyInt32SecondsResponse {
    /// 204 No Content: The server received an integer.
    NoContent,
}
/// Why [`Client::lossy_int32_seconds`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum LossyInt32SecondsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for LossyInt32SecondsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl LossyInt32SecondsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, LossyInt32SecondsError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
