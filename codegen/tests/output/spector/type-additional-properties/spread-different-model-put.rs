impl Client {
    /// Puts a [`DifferentSpreadModelRecord`](struct@DifferentSpreadModelRecord). The body is `{"knownProp": "abc", "prop": {"state": "ok"}}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/spreadDifferentRecordModel`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`SpreadDifferentModelPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`SpreadDifferentModelPutError`] for every error row above, and [`SpreadDifferentModelPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, DifferentSpreadModelRecord, ModelForRecord,
    ///     SpreadDifferentModelPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .spread_different_model_put(
    ///         &DifferentSpreadModelRecord {
    ///             known_prop: "abc".to_owned(),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 (
    ///                     "prop".to_owned(),
    ///                     ModelForRecord {
    ///                         state: "ok".to_owned(),
    ///                     },
    ///                 ),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     SpreadDifferentModelPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_different_model_put(
        &self,
        body: &DifferentSpreadModelRecord,
    ) -> ::std::result::Result<
        SpreadDifferentModelPutResponse,
        SpreadDifferentModelPutError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadDifferentRecordModel",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadDifferentModelPutResponse::from_raw(response)
    }
}
/// What [`Client::spread_different_model_put`] answered.
///
/// A variant per success row of the status table of [`Client::spread_different_model_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadDifferentModelPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::spread_different_model_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadDifferentModelPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadDifferentModelPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadDifferentModelPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadDifferentModelPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
