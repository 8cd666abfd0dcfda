impl Client {
    /// Query expansion of a list (`Routes_QueryParameters_QueryExpansion_Standard_array`).
    ///
    /// `GET http://localhost:3000/routes/query/query-expansion/standard/array?param=<param>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | param | A list, comma-separated. (`param=a,b`) | List of String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ExpansionStandardArrayResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExpansionStandardArrayError`] for every error row above, and [`ExpansionStandardArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExpansionStandardArrayResponse};
    /// let client = Client::builder().build()?;
    /// match client.expansion_standard_array(&["example"]).await? {
    ///     ExpansionStandardArrayResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn expansion_standard_array(
        &self,
        param: &[&str],
    ) -> ::std::result::Result<
        ExpansionStandardArrayResponse,
        ExpansionStandardArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/routes/query/query-expansion/standard/array",
                ),
            ],
            query: &[
                (
                    "param",
                    ::specgen_runtime::join_query_items(
                        param
                            .iter()
                            .map(|item| Some(::std::string::ToString::to_string(item))),
                        ",",
                    ),
                ),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExpansionStandardArrayResponse::from_raw(response)
    }
}
/// What [`Client::expansion_standard_array`] answered.
///
/// A variant per success row of the status table of [`Client::expansion_standard_array`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExpansionStandardArrayResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::expansion_standard_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExpansionStandardArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExpansionStandardArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExpansionStandardArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExpansionStandardArrayError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
