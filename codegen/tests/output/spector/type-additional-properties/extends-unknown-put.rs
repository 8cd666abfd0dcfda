impl Client {
    /// Puts a [`ExtendsUnknownAdditionalProperties`](struct@ExtendsUnknownAdditionalProperties). The body is `{"name": "ExtendsUnknownAdditionalProperties", "prop1": 32, "prop2": true, "prop3": "abc"}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/extendsRecordUnknown`
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
    /// By status code: 204 [`ExtendsUnknownPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExtendsUnknownPutError`] for every error row above, and [`ExtendsUnknownPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, ExtendsUnknownAdditionalProperties, ExtendsUnknownPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .extends_unknown_put(
    ///         &ExtendsUnknownAdditionalProperties {
    ///             name: "ExtendsUnknownAdditionalProperties".to_owned(),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop1".to_owned(), "32".parse()?),
    ///                 ("prop2".to_owned(), "true".parse()?),
    ///                 ("prop3".to_owned(), "\"abc\"".parse()?),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     ExtendsUnknownPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_unknown_put(
        &self,
        body: &ExtendsUnknownAdditionalProperties,
    ) -> ::std::result::Result<ExtendsUnknownPutResponse, ExtendsUnknownPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsRecordUnknown",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsUnknownPutResponse::from_raw(response)
    }
}
/// What [`Client::extends_unknown_put`] answered.
///
/// A variant per success row of the status table of [`Client::extends_unknown_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsUnknownPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::extends_unknown_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsUnknownPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsUnknownPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsUnknownPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsUnknownPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
