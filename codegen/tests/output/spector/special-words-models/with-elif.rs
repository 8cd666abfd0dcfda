impl Client {
    /// Sends `POST /special-words/models/elif` with the body `{"name": "ok"}`.
    ///
    /// `POST http://localhost:3000/special-words/models/elif`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the body. | |
    ///
    /// By status code: 204 [`WithElifResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithElifError`] for every error row above, and [`WithElifError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Elif, WithElifResponse};
    /// let client = Client::builder().build()?;
    /// match client.with_elif(&Elif { name: "ok".to_owned() }).await? {
    ///     WithElifResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_elif(
        &self,
        body: &Elif,
    ) -> ::std::result::Result<WithElifResponse, WithElifError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/special-words/models/elif")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        WithElifResponse::from_raw(response)
    }
}
/// What [`Client::with_elif`] answered.
///
/// A variant per success row of the status table of [`Client::with_elif`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithElifResponse {
    /// 204 No Content: The server received the body.
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
impl ::std::fmt::Display for WithElifError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithElifResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, WithElifError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
