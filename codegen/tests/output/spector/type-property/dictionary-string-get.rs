impl Client {
    /// Gets a model whose `property` is a map of strings. The body is `{"property": {"k1": "hello", "k2": "world"}}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/dictionary/string`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario sends. | [`DictionaryStringProperty`](struct@DictionaryStringProperty) |
    ///
    /// By status code: 200 [`DictionaryStringGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`DictionaryStringGetError`] for every error row above, and [`DictionaryStringGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DictionaryStringGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.dictionary_string_get().await? {
    ///     DictionaryStringGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn dictionary_string_get(
        &self,
    ) -> ::std::result::Result<DictionaryStringGetResponse, DictionaryStringGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/dictionary/string",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DictionaryStringGetResponse::from_raw(response)
    }
}
/// What [`Client::dictionary_string_get`] answered.
///
/// A variant per success row of the status table of [`Client::dictionary_string_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum DictionaryStringGetResponse {
    /// 200 OK: The model the scenario sends.
    Ok {
        /// The response body.
        body: DictionaryStringProperty,
    },
}
/// Why [`Client::dictionary_string_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DictionaryStringGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DictionaryStringGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DictionaryStringGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, DictionaryStringGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
