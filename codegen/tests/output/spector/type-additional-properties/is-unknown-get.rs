impl Client {
    /// Gets a [`IsUnknownAdditionalProperties`](struct@IsUnknownAdditionalProperties). The body is `{"name": "IsUnknownAdditionalProperties", "prop1": 32, "prop2": true, "prop3": "abc"}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/isRecordUnknown`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`IsUnknownAdditionalProperties`](struct@IsUnknownAdditionalProperties) |
    ///
    /// By status code: 200 [`IsUnknownGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`IsUnknownGetError`] for every error row above, and [`IsUnknownGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IsUnknownGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.is_unknown_get().await? {
    ///     IsUnknownGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn is_unknown_get(
        &self,
    ) -> ::std::result::Result<IsUnknownGetResponse, IsUnknownGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/isRecordUnknown",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IsUnknownGetResponse::from_raw(response)
    }
}
/// What [`Client::is_unknown_get`] answered.
///
/// A variant per success row of the status table of [`Client::is_unknown_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsUnknownGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: IsUnknownAdditionalProperties,
    },
}
/// Why [`Client::is_unknown_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IsUnknownGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IsUnknownGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IsUnknownGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, IsUnknownGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
