impl Client {
    /// Gets the model; the body is `{"property": "aGVsbG8sIHdvcmxkIQ=="}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/bytes/all`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`OptionalBytesProperty`](struct@OptionalBytesProperty) |
    ///
    /// By status code: 200 [`OptionalBytesGetAllResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`OptionalBytesGetAllError`] for every error row above, and [`OptionalBytesGetAllError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, OptionalBytesGetAllResponse};
    /// let client = Client::builder().build()?;
    /// match client.optional_bytes_get_all().await? {
    ///     OptionalBytesGetAllResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn optional_bytes_get_all(
        &self,
    ) -> ::std::result::Result<OptionalBytesGetAllResponse, OptionalBytesGetAllError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/property/optional/bytes/all"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        OptionalBytesGetAllResponse::from_raw(response)
    }
}
/// What [`Client::optional_bytes_get_all`] answered.
///
/// A variant per success row of the status table of [`Client::optional_bytes_get_all`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionalBytesGetAllResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: OptionalBytesProperty,
    },
}
/// Why [`Client::optional_bytes_get_all`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum OptionalBytesGetAllError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for OptionalBytesGetAllError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl OptionalBytesGetAllResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, OptionalBytesGetAllError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
