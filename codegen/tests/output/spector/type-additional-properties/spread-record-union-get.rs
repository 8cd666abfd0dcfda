impl Client {
    /// Gets a [`SpreadRecordForUnion`](struct@SpreadRecordForUnion). The body is `{"flag": true, "prop1": "abc", "prop2": 43.125}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/spreadRecordUnion`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`SpreadRecordForUnion`](struct@SpreadRecordForUnion) |
    ///
    /// By status code: 200 [`SpreadRecordUnionGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`SpreadRecordUnionGetError`] for every error row above, and [`SpreadRecordUnionGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadRecordUnionGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.spread_record_union_get().await? {
    ///     SpreadRecordUnionGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_record_union_get(
        &self,
    ) -> ::std::result::Result<SpreadRecordUnionGetResponse, SpreadRecordUnionGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordUnion",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadRecordUnionGetResponse::from_raw(response)
    }
}
/// What [`Client::spread_record_union_get`] answered.
///
/// A variant per success row of the status table of [`Client::spread_record_union_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadRecordUnionGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: SpreadRecordForUnion,
    },
}
/// Why [`Client::spread_record_union_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadRecordUnionGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadRecordUnionGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadRecordUnionGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadRecordUnionGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
