impl Client {
    /// Sends `GET /special-words/parameters/as?as=ok`.
    ///
    /// `GET http://localhost:3000/special-words/parameters/as?as=<as>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | as | A query parameter named `as`. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the parameter. | |
    ///
    /// By status code: 204 [`WithAsResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithAsError`] for every error row above, and [`WithAsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, WithAsResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_as("ok").await? {
    ///     WithAsResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_as(
        &self,
        r#as: &str,
    ) -> ::std::result::Result<WithAsResponse, WithAsError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/special-words/parameters/as"),
            ],
            query: &[("as", Some(::std::string::ToString::to_string(r#as)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        WithAsResponse::from_raw(response)
    }
}
/// What [`Client::with_as`] answered.
///
/// A variant per success row of the status table of [`Client::with_as`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithAsResponse {
    /// 204 No Content: The server received the parameter.
    NoContent,
}
/// Why [`Client::with_as`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithAsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for WithAsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithAsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, WithAsError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
