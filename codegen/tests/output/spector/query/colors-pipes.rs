impl Client {
    /// A list query parameter, pipes (`Parameters_CollectionFormat_Query_pipes`).
    ///
    /// `GET http://localhost:3000/parameters/collection-format/query/pipes?colors=<colors>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | colors | The colors, written `pipes`. (`colors=a\|b`) | List of String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ColorsPipesResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ColorsPipesError`] for every error row above, and [`ColorsPipesError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ColorsPipesResponse};
    /// let client = Client::builder().build()?;
    /// match client.colors_pipes(&["example"]).await? {
    ///     ColorsPipesResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn colors_pipes(
        &self,
        colors: &[&str],
    ) -> ::std::result::Result<ColorsPipesResponse, ColorsPipesError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/parameters/collection-format/query/pipes",
                ),
            ],
            query: &[
                (
                    "colors",
                    ::specgen_runtime::join_query_items(
                        colors
                            .iter()
                            .map(|item| Some(::std::string::ToString::to_string(item))),
                        "|",
                    ),
                ),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ColorsPipesResponse::from_raw(response)
    }
}
/// What [`Client::colors_pipes`] answered.
///
/// A variant per success row of the status table of [`Client::colors_pipes`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ColorsPipesResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::colors_pipes`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ColorsPipesError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ColorsPipesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ColorsPipesResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ColorsPipesError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
