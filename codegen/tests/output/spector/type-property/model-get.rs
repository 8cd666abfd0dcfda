impl Client {
    /// Gets a model whose `property` is a model. The body is `{"property": {"property": "hello"}}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/model`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario sends. | [`ModelProperty`](struct@ModelProperty) |
    ///
    /// By status code: 200 [`ModelGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ModelGetError`] for every error row above, and [`ModelGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ModelGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.model_get().await? {
    ///     ModelGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn model_get(
        &self,
    ) -> ::std::result::Result<ModelGetResponse, ModelGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/property/value-types/model"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ModelGetResponse::from_raw(response)
    }
}
/// What [`Client::model_get`] answered.
///
/// A variant per success row of the status table of [`Client::model_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModelGetResponse {
    /// 200 OK: The model the scenario sends.
    Ok {
        /// The response body.
        body: ModelProperty,
    },
}
/// Why [`Client::model_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ModelGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ModelGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ModelGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ModelGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
