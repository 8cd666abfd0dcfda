impl Client {
    /// A list query parameter, multi (`Parameters_CollectionFormat_Query_multi`).
    ///
    /// `GET http://localhost:3000/parameters/collection-format/query/multi?colors=<colors>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | colors | The colors, written `multi`. (`colors=a&colors=b`) | List of String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ColorsMultiResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ColorsMultiError`] for every error row above, and [`ColorsMultiError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ColorsMultiResponse};
    /// let client = Client::builder().build()?;
    /// match client.colors_multi(&["example"]).await? {
    ///     ColorsMultiResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn colors_multi(
        &self,
        colors: &[&str],
    ) -> ::std::result::Result<ColorsMultiResponse, ColorsMultiError> {
        let query: ::std::vec::Vec<
            (&str, ::std::option::Option<::std::string::String>),
        > = ::std::iter::empty()
            .chain(
                colors
                    .iter()
                    .map(|item| (
                        "colors",
                        Some(::std::string::ToString::to_string(item)),
                    )),
            )
            .collect();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/parameters/collection-format/query/multi",
                ),
            ],
            query: &query,
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ColorsMultiResponse::from_raw(response)
    }
}
/// What [`Client::colors_multi`] answered.
///
/// A variant per success row of the status table of [`Client::colors_multi`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ColorsMultiResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::colors_multi`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ColorsMultiError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ColorsMultiError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ColorsMultiResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ColorsMultiError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
