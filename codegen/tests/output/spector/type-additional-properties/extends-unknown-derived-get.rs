impl Client {
    /// Gets a [`ExtendsUnknownAdditionalPropertiesDerived`](struct@ExtendsUnknownAdditionalPropertiesDerived). The body is `{"name": "ExtendsUnknownAdditionalProperties", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/extendsRecordUnknownDerived`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`ExtendsUnknownAdditionalPropertiesDerived`](struct@ExtendsUnknownAdditionalPropertiesDerived) |
    ///
    /// By status code: 200 [`ExtendsUnknownDerivedGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExtendsUnknownDerivedGetError`] for every error row above, and [`ExtendsUnknownDerivedGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExtendsUnknownDerivedGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.extends_unknown_derived_get().await? {
    ///     ExtendsUnknownDerivedGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_unknown_derived_get(
        &self,
    ) -> ::std::result::Result<
        ExtendsUnknownDerivedGetResponse,
        ExtendsUnknownDerivedGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsRecordUnknownDerived",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsUnknownDerivedGetResponse::from_raw(response)
    }
}
/// What [`Client::extends_unknown_derived_get`] answered.
///
/// A variant per success row of the status table of [`Client::extends_unknown_derived_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsUnknownDerivedGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: ExtendsUnknownAdditionalPropertiesDerived,
    },
}
/// Why [`Client::extends_unknown_derived_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsUnknownDerivedGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsUnknownDerivedGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsUnknownDerivedGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsUnknownDerivedGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
