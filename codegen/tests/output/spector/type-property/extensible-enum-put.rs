impl Client {
    /// Puts a model whose `property` is a extensible enumeration. The body is `{"property": "UnknownValue"}`.
    ///
    /// `PUT http://localhost:3000/type/property/value-types/extensible-enum`
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
    /// By status code: 204 [`ExtensibleEnumPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExtensibleEnumPutError`] for every error row above, and [`ExtensibleEnumPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    pub async fn extensible_enum_put(
        &self,
        body: &ExtensibleEnumProperty,
    ) -> ::std::result::Result<ExtensibleEnumPutResponse, ExtensibleEnumPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/extensible-enum",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtensibleEnumPutResponse::from_raw(response)
    }
}
/// What [`Client::extensible_enum_put`] answered.
///
/// A variant per success row of the status table of [`Client::extensible_enum_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtensibleEnumPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::extensible_enum_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtensibleEnumPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtensibleEnumPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtensibleEnumPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtensibleEnumPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
