impl Client {
    /// Gets a model whose nullable `nullableProperty`, a list of strings, has a value. The body is `{"requiredProperty": "foo", "nullableProperty": ["hello", "world"]}`.
    ///
    /// `GET http://localhost:3000/type/property/nullable/collections/string/non-null`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `nullableProperty` set. | [`CollectionsStringProperty`](struct@CollectionsStringProperty) |
    ///
    /// By status code: 200 [`CollectionsStringGetNonNullResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`CollectionsStringGetNonNullError`] for every error row above, and [`CollectionsStringGetNonNullError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, CollectionsStringGetNonNullResponse};
    /// let client = Client::builder().build()?;
    /// match client.collections_string_get_non_null().await? {
    ///     CollectionsStringGetNonNullResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn collections_string_get_non_null(
        &self,
    ) -> ::std::result::Result<
        CollectionsStringGetNonNullResponse,
        CollectionsStringGetNonNullError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/nullable/collections/string/non-null",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        CollectionsStringGetNonNullResponse::from_raw(response)
    }
}
/// What [`Client::collections_string_get_non_null`] answered.
///
/// A variant per success row of the status table of [`Client::collections_string_get_non_null`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum CollectionsStringGetNonNullResponse {
    /// 200 OK: The model, with `nullableProperty` set.
    Ok {
        /// The response body.
        body: CollectionsStringProperty,
    },
}
/// Why [`Client::collections_string_get_non_null`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum CollectionsStringGetNonNullError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for CollectionsStringGetNonNullError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl CollectionsStringGetNonNullResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, CollectionsStringGetNonNullError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
