impl Client {
    /// Puts a [`IsUnknownAdditionalProperties`](struct@IsUnknownAdditionalProperties). The body is `{"name": "IsUnknownAdditionalProperties", "prop1": 32, "prop2": true, "prop3": "abc"}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/isRecordUnknown`
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
    /// By status code: 204 [`IsUnknownPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`IsUnknownPutError`] for every error row above, and [`IsUnknownPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IsUnknownAdditionalProperties, IsUnknownPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .is_unknown_put(
    ///         &IsUnknownAdditionalProperties {
    ///             name: "IsUnknownAdditionalProperties".to_owned(),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop1".to_owned(), "32".parse()?),
    ///                 ("prop2".to_owned(), "true".parse()?),
    ///                 ("prop3".to_owned(), "\"abc\"".parse()?),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     IsUnknownPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn is_unknown_put(
        &self,
        body: &IsUnknownAdditionalProperties,
    ) -> ::std::result::Result<IsUnknownPutResponse, IsUnknownPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/isRecordUnknown",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IsUnknownPutResponse::from_raw(response)
    }
}
/// What [`Client::is_unknown_put`] answered.
///
/// A variant per success row of the status table of [`Client::is_unknown_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsUnknownPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::is_unknown_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IsUnknownPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IsUnknownPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IsUnknownPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, IsUnknownPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
