impl Client {
    /// Required explicit body (`Parameters_BodyOptionality_requiredExplicit`).
    ///
    /// `POST http://localhost:3000/parameters/body-optionality/required-explicit`
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
    /// By status code: 204 [`RequiredExplicitResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`RequiredExplicitError`] for every error row above, and [`RequiredExplicitError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{BodyModel, Client, RequiredExplicitResponse};
    /// let client = Client::builder().build()?;
    /// match client.required_explicit(&BodyModel::default()).await? {
    ///     RequiredExplicitResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn required_explicit(
        &self,
        body: &BodyModel,
    ) -> ::std::result::Result<RequiredExplicitResponse, RequiredExplicitError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/parameters/body-optionality/required-explicit",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        RequiredExplicitResponse::from_raw(response)
    }
}
/// What [`Client::required_explicit`] answered.
///
/// A variant per success row of the status table of [`Client::required_explicit`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequiredExplicitResponse {
    /// 204 No Content: The server received the expected request.
    NoContent,
}
/// Why [`Client::required_explicit`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RequiredExplicitError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RequiredExplicitError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RequiredExplicitResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RequiredExplicitError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
