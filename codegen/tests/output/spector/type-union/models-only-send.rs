impl Client {
    /// Sends `{"prop": {"name": "test"}}`.
    ///
    /// `POST http://localhost:3000/type/union/models-only`
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
    /// By status code: 204 [`ModelsOnlySendResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ModelsOnlySendError`] for every error row above, and [`ModelsOnlySendError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Cat, CatOrDog, Client, ModelsOnlyProp, ModelsOnlySendResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .models_only_send(
    ///         &ModelsOnlyProp {
    ///             prop: CatOrDog::Cat(Cat { name: "test".to_owned() }),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     ModelsOnlySendResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn models_only_send(
        &self,
        body: &ModelsOnlyProp,
    ) -> ::std::result::Result<ModelsOnlySendResponse, ModelsOnlySendError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/models-only")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        ModelsOnlySendResponse::from_raw(response)
    }
}
/// What [`Client::models_only_send`] answered.
///
/// A variant per success row of the status table of [`Client::models_only_send`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModelsOnlySendResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::models_only_send`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ModelsOnlySendError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ModelsOnlySendError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ModelsOnlySendResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ModelsOnlySendError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
