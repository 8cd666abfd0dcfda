impl Client {
    /// Exploded query continuation of a string (`Routes_QueryParameters_QueryContinuation_Explode_primitive`).
    ///
    /// `GET http://localhost:3000/routes/query/query-continuation/explode/primitive?param=<param>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | fixed | Written in the route itself. (optional) `fixed=true` | Boolean |
    /// | param | A query parameter. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ContinuationExplodePrimitiveResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ContinuationExplodePrimitiveError`] for every error row above, and [`ContinuationExplodePrimitiveError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ContinuationExplodePrimitiveResponse};
    /// let client = Client::builder().build()?;
    /// match client.continuation_explode_primitive("example").await? {
    ///     ContinuationExplodePrimitiveResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn continuation_explode_primitive(
        &self,
        param: &str,
    ) -> ::std::result::Result<
        ContinuationExplodePrimitiveResponse,
        ContinuationExplodePrimitiveError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/routes/query/query-continuation/explode/primitive",
                ),
            ],
            query: &[
                ("fixed", Some(::std::string::String::from("true"))),
                ("param", Some(::std::string::ToString::to_string(param))),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ContinuationExplodePrimitiveResponse::from_raw(response)
    }
}
/// What [`Client::continuation_explode_primitive`] answered.
///
/// A variant per success row of the status table of [`Client::continuation_explode_primitive`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ContinuationExplodePrimitiveResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::continuation_explode_primitive`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ContinuationExplodePrimitiveError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ContinuationExplodePrimitiveError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ContinuationExplodePrimitiveResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ContinuationExplodePrimitiveError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
