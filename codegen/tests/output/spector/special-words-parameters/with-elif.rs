impl Client {
    /// Sends `GET /special-words/parameters/elif?elif=ok`.
    ///
    /// `GET http://localhost:3000/special-words/parameters/elif?elif=<elif>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | elif | A query parameter named `elif`. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 204 | The server received the parameter. |
    ///
    /// By status code: 204 [`WithElifResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithElifError`] for every error row above, and [`WithElifError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, WithElifResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_elif("ok").await? {
    ///     WithElifResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_elif(
        &self,
        elif: &str,
    ) -> ::std::result::Result<WithElifResponse, WithElifError> {
        let response = self
            .transport
            .send(::specgen_runtime::Request {
                method: ::specgen_runtime::Method::GET,
                path: &[
                    ::specgen_runtime::PathPart::Literal(
                        "/special-words/parameters/elif",
                    ),
                ],
                query: &[("elif", Some(::std::string::ToString::to_string(elif)))],
                headers: &[],
                body: None,
                idempotent: true,
            })
            .await?;
        WithElifResponse::from_raw(response)
    }
}
/// What [`Client::with_elif`] answered.
///
/// A variant per success row of the status table of [`Client::with_elif`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithElifResponse {
    /// 204 No Content: The server received the parameter.
    NoContent,
}
/// Why [`Client::with_elif`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithElifError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl WithElifError {
    /// The response as received, when a whole one arrived.
    #[must_use]
    pub fn response(&self) -> ::std::option::Option<&RawResponse> {
        match self {
            Self::Failure(failure) => failure.response(),
        }
    }
    /// The status code of [`Self::response`].
    #[must_use]
    pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
        self.response().map(|response| response.status)
    }
    /// Whether sending the same request again may succeed (see
    /// [`Failure::is_retryable`]).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Failure(failure) => failure.is_retryable(),
        }
    }
}
impl ::std::fmt::Display for WithElifError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ::std::error::Error for WithElifError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Failure(failure) => ::std::error::Error::source(failure),
        }
    }
}
impl<E: ::std::convert::Into<Failure>> ::std::convert::From<E> for WithElifError {
    fn from(error: E) -> Self {
        Self::Failure(error.into())
    }
}
impl WithElifResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, WithElifError> {
        match response.status.as_u16() {
            204 => Ok(WithElifResponse::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
