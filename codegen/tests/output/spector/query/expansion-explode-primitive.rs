impl Client {
    /// Exploded query expansion of a string (`Routes_QueryParameters_QueryExpansion_Explode_primitive`).
    ///
    /// `GET http://localhost:3000/routes/query/query-expansion/explode/primitive?param=<param>`
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
    /// By status code: 204 [`ExpansionExplodePrimitiveResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExpansionExplodePrimitiveError`] for every error row above, and [`ExpansionExplodePrimitiveError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExpansionExplodePrimitiveResponse};
    /// let client = Client::builder().build()?;
    /// match client.expansion_explode_primitive("example").await? {
    ///     ExpansionExplodePrimitiveResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn expansion_explode_primitive(
        &self,
        param: &str,
    ) -> ::std::result::Result<
        ExpansionExplodePrimitiveResponse,
        ExpansionExplodePrimitiveError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/routes/query/query-expansion/explode/primitive",
                ),
            ],
            query: &[("param", Some(::std::string::ToString::to_string(param)))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExpansionExplodePrimitiveResponse::from_raw(response)
    }
}
/// What [`Client::expansion_explode_primitive`] answered.
///
/// A variant per success row of the status table of [`Client::expansion_explode_primitive`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExpansionExplodePrimitiveResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::expansion_explode_primitive`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExpansionExplodePrimitiveError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExpansionExplodePrimitiveError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExpansionExplodePrimitiveResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExpansionExplodePrimitiveError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
