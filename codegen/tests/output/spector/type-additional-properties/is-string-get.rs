impl Client {
    /// Gets a [`IsStringAdditionalProperties`](struct@IsStringAdditionalProperties). The body is `{"name": "IsStringAdditionalProperties", "prop": "abc"}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/isRecordstring`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`IsStringAdditionalProperties`](struct@IsStringAdditionalProperties) |
    ///
    /// By status code: 200 [`IsStringGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`IsStringGetError`] for every error row above, and [`IsStringGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IsStringGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.is_string_get().await? {
    ///     IsStringGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn is_string_get(
        &self,
    ) -> ::std::result::Result<IsStringGetResponse, IsStringGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/isRecordstring",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IsStringGetResponse::from_raw(response)
    }
}
/// What [`Client::is_string_get`] answered.
///
/// A variant per success row of the status table of [`Client::is_string_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsStringGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: IsStringAdditionalProperties,
    },
}
/// Why [`Client::is_string_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IsStringGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IsStringGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IsStringGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, IsStringGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
