impl Client {
    /// Gets `{"prop": {"model": {"name": "test"}, "literal": "a", "int": 2, "boolean": true, "array": [{"name": "test"}, "a", 2, true]}}`.
    ///
    /// `GET http://localhost:3000/type/union/mixed-types`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The union, in `prop`. | [`MixedTypesProp`](struct@MixedTypesProp) |
    ///
    /// By status code: 200 [`MixedTypesGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`MixedTypesGetError`] for every error row above, and [`MixedTypesGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, MixedTypesGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.mixed_types_get().await? {
    ///     MixedTypesGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn mixed_types_get(
        &self,
    ) -> ::std::result::Result<MixedTypesGetResponse, MixedTypesGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/mixed-types")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        MixedTypesGetResponse::from_raw(response)
    }
}
/// What [`Client::mixed_types_get`] answered.
///
/// A variant per success row of the status table of [`Client::mixed_types_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum MixedTypesGetResponse {
    /// 200 OK: The union, in `prop`.
    Ok {
        /// The response body.
        body: MixedTypesProp,
    },
}
/// Why [`Client::mixed_types_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum MixedTypesGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for MixedTypesGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl MixedTypesGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, MixedTypesGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
