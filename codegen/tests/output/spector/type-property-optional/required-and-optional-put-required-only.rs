impl Client {
    /// Puts a model whose required property is set and whose optional property is left out. The body is `{"requiredProperty": 42}`.
    ///
    /// `PUT http://localhost:3000/type/property/optional/requiredAndOptional/requiredOnly`
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
    /// By status code: 204 [`RequiredAndOptionalPutRequiredOnlyResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`RequiredAndOptionalPutRequiredOnlyError`] for every error row above, and [`RequiredAndOptionalPutRequiredOnlyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, RequiredAndOptionalProperty, RequiredAndOptionalPutRequiredOnlyResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .required_and_optional_put_required_only(
    ///         &RequiredAndOptionalProperty {
    ///             optional_property: None,
    ///             required_property: 42,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     RequiredAndOptionalPutRequiredOnlyResponse::NoContent => {
    ///         println!("204: NoContent")
    ///     }
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn required_and_optional_put_required_only(
        &self,
        body: &RequiredAndOptionalProperty,
    ) -> ::std::result::Result<
        RequiredAndOptionalPutRequiredOnlyResponse,
        RequiredAndOptionalPutRequiredOnlyError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/requiredAndOptional/requiredOnly",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RequiredAndOptionalPutRequiredOnlyResponse::from_raw(response)
    }
}
/// What [`Client::required_and_optional_put_required_only`] answered.
///
/// A variant per success row of the status table of [`Client::required_and_optional_put_required_only`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequiredAndOptionalPutRequiredOnlyResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::required_and_optional_put_required_only`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RequiredAndOptionalPutRequiredOnlyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RequiredAndOptionalPutRequiredOnlyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RequiredAndOptionalPutRequiredOnlyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RequiredAndOptionalPutRequiredOnlyError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
