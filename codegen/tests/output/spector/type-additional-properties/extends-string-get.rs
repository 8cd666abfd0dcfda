impl Client {
    /// Gets a [`ExtendsStringAdditionalProperties`](struct@ExtendsStringAdditionalProperties). The body is `{"name": "ExtendsStringAdditionalProperties", "prop": "abc"}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/extendsRecordString`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`ExtendsStringAdditionalProperties`](struct@ExtendsStringAdditionalProperties) |
    ///
    /// By status code: 200 [`ExtendsStringGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExtendsStringGetError`] for every error row above, and [`ExtendsStringGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExtendsStringGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.extends_string_get().await? {
    ///     ExtendsStringGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_string_get(
        &self,
    ) -> ::std::result::Result<ExtendsStringGetResponse, ExtendsStringGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsRecordString",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsStringGetResponse::from_raw(response)
    }
}
/// What [`Client::extends_string_get`] answered.
///
/// A variant per success row of the status table of [`Client::extends_string_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsStringGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: ExtendsStringAdditionalProperties,
    },
}
/// Why [`Client::extends_string_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsStringGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsStringGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsStringGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsStringGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
