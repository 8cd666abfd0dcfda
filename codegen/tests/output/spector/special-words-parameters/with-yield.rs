impl Client {
    /// Sends `GET /special-words/parameters/yield?yield=ok`.
    ///
    /// `GET http://localhost:3000/special-words/parameters/yield?yield=<yield>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | yield | A query parameter named `yield`. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the parameter. | |
    ///
    /// By status code: 204 [`WithYieldResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithYieldError`] for every error row above, and [`WithYieldError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, WithYieldResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_yield("ok").await? {
    ///     WithYieldResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_yield(
        &self,
        r#yield: &str,
    ) -> ::std::result::Result<WithYieldResponse, WithYieldError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/special-words/parameters/yield"),
            ],
            query: &[("yield", Some(::std::string::ToString::to_string(r#yield)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        WithYieldResponse::from_raw(response)
    }
}
/// What [`Client::with_yield`] answered.
///
/// A variant per success row of the status table of [`Client::with_yield`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithYieldResponse {
    /// 204 No Content: The server received the parameter.
    NoContent,
}
/// Why [`Client::with_yield`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithYieldError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for WithYieldError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithYieldResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, WithYieldError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
