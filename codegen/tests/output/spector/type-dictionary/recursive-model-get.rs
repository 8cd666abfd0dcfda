impl Client {
    /// Gets the dictionary of recursive models. The body is `{"k1": {"property": "hello", "children": {}}, "k2": {"property": "world", "children": {"k2.1": {"property": "inner world"}}}}`.
    ///
    /// `GET http://localhost:3000/type/dictionary/model/recursive`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | Map of [`RecursiveModel`](struct@RecursiveModel) |
    ///
    /// By status code: 200 [`RecursiveModelGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`RecursiveModelGetError`] for every error row above, and [`RecursiveModelGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, RecursiveModelGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.recursive_model_get().await? {
    ///     RecursiveModelGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn recursive_model_get(
        &self,
    ) -> ::std::result::Result<RecursiveModelGetResponse, RecursiveModelGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/dictionary/model/recursive"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RecursiveModelGetResponse::from_raw(response)
    }
}
/// What [`Client::recursive_model_get`] answered.
///
/// A variant per success row of the status table of [`Client::recursive_model_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RecursiveModelGetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::collections::BTreeMap<::std::string::String, RecursiveModel>,
    },
}
/// Why [`Client::recursive_model_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RecursiveModelGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RecursiveModelGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RecursiveModelGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RecursiveModelGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
