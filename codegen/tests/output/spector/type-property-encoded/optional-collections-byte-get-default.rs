impl Client {
    /// Gets the model; the body is `{}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/collections/bytes/default`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`OptionalCollectionsByteProperty`](struct@OptionalCollectionsByteProperty) |
    ///
    /// By status code: 200 [`OptionalCollectionsByteGetDefaultResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`OptionalCollectionsByteGetDefaultError`] for every error row above, and [`OptionalCollectionsByteGetDefaultError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, OptionalCollectionsByteGetDefaultResponse};
    /// let client = Client::builder().build()?;
    /// match client.optional_collections_byte_get_default().await? {
    ///     OptionalCollectionsByteGetDefaultResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn optional_collections_byte_get_default(
        &self,
    ) -> ::std::result::Result<
        OptionalCollectionsByteGetDefaultResponse,
        OptionalCollectionsByteGetDefaultError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/collections/bytes/default",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        OptionalCollectionsByteGetDefaultResponse::from_raw(response)
    }
}
/// What [`Client::optional_collections_byte_get_default`] answered.
///
/// A variant per success row of the status table of [`Client::optional_collections_byte_get_default`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionalCollectionsByteGetDefaultResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: OptionalCollectionsByteProperty,
    },
}
/// Why [`Client::optional_collections_byte_get_default`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum OptionalCollectionsByteGetDefaultError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for OptionalCollectionsByteGetDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl OptionalCollectionsByteGetDefaultResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, OptionalCollectionsByteGetDefaultError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
