impl Client {
    /// Annotated query parameter (`Routes_QueryParameters_annotationOnly`).
    ///
    /// `GET http://localhost:3000/routes/query/annotation-only?param=<param>`
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
    /// By status code: 204 [`AnnotationOnlyResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`AnnotationOnlyError`] for every error row above, and [`AnnotationOnlyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, AnnotationOnlyResponse};
    /// let client = Client::builder().build()?;
    /// match client.annotation_only("example").await? {
    ///     AnnotationOnlyResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn annotation_only(
        &self,
        param: &str,
    ) -> ::std::result::Result<AnnotationOnlyResponse, AnnotationOnlyError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/routes/query/annotation-only"),
            ],
            query: &[("param", Some(::std::string::ToString::to_string(param)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        AnnotationOnlyResponse::from_raw(response)
    }
}
/// What [`Client::annotation_only`] answered.
///
/// A variant per success row of the status table of [`Client::annotation_only`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum AnnotationOnlyResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::annotation_only`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum AnnotationOnlyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for AnnotationOnlyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl AnnotationOnlyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, AnnotationOnlyError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
