impl Client {
    /// Gets a [`Dinosaur`](enum@Dinosaur). The body is `{"size": 20, "kind": "t-rex"}`.
    ///
    /// `GET http://localhost:3000/type/model/inheritance/single-discriminator/legacy-model`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario answers. | [`Dinosaur`](enum@Dinosaur) |
    ///
    /// By status code: 200 [`GetLegacyModelResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GetLegacyModelError`] for every error row above, and [`GetLegacyModelError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GetLegacyModelResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_legacy_model().await? {
    ///     GetLegacyModelResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_legacy_model(
        &self,
    ) -> ::std::result::Result<GetLegacyModelResponse, GetLegacyModelError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/single-discriminator/legacy-model",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetLegacyModelResponse::from_raw(response)
    }
}
/// What [`Client::get_legacy_model`] answered.
///
/// A variant per success row of the status table of [`Client::get_legacy_model`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetLegacyModelResponse {
    /// 200 OK: The model the scenario answers.
    Ok {
        /// The response body.
        body: Dinosaur,
    },
}
/// Why [`Client::get_legacy_model`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetLegacyModelError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetLegacyModelError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GetLegacyModelResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GetLegacyModelError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
