impl Client {
    /// Exploded query expansion of a list (`Routes_QueryParameters_QueryExpansion_Explode_array`).
    ///
    /// `GET http://localhost:3000/routes/query/query-expansion/explode/array?param=<param>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | param | A list, a pair per item. (`param=a&param=b`) | List of String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ExpansionExplodeArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExpansionExplodeArrayError`] for every error row above, and [`ExpansionExplodeArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExpansionExplodeArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client.expansion_explode_array(&["example"]).await? {
    ///     ExpansionExplodeArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn expansion_explode_array(
        &self,
        param: &[&str],
    ) -> ::std::result::Result<
        ExpansionExplodeArrayResponse,
        ExpansionExplodeArrayError,
    > {
        let query: ::std::vec::Vec<
            (&str, ::std::option::Option<::std::string::String>),
        > = ::std::iter::empty()
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
                    "/routes/query/query-expansion/explode/array",
                ),
            ],
            query: &query,
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExpansionExplodeArrayResponse::from_raw(response)
    }
}
/// What [`Client::expansion_explode_array`] answered.
///
/// A variant per success row of the status table of [`Client::expansion_explode_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExpansionExplodeArrayResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::expansion_explode_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExpansionExplodeArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExpansionExplodeArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExpansionExplodeArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExpansionExplodeArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
