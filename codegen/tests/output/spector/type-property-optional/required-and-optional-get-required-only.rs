impl Client {
    /// Gets a model whose required property is set and whose optional property is left out. The body is `{"requiredProperty": 42}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/requiredAndOptional/requiredOnly`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with the required property only. | [`RequiredAndOptionalProperty`](struct@RequiredAndOptionalProperty) |
    ///
    /// By status code: 200 [`RequiredAndOptionalGetRequiredOnlyResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`RequiredAndOptionalGetRequiredOnlyError`] for every error row above, and [`RequiredAndOptionalGetRequiredOnlyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, RequiredAndOptionalGetRequiredOnlyResponse};
    /// let client = Client::builder().build()?;
    /// match client.required_and_optional_get_required_only().await? {
    ///     RequiredAndOptionalGetRequiredOnlyResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn required_and_optional_get_required_only(
        &self,
    ) -> ::std::result::Result<
        RequiredAndOptionalGetRequiredOnlyResponse,
        RequiredAndOptionalGetRequiredOnlyError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/requiredAndOptional/requiredOnly",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RequiredAndOptionalGetRequiredOnlyResponse::from_raw(response)
    }
}
/// What [`Client::required_and_optional_get_required_only`] answered.
///
/// A variant per success row of the status table of [`Client::required_and_optional_get_required_only`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequiredAndOptionalGetRequiredOnlyResponse {
    /// 200 OK: The model, with the required property only.
    Ok {
        /// The response body.
        body: RequiredAndOptionalProperty,
    },
}
/// Why [`Client::required_and_optional_get_required_only`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RequiredAndOptionalGetRequiredOnlyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RequiredAndOptionalGetRequiredOnlyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RequiredAndOptionalGetRequiredOnlyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RequiredAndOptionalGetRequiredOnlyError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
