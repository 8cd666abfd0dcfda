impl Client {
    /// Puts a [`SpreadRecordForUnion`](struct@SpreadRecordForUnion). The body is `{"flag": true, "prop1": "abc", "prop2": 43.125}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/spreadRecordUnion`
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
    /// By status code: 204 [`SpreadRecordUnionPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`SpreadRecordUnionPutError`] for every error row above, and [`SpreadRecordUnionPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, SpreadRecordForUnion, StringOrFloat32, SpreadRecordUnionPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .spread_record_union_put(
    ///         &SpreadRecordForUnion {
    ///             flag: true,
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop1".to_owned(), StringOrFloat32::String("abc".to_owned())),
    ///                 ("prop2".to_owned(), StringOrFloat32::Float32(43.125)),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     SpreadRecordUnionPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_record_union_put(
        &self,
        body: &SpreadRecordForUnion,
    ) -> ::std::result::Result<SpreadRecordUnionPutResponse, SpreadRecordUnionPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordUnion",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadRecordUnionPutResponse::from_raw(response)
    }
}
/// What [`Client::spread_record_union_put`] answered.
///
/// A variant per success row of the status table of [`Client::spread_record_union_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadRecordUnionPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::spread_record_union_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadRecordUnionPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadRecordUnionPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadRecordUnionPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadRecordUnionPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
