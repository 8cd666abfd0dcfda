impl Client {
    /// Gets a [`Dog`](enum@Dog). The body is `{"weight": 10, "kind": "golden"}`.
    ///
    /// `GET http://localhost:3000/type/model/inheritance/enum-discriminator/extensible-enum`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario answers. | [`Dog`](enum@Dog) |
    ///
    /// By status code: 200 [`GetExtensibleModelResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GetExtensibleModelError`] for every error row above, and [`GetExtensibleModelError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GetExtensibleModelResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_extensible_model().await? {
    ///     GetExtensibleModelResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_extensible_model(
        &self,
    ) -> ::std::result::Result<GetExtensibleModelResponse, GetExtensibleModelError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/enum-discriminator/extensible-enum",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetExtensibleModelResponse::from_raw(response)
    }
}
/// What [`Client::get_extensible_model`] answered.
///
/// A variant per success row of the status table of [`Client::get_extensible_model`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetExtensibleModelResponse {
    /// 200 OK: The model the scenario answers.
    Ok {
        /// The response body.
        body: Dog,
    },
}
/// Why [`Client::get_extensible_model`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetExtensibleModelError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetExtensibleModelError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GetExtensibleModelResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GetExtensibleModelError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
