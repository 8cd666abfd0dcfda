impl Client {
    /// Sends `GET /special-words/parameters/pass?pass=ok`.
    ///
    /// `GET http://localhost:3000/special-words/parameters/pass?pass=<pass>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | pass | A query parameter named `pass`. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the parameter. | |
    ///
    /// By status code: 204 [`WithPassResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithPassError`] for every error row above, and [`WithPassError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, WithPassResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_pass("ok").await? {
    ///     WithPassResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_pass(
        &self,
        pass: &str,
    ) -> ::std::result::Result<WithPassResponse, WithPassError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/special-words/parameters/pass"),
            ],
            query: &[("pass", Some(::std::string::ToString::to_string(pass)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        WithPassResponse::from_raw(response)
    }
}
/// What [`Client::with_pass`] answered.
///
/// A variant per success row of the status table of [`Client::with_pass`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithPassResponse {
    /// 204 No Content: The server received the parameter.
    NoContent,
}
/// Why [`Client::with_pass`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithPassError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for WithPassError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithPassResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, WithPassError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
