impl Client {
    /// Gets a [`IsUnknownAdditionalPropertiesDiscriminated`](enum@IsUnknownAdditionalPropertiesDiscriminated). The body is `{"kind": "derived", "name": "Derived", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/isUnknownDiscriminated`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`IsUnknownAdditionalPropertiesDiscriminated`](enum@IsUnknownAdditionalPropertiesDiscriminated) |
    ///
    /// By status code: 200 [`IsUnknownDiscriminatedGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`IsUnknownDiscriminatedGetError`] for every error row above, and [`IsUnknownDiscriminatedGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IsUnknownDiscriminatedGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.is_unknown_discriminated_get().await? {
    ///     IsUnknownDiscriminatedGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn is_unknown_discriminated_get(
        &self,
    ) -> ::std::result::Result<
        IsUnknownDiscriminatedGetResponse,
        IsUnknownDiscriminatedGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/isUnknownDiscriminated",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IsUnknownDiscriminatedGetResponse::from_raw(response)
    }
}
/// What [`Client::is_unknown_discriminated_get`] answered.
///
/// A variant per success row of the status table of [`Client::is_unknown_discriminated_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsUnknownDiscriminatedGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: IsUnknownAdditionalPropertiesDiscriminated,
    },
}
/// Why [`Client::is_unknown_discriminated_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IsUnknownDiscriminatedGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IsUnknownDiscriminatedGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IsUnknownDiscriminatedGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, IsUnknownDiscriminatedGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
