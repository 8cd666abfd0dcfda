impl Client {
    /// Gets a [`ExtendsFloatAdditionalProperties`](struct@ExtendsFloatAdditionalProperties). The body is `{"id": 43.125, "prop": 43.125}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/extendsRecordFloat`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`ExtendsFloatAdditionalProperties`](struct@ExtendsFloatAdditionalProperties) |
    ///
    /// By status code: 200 [`ExtendsFloatGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExtendsFloatGetError`] for every error row above, and [`ExtendsFloatGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExtendsFloatGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.extends_float_get().await? {
    ///     ExtendsFloatGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_float_get(
        &self,
    ) -> ::std::result::Result<ExtendsFloatGetResponse, ExtendsFloatGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsRecordFloat",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsFloatGetResponse::from_raw(response)
    }
}
/// What [`Client::extends_float_get`] answered.
///
/// A variant per success row of the status table of [`Client::extends_float_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsFloatGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: ExtendsFloatAdditionalProperties,
    },
}
/// Why [`Client::extends_float_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsFloatGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsFloatGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsFloatGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsFloatGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
