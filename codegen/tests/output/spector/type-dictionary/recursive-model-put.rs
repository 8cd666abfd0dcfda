impl Client {
    /// Puts the dictionary of recursive models. The body is `{"k1": {"property": "hello", "children": {}}, "k2": {"property": "world", "children": {"k2.1": {"property": "inner world"}}}}`.
    ///
    /// `PUT http://localhost:3000/type/dictionary/model/recursive`
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
    /// By status code: 204 [`RecursiveModelPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`RecursiveModelPutError`] for every error row above, and [`RecursiveModelPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, RecursiveModel, RecursiveModelPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .recursive_model_put(
    ///         &::std::collections::BTreeMap::from([
    ///             (
    ///                 "k1".to_owned(),
    ///                 RecursiveModel {
    ///                     property: "hello".to_owned(),
    ///                     children: ::std::collections::BTreeMap::from([]),
    ///                 },
    ///             ),
    ///             (
    ///                 "k2".to_owned(),
    ///                 RecursiveModel {
    ///                     property: "world".to_owned(),
    ///                     children: ::std::collections::BTreeMap::from([
    ///                         (
    ///                             "k2.1".to_owned(),
    ///                             RecursiveModel {
    ///                                 property: "inner world".to_owned(),
    ///                                 children: ::std::collections::BTreeMap::new(),
    ///                             },
    ///                         ),
    ///                     ]),
    ///                 },
    ///             ),
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     RecursiveModelPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn recursive_model_put(
        &self,
        body: &::std::collections::BTreeMap<::std::string::String, RecursiveModel>,
    ) -> ::std::result::Result<RecursiveModelPutResponse, RecursiveModelPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/dictionary/model/recursive"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RecursiveModelPutResponse::from_raw(response)
    }
}
/// What [`Client::recursive_model_put`] answered.
///
/// A variant per success row of the status table of [`Client::recursive_model_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum RecursiveModelPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::recursive_model_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RecursiveModelPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RecursiveModelPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RecursiveModelPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RecursiveModelPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
