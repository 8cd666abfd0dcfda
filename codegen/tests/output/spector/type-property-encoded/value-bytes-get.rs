impl Client {
    /// Gets the model; the body is `{"property": "aGVsbG8sIHdvcmxkIQ=="}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/bytes`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`BytesProperty`](struct@BytesProperty) |
    ///
    /// By status code: 200 [`ValueBytesGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ValueBytesGetError`] for every error row above, and [`ValueBytesGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ValueBytesGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.value_bytes_get().await? {
    ///     ValueBytesGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn value_bytes_get(
        &self,
    ) -> ::std::result::Result<ValueBytesGetResponse, ValueBytesGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/property/value-types/bytes"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ValueBytesGetResponse::from_raw(response)
    }
}
/// What [`Client::value_bytes_get`] answered.
///
/// A variant per success row of the status table of [`Client::value_bytes_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ValueBytesGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: BytesProperty,
    },
}
/// Why [`Client::value_bytes_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ValueBytesGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ValueBytesGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ValueBytesGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ValueBytesGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
