impl Client {
    /// Query parameter in the template (`Routes_QueryParameters_templateOnly`).
    ///
    /// `GET http://localhost:3000/routes/query/template-only?param=<param>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | param | A query parameter. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`TemplateOnlyResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`TemplateOnlyError`] for every error row above, and [`TemplateOnlyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, TemplateOnlyResponse};
    /// let client = Client::builder().build()?;
    /// match client.template_only("example").await? {
    ///     TemplateOnlyResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn template_only(
        &self,
        param: &str,
    ) -> ::std::result::Result<TemplateOnlyResponse, TemplateOnlyError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/routes/query/template-only")],
            query: &[("param", Some(::std::string::ToString::to_string(param)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        TemplateOnlyResponse::from_raw(response)
    }
}
/// What [`Client::template_only`] answered.
///
/// A variant per success row of the status table of [`Client::template_only`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum TemplateOnlyResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::template_only`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum TemplateOnlyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for TemplateOnlyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl TemplateOnlyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, TemplateOnlyError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
