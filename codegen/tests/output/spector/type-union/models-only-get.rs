impl Client {
    /// Gets `{"prop": {"name": "test"}}`.
    ///
    /// `GET http://localhost:3000/type/union/models-only`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The union, in `prop`. | [`ModelsOnlyProp`](struct@ModelsOnlyProp) |
    ///
    /// By status code: 200 [`ModelsOnlyGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ModelsOnlyGetError`] for every error row above, and [`ModelsOnlyGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ModelsOnlyGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.models_only_get().await? {
    ///     ModelsOnlyGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn models_only_get(
        &self,
    ) -> ::std::result::Result<ModelsOnlyGetResponse, ModelsOnlyGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/models-only")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ModelsOnlyGetResponse::from_raw(response)
    }
}
/// What [`Client::models_only_get`] answered.
///
/// A variant per success row of the status table of [`Client::models_only_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModelsOnlyGetResponse {
    /// 200 OK: The union, in `prop`.
    Ok {
        /// The response body.
        body: ModelsOnlyProp,
    },
}
/// Why [`Client::models_only_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ModelsOnlyGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ModelsOnlyGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ModelsOnlyGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ModelsOnlyGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
