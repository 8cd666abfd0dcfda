impl Client {
    /// Gets the model; the body is `{"requiredProperty": "foo", "nullableProperty": null}`.
    ///
    /// `GET http://localhost:3000/type/property/nullable/collections/bytes/null`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`NullableCollectionsByteProperty`](struct@NullableCollectionsByteProperty) |
    ///
    /// By status code: 200 [`NullableCollectionsByteGetNullResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NullableCollectionsByteGetNullError`] for every error row above, and [`NullableCollectionsByteGetNullError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NullableCollectionsByteGetNullResponse};
    /// let client = Client::builder().build()?;
    /// match client.nullable_collections_byte_get_null().await? {
    ///     NullableCollectionsByteGetNullResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_collections_byte_get_null(
        &self,
    ) -> ::std::result::Result<
        NullableCollectionsByteGetNullResponse,
        NullableCollectionsByteGetNullError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/nullable/collections/bytes/null",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NullableCollectionsByteGetNullResponse::from_raw(response)
    }
}
/// What [`Client::nullable_collections_byte_get_null`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_collections_byte_get_null`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableCollectionsByteGetNullResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: NullableCollectionsByteProperty,
    },
}
/// Why [`Client::nullable_collections_byte_get_null`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableCollectionsByteGetNullError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableCollectionsByteGetNullError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableCollectionsByteGetNullResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableCollectionsByteGetNullError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
