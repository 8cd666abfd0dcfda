impl Client {
    /// Sends `GET /special-words/operations/constructor`.
    ///
    /// `GET http://localhost:3000/special-words/operations/constructor`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the call. | |
    ///
    /// By status code: 204 [`ConstructorResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ConstructorError`] for every error row above, and [`ConstructorError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ConstructorResponse};
    /// let client = Client::builder().build()?;
    /// match client.constructor().await? {
    ///     ConstructorResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn constructor(
        &self,
    ) -> ::std::result::Result<ConstructorResponse, ConstructorError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/special-words/operations/constructor",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ConstructorResponse::from_raw(response)
    }
}
/// What [`Client::constructor`] answered.
///
/// A variant per success row of the status table of [`Client::constructor`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ConstructorResponse {
    /// 204 No Content: The server received the call.
    NoContent,
}
/// Why [`Client::constructor`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ConstructorError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ConstructorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ConstructorResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ConstructorError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
