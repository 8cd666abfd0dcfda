impl Client {
    /// Gets the model; the body is `{}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/bytes/default`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`OptionalBytesProperty`](struct@OptionalBytesProperty) |
    ///
    /// By status code: 200 [`OptionalBytesGetDefaultResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`OptionalBytesGetDefaultError`] for every error row above, and [`OptionalBytesGetDefaultError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, OptionalBytesGetDefaultResponse};
    /// let client = Client::builder().build()?;
    /// match client.optional_bytes_get_default().await? {
    ///     OptionalBytesGetDefaultResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn optional_bytes_get_default(
        &self,
    ) -> ::std::result::Result<
        OptionalBytesGetDefaultResponse,
        OptionalBytesGetDefaultError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/bytes/default",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        OptionalBytesGetDefaultResponse::from_raw(response)
    }
}
/// What [`Client::optional_bytes_get_default`] answered.
///
/// A variant per success row of the status table of [`Client::optional_bytes_get_default`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionalBytesGetDefaultResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: OptionalBytesProperty,
    },
}
/// Why [`Client::optional_bytes_get_default`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum OptionalBytesGetDefaultError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for OptionalBytesGetDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl OptionalBytesGetDefaultResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, OptionalBytesGetDefaultError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
