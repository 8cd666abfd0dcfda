impl Client {
    /// Puts a [`IsStringAdditionalProperties`](struct@IsStringAdditionalProperties). The body is `{"name": "IsStringAdditionalProperties", "prop": "abc"}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/isRecordstring`
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
    /// By status code: 204 [`IsStringPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`IsStringPutError`] for every error row above, and [`IsStringPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IsStringAdditionalProperties, IsStringPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .is_string_put(
    ///         &IsStringAdditionalProperties {
    ///             name: "IsStringAdditionalProperties".to_owned(),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop".to_owned(), "abc".to_owned()),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     IsStringPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn is_string_put(
        &self,
        body: &IsStringAdditionalProperties,
    ) -> ::std::result::Result<IsStringPutResponse, IsStringPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/isRecordstring",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IsStringPutResponse::from_raw(response)
    }
}
/// What [`Client::is_string_put`] answered.
///
/// A variant per success row of the status table of [`Client::is_string_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsStringPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::is_string_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IsStringPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IsStringPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IsStringPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, IsStringPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
