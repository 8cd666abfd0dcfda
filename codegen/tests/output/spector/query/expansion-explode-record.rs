impl Client {
    /// Exploded query expansion of a map (`Routes_QueryParameters_QueryExpansion_Explode_record`).
    ///
    /// `GET http://localhost:3000/routes/query/query-expansion/explode/record?<param>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | param | A map, a pair per entry named by its key. (`k1=v1&k2=v2`) | Map of Integer |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ExpansionExplodeRecordResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExpansionExplodeRecordError`] for every error row above, and [`ExpansionExplodeRecordError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExpansionExplodeRecordResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .expansion_explode_record(
    ///         &::std::collections::BTreeMap::from([
    ///             ("a".to_owned(), 1),
    ///             ("b".to_owned(), 2),
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     ExpansionExplodeRecordResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn expansion_explode_record(
        &self,
        param: &::std::collections::BTreeMap<::std::string::String, i64>,
    ) -> ::std::result::Result<
        ExpansionExplodeRecordResponse,
        ExpansionExplodeRecordError,
    > {
        let query: ::std::vec::Vec<
            (&str, ::std::option::Option<::std::string::String>),
        > = ::std::iter::empty()
            .chain(
                param
                    .iter()
                    .map(|(key, value)| (
                        key.as_str(),
                        Some(::std::string::ToString::to_string(&value)),
                    )),
            )
            .collect();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/routes/query/query-expansion/explode/record",
                ),
            ],
            query: &query,
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExpansionExplodeRecordResponse::from_raw(response)
    }
}
/// What [`Client::expansion_explode_record`] answered.
///
/// A variant per success row of the status table of [`Client::expansion_explode_record`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExpansionExplodeRecordResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::expansion_explode_record`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExpansionExplodeRecordError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExpansionExplodeRecordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExpansionExplodeRecordResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExpansionExplodeRecordError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
