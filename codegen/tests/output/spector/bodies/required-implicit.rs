impl Client {
    /// Required implicit body (`Parameters_BodyOptionality_requiredImplicit`).
    ///
    /// `POST http://localhost:3000/parameters/body-optionality/required-implicit`
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
    /// | 204 | The server received the expected request. | |
    ///
    /// By status code: 204 [`RequiredImplicitResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`RequiredImplicitError`] for every error row above, and [`RequiredImplicitError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, RequiredImplicitRequest, RequiredImplicitResponse};
    /// let client = Client::builder().build()?;
    /// match client.required_implicit(&RequiredImplicitRequest::default()).await? {
    ///     RequiredImplicitResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn required_implicit(
        &self,
        body: &RequiredImplicitRequest,
    ) -> ::std::result::Result<RequiredImplicitResponse, RequiredImplicitError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/parameters/body-optionality/required-implicit",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        RequiredImplicitResponse::from_raw(response)
    }
}
/// What [`Client::required_implicit`] answered.
///
/// A variant per success row of the status table of [`Client::required_implicit`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequiredImplicitResponse {
    /// 204 No Content: The server received the expected request.
    NoContent,
}
/// Why [`Client::required_implicit`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RequiredImplicitError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RequiredImplicitError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RequiredImplicitResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RequiredImplicitError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
