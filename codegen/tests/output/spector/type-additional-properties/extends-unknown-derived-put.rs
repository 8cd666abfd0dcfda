impl Client {
    /// Puts a [`ExtendsUnknownAdditionalPropertiesDerived`](struct@ExtendsUnknownAdditionalPropertiesDerived). The body is `{"name": "ExtendsUnknownAdditionalProperties", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/extendsRecordUnknownDerived`
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
    /// By status code: 204 [`ExtendsUnknownDerivedPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExtendsUnknownDerivedPutError`] for every error row above, and [`ExtendsUnknownDerivedPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, ExtendsUnknownAdditionalPropertiesDerived,
    ///     ExtendsUnknownDerivedPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .extends_unknown_derived_put(
    ///         &ExtendsUnknownAdditionalPropertiesDerived {
    ///             name: "ExtendsUnknownAdditionalProperties".to_owned(),
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
    ///     ExtendsUnknownDerivedPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_unknown_derived_put(
        &self,
        body: &ExtendsUnknownAdditionalPropertiesDerived,
    ) -> ::std::result::Result<
        ExtendsUnknownDerivedPutResponse,
        ExtendsUnknownDerivedPutError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsRecordUnknownDerived",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsUnknownDerivedPutResponse::from_raw(response)
    }
}
/// What [`Client::extends_unknown_derived_put`] answered.
///
/// A variant per success row of the status table of [`Client::extends_unknown_derived_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsUnknownDerivedPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::extends_unknown_derived_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsUnknownDerivedPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsUnknownDerivedPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsUnknownDerivedPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsUnknownDerivedPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
