impl Client {
    /// Puts the dictionary of models. The body is `{"k1": {"property": "hello"}, "k2": {"property": "world"}}`.
    ///
    /// `PUT http://localhost:3000/type/dictionary/model`
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
    /// By status code: 204 [`ModelPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ModelPutError`] for every error row above, and [`ModelPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, InnerModel, ModelPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .model_put(
    ///         &::std::collections::BTreeMap::from([
    ///             (
    ///                 "k1".to_owned(),
    ///                 InnerModel {
    ///                     property: "hello".to_owned(),
    ///                 },
    ///             ),
    ///             (
    ///                 "k2".to_owned(),
    ///                 InnerModel {
    ///                     property: "world".to_owned(),
    ///                 },
    ///             ),
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     ModelPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn model_put(
        &self,
        body: &::std::collections::BTreeMap<::std::string::String, InnerModel>,
    ) -> ::std::result::Result<ModelPutResponse, ModelPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[::specgen_runtime::PathPart::Literal("/type/dictionary/model")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ModelPutResponse::from_raw(response)
    }
}
/// What [`Client::model_put`] answered.
///
/// A variant per success row of the status table of [`Client::model_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModelPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::model_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ModelPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ModelPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ModelPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ModelPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
