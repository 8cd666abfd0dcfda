impl Client {
    /// Sends `POST /special-words/models/constructor` with the body `{"name": "ok"}`.
    ///
    /// `POST http://localhost:3000/special-words/models/constructor`
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
    /// By status code: 204 [`WithConstructorResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`WithConstructorError`] for every error row above, and [`WithConstructorError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Constructor, WithConstructorResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .with_constructor(
    ///         &Constructor {
    ///             name: "ok".to_owned(),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     WithConstructorResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn with_constructor(
        &self,
        body: &Constructor,
    ) -> ::std::result::Result<WithConstructorResponse, WithConstructorError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/special-words/models/constructor"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        WithConstructorResponse::from_raw(response)
    }
}
/// What [`Client::with_constructor`] answered.
///
/// A variant per success row of the status table of [`Client::with_constructor`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum WithConstructorResponse {
    /// 204 No Content: The server received the body.
    NoContent,
}
/// Why [`Client::with_constructor`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WithConstructorError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for WithConstructorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl WithConstructorResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, WithConstructorError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
