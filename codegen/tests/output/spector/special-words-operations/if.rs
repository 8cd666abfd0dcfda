impl Client {
    /// Sends `GET /special-words/operations/if`.
    ///
    /// `GET http://localhost:3000/special-words/operations/if`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the call. | |
    ///
    /// By status code: 204 [`IfResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`IfError`] for every error row above, and [`IfError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IfResponse};
    /// let client = Client::builder().build()?;
    /// match client.r#if().await? {
    ///     IfResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn r#if(&self) -> ::std::result::Result<IfResponse, IfError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/special-words/operations/if"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IfResponse::from_raw(response)
    }
}
/// What [`Client::if`] answered.
///
/// A variant per success row of the status table of [`Client::if`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum IfResponse {
    /// 204 No Content: The server received the call.
    NoContent,
}
/// Why [`Client::if`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IfError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IfError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IfResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, IfError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
