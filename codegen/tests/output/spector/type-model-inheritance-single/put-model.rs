impl Client {
    /// Puts a [`Bird`](enum@Bird). The body is `{"wingspan": 1, "kind": "sparrow"}`.
    ///
    /// `PUT http://localhost:3000/type/model/inheritance/single-discriminator/model`
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
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`PutModelResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`PutModelError`] for every error row above, and [`PutModelError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Bird, Client, Sparrow, PutModelResponse};
    /// let client = Client::builder().build()?;
    /// match client.put_model(&Bird::Sparrow(Sparrow { wingspan: 1 })).await? {
    ///     PutModelResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn put_model(
        &self,
        body: &Bird,
    ) -> ::std::result::Result<PutModelResponse, PutModelError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/single-discriminator/model",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PutModelResponse::from_raw(response)
    }
}
/// What [`Client::put_model`] answered.
///
/// A variant per success row of the status table of [`Client::put_model`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum PutModelResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::put_model`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutModelError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PutModelError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PutModelResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, PutModelError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
