impl Client {
    /// Sends `GET /special-words/parameters/raise?raise=ok`.
    ///
    /// `GET http://localhost:3000/special-words/parameters/raise?raise=<raise>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | raise | A query parameter named `raise`. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the parameter. | |
    ///
    /// By status code: 204 [`WithRaiseResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithRaiseError`] for every error row above, and [`WithRaiseError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, WithRaiseResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_raise("ok").await? {
    ///     WithRaiseResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_raise(
        &self,
        raise: &str,
    ) -> ::std::result::Result<WithRaiseResponse, WithRaiseError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/special-words/parameters/raise"),
            ],
            query: &[("raise", Some(::std::string::ToString::to_string(raise)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        WithRaiseResponse::from_raw(response)
    }
}
/// What [`Client::with_raise`] answered.
///
/// A variant per success row of the status table of [`Client::with_raise`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithRaiseResponse {
    /// 204 No Content: The server received the parameter.
    NoContent,
}
/// Why [`Client::with_raise`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithRaiseError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for WithRaiseError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithRaiseResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, WithRaiseError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
