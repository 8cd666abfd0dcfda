impl Client {
    /// Gets a [`IsModelAdditionalProperties`](struct@IsModelAdditionalProperties). The body is `{"knownProp": {"state": "ok"}, "prop": {"state": "ok"}}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/isRecordModel`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`IsModelAdditionalProperties`](struct@IsModelAdditionalProperties) |
    ///
    /// By status code: 200 [`IsModelGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`IsModelGetError`] for every error row above, and [`IsModelGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IsModelGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.is_model_get().await? {
    ///     IsModelGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn is_model_get(
        &self,
    ) -> ::std::result::Result<IsModelGetResponse, IsModelGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/isRecordModel",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IsModelGetResponse::from_raw(response)
    }
}
/// What [`Client::is_model_get`] answered.
///
/// A variant per success row of the status table of [`Client::is_model_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsModelGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: IsModelAdditionalProperties,
    },
}
/// Why [`Client::is_model_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IsModelGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IsModelGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IsModelGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, IsModelGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
