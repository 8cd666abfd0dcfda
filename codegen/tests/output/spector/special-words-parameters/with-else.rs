impl Client {
    /// Sends `GET /special-words/parameters/else?else=ok`.
    ///
    /// `GET http://localhost:3000/special-words/parameters/else?else=<else>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | else | A query parameter named `else`. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the parameter. | |
    ///
    /// By status code: 204 [`WithElseResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithElseError`] for every error row above, and [`WithElseError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, WithElseResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_else("ok").await? {
    ///     WithElseResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_else(
        &self,
        r#else: &str,
    ) -> ::std::result::Result<WithElseResponse, WithElseError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/special-words/parameters/else"),
            ],
            query: &[("else", Some(::std::string::ToString::to_string(r#else)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        WithElseResponse::from_raw(response)
    }
}
/// What [`Client::with_else`] answered.
///
/// A variant per success row of the status table of [`Client::with_else`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithElseResponse {
    /// 204 No Content: The server received the parameter.
    NoContent,
}
/// Why [`Client::with_else`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithElseError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for WithElseError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithElseResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, WithElseError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
