impl Client {
    /// Optional map and object parameters, joined and exploded.
    ///
    /// `GET http://localhost:3000/routes/query/forms`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | tags | A map, its keys and values joined with `\|`. (optional) (`tags=k1\|v1\|k2\|v2`) | Map of String |
    /// | filter | An object, its properties and values comma-separated. (optional) (`filter=k1,v1,k2,v2`) | [`QueryFilter`](struct@QueryFilter) |
    /// | page | An object, a pair per property that is set. (optional) (`k1=v1&k2=v2`) | [`QueryFilter`](struct@QueryFilter) |
    /// | since | A map of dates and times. (optional) (`k1=v1&k2=v2`) | Map of Date-time |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the query. | |
    ///
    /// By status code: 204 [`FormsResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`FormsError`] for every error row above, and [`FormsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, FormsResponse};
    /// let client = Client::builder().build()?;
    /// match client.forms(None, None, None, None).await? {
    ///     FormsResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn forms(
        &self,
        tags: ::std::option::Option<
            &::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        filter: ::std::option::Option<&QueryFilter>,
        page: ::std::option::Option<&QueryFilter>,
        since: ::std::option::Option<
            &::std::collections::BTreeMap<
                ::std::string::String,
                ::specgen_runtime::DateTime,
            >,
        >,
    ) -> ::std::result::Result<FormsResponse, FormsError> {
        let filter = filter.map(::specgen_runtime::query_object).transpose()?;
        let page = page.map(::specgen_runtime::query_object).transpose()?;
        let query: ::std::vec::Vec<
            (&str, ::std::option::Option<::std::string::String>),
        > = ::std::iter::empty()
            .chain(
                ::std::iter::once((
                    "tags",
                    tags
                        .and(
                            ::specgen_runtime::join_query_items(
                                tags
                                    .into_iter()
                                    .flatten()
                                    .flat_map(|(key, value)| [
                                        Some(key.clone()),
                                        Some(::std::string::ToString::to_string(value)),
                                    ]),
                                "|",
                            ),
                        ),
                )),
            )
            .chain(
                ::std::iter::once((
                    "filter",
                    filter
                        .as_ref()
                        .and(
                            ::specgen_runtime::join_query_items(
                                filter
                                    .iter()
                                    .flatten()
                                    .flat_map(|(key, value)| [
                                        Some(key.clone()),
                                        Some(value.clone()),
                                    ]),
                                ",",
                            ),
                        ),
                )),
            )
            .chain(
                page
                    .iter()
                    .flatten()
                    .map(|(key, value)| (key.as_str(), Some(value.clone()))),
            )
            .chain(
                since
                    .into_iter()
                    .flatten()
                    .map(|(key, value)| (
                        key.as_str(),
                        Some(::specgen_runtime::encoding::Rfc3339::text(value)),
                    )),
            )
            .collect();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/routes/query/forms")],
            query: &query,
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        FormsResponse::from_raw(response)
    }
}
/// What [`Client::forms`] answered.
///
/// A variant per success row of the status table of [`Client::forms`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum FormsResponse {
    /// 204 No Content: The server received the query.
    NoContent,
}
/// Why [`Client::forms`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum FormsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for FormsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl FormsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, FormsError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
