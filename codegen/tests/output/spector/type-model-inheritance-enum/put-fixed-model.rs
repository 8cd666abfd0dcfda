impl Client {
    /// Puts a [`Snake`](enum@Snake). The body is `{"length": 10, "kind": "cobra"}`.
    ///
    /// `PUT http://localhost:3000/type/model/inheritance/enum-discriminator/fixed-enum`
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
    /// By status code: 204 [`PutFixedModelResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`PutFixedModelError`] for every error row above, and [`PutFixedModelError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Cobra, Snake, PutFixedModelResponse};
    /// let client = Client::builder().build()?;
    /// match client.put_fixed_model(&Snake::Cobra(Cobra { length: 10 })).await? {
    ///     PutFixedModelResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn put_fixed_model(
        &self,
        body: &Snake,
    ) -> ::std::result::Result<PutFixedModelResponse, PutFixedModelError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/enum-discriminator/fixed-enum",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PutFixedModelResponse::from_raw(response)
    }
}
/// What [`Client::put_fixed_model`] answered.
///
/// A variant per success row of the status table of [`Client::put_fixed_model`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum PutFixedModelResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::put_fixed_model`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutFixedModelError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PutFixedModelError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PutFixedModelResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PutFixedModelError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
