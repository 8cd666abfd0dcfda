impl Client {
    /// Sends `GET /special-words/parameters/continue?continue=ok`.
    ///
    /// `GET http://localhost:3000/special-words/parameters/continue?continue=<continue>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | continue | A query parameter named `continue`. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the parameter. | |
    ///
    /// By status code: 204 [`WithContinueResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithContinueError`] for every error row above, and [`WithContinueError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, WithContinueResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_continue("ok").await? {
    ///     WithContinueResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_continue(
        &self,
        r#continue: &str,
    ) -> ::std::result::Result<WithContinueResponse, WithContinueError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/special-words/parameters/continue",
                ),
            ],
            query: &[("continue", Some(::std::string::ToString::to_string(r#continue)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        WithContinueResponse::from_raw(response)
    }
}
/// What [`Client::with_continue`] answered.
///
/// A variant per success row of the status table of [`Client::with_continue`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithContinueResponse {
    /// 204 No Content: The server received the parameter.
    NoContent,
}
/// Why [`Client::with_continue`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithContinueError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for WithContinueError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithContinueResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, WithContinueError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
