impl Client {
    /// Exploded query continuation of a list (`Routes_QueryParameters_QueryContinuation_Explode_array`).
    ///
    /// `GET http://localhost:3000/routes/query/query-continuation/explode/array?param=<param>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | fixed | Written in the route itself. (optional) `fixed=true` | Boolean |
    /// | param | A list, a pair per item. (`param=a&param=b`) | List of String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ContinuationExplodeArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ContinuationExplodeArrayError`] for every error row above, and [`ContinuationExplodeArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ContinuationExplodeArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client.continuation_explode_array(&["example"]).await? {
    ///     ContinuationExplodeArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn continuation_explode_array(
        &self,
        param: &[&str],
    ) -> ::std::result::Result<
        ContinuationExplodeArrayResponse,
        ContinuationExplodeArrayError,
    > {
        let query: ::std::vec::Vec<
            (&str, ::std::option::Option<::std::string::String>),
        > = ::std::iter::empty()
            .chain(
                ::std::iter::once(("fixed", Some(::std::string::String::from("true")))),
            )
            .chain(
                param
                    .iter()
                    .map(|item| (
                        "param",
                        Some(::std::string::ToString::to_string(item)),
                    )),
            )
            .collect();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/routes/query/query-continuation/explode/array",
                ),
            ],
            query: &query,
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ContinuationExplodeArrayResponse::from_raw(response)
    }
}
/// What [`Client::continuation_explode_array`] answered.
///
/// A variant per success row of the status table of [`Client::continuation_explode_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ContinuationExplodeArrayResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::continuation_explode_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ContinuationExplodeArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ContinuationExplodeArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ContinuationExplodeArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ContinuationExplodeArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
