impl Client {
    /// Optional body, omitted (`Parameters_BodyOptionality_OptionalExplicit`).
    ///
    /// `POST http://localhost:3000/parameters/body-optionality/optional-explicit/omit`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body; with `None`, the request has no body and no `Content-Type`.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected request. | |
    ///
    /// By status code: 204 [`OptionalExplicitOmitResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`OptionalExplicitOmitError`] for every error row above, and [`OptionalExplicitOmitError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{BodyModel, Client, OptionalExplicitOmitResponse};
    /// let client = Client::builder().build()?;
    /// match client.optional_explicit_omit(Some(&BodyModel::default())).await? {
    ///     OptionalExplicitOmitResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn optional_explicit_omit(
        &self,
        body: ::std::option::Option<&BodyModel>,
    ) -> ::std::result::Result<OptionalExplicitOmitResponse, OptionalExplicitOmitError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/parameters/body-optionality/optional-explicit/omit",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", body.map(|_| "application/json".into()))],
            body: body.map(::specgen_runtime::json_body).transpose()?,
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        OptionalExplicitOmitResponse::from_raw(response)
    }
}
/// What [`Client::optional_explicit_omit`] answered.
///
/// A variant per success row of the status table of [`Client::optional_explicit_omit`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionalExplicitOmitResponse {
    /// 204 No Content: The server received the expected request.
    NoContent,
}
/// Why [`Client::optional_explicit_omit`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum OptionalExplicitOmitError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for OptionalExplicitOmitError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl OptionalExplicitOmitResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, OptionalExplicitOmitError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
