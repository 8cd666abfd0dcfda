impl Client {
    /// Puts a [`IsUnknownAdditionalPropertiesDerived`](struct@IsUnknownAdditionalPropertiesDerived). The body is `{"name": "IsUnknownAdditionalProperties", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/isRecordUnknownDerived`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`IsUnknownDerivedPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`IsUnknownDerivedPutError`] for every error row above, and [`IsUnknownDerivedPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, IsUnknownAdditionalPropertiesDerived, IsUnknownDerivedPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .is_unknown_derived_put(
    ///         &IsUnknownAdditionalPropertiesDerived {
    ///             name: "IsUnknownAdditionalProperties".to_owned(),
    ///             index: 314,
    ///             age: Some(2.71875),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop1".to_owned(), "32".parse()?),
    ///                 ("prop2".to_owned(), "true".parse()?),
    ///                 ("prop3".to_owned(), "\"abc\"".parse()?),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     IsUnknownDerivedPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn is_unknown_derived_put(
        &self,
        body: &IsUnknownAdditionalPropertiesDerived,
    ) -> ::std::result::Result<IsUnknownDerivedPutResponse, IsUnknownDerivedPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/isRecordUnknownDerived",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IsUnknownDerivedPutResponse::from_raw(response)
    }
}
/// What [`Client::is_unknown_derived_put`] answered.
///
/// A variant per success row of the status table of [`Client::is_unknown_derived_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsUnknownDerivedPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::is_unknown_derived_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IsUnknownDerivedPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IsUnknownDerivedPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IsUnknownDerivedPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, IsUnknownDerivedPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
