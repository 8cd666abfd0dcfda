impl Client {
    /// Exploded query expansion of an object (`Routes_QueryParameters_QueryExpansion_Explode_model`).
    ///
    /// `GET http://localhost:3000/routes/query/query-expansion/explode/model?<param>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | param | An object, a pair per property named by it. (`k1=v1&k2=v2`) | [`ExpandParameters`](struct@ExpandParameters) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ExpansionExplodeModelResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExpansionExplodeModelError`] for every error row above, and [`ExpansionExplodeModelError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExpandParameters, ExpansionExplodeModelResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .expansion_explode_model(
    ///         &ExpandParameters {
    ///             field: "status".to_owned(),
    ///             value: "active".to_owned(),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     ExpansionExplodeModelResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn expansion_explode_model(
        &self,
        param: &ExpandParameters,
    ) -> ::std::result::Result<
        ExpansionExplodeModelResponse,
        ExpansionExplodeModelError,
    > {
        let param = ::specgen_runtime::query_object(param)?;
        let query: ::std::vec::Vec<
            (&str, ::std::option::Option<::std::string::String>),
        > = ::std::iter::empty()
            .chain(param.iter().map(|(key, value)| (key.as_str(), Some(value.clone()))))
            .collect();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/routes/query/query-expansion/explode/model",
                ),
            ],
            query: &query,
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExpansionExplodeModelResponse::from_raw(response)
    }
}
/// What [`Client::expansion_explode_model`] answered.
///
/// A variant per success row of the status table of [`Client::expansion_explode_model`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExpansionExplodeModelResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::expansion_explode_model`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExpansionExplodeModelError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExpansionExplodeModelError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExpansionExplodeModelResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExpansionExplodeModelError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
