impl Client {
    /// Gets a [`SpreadRecordForNonDiscriminatedUnion2`](struct@SpreadRecordForNonDiscriminatedUnion2). The body is `{"name": "abc", "prop1": {"kind": "kind1", "start": "2021-01-01T00:00:00Z"}, "prop2": {"kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z"}}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/spreadRecordNonDiscriminatedUnion2`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`SpreadRecordForNonDiscriminatedUnion2`](struct@SpreadRecordForNonDiscriminatedUnion2) |
    ///
    /// By status code: 200 [`SpreadRecordNonDiscriminatedUnion2GetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`SpreadRecordNonDiscriminatedUnion2GetError`] for every error row above, and [`SpreadRecordNonDiscriminatedUnion2GetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadRecordNonDiscriminatedUnion2GetResponse};
    /// let client = Client::builder().build()?;
    /// match client.spread_record_non_discriminated_union2_get().await? {
    ///     SpreadRecordNonDiscriminatedUnion2GetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_record_non_discriminated_union2_get(
        &self,
    ) -> ::std::result::Result<
        SpreadRecordNonDiscriminatedUnion2GetResponse,
        SpreadRecordNonDiscriminatedUnion2GetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordNonDiscriminatedUnion2",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadRecordNonDiscriminatedUnion2GetResponse::from_raw(response)
    }
}
/// What [`Client::spread_record_non_discriminated_union2_get`] answered.
///
/// A variant per success row of the status table of [`Client::spread_record_non_discriminated_union2_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadRecordNonDiscriminatedUnion2GetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: SpreadRecordForNonDiscriminatedUnion2,
    },
}
/// Why [`Client::spread_record_non_discriminated_union2_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadRecordNonDiscriminatedUnion2GetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadRecordNonDiscriminatedUnion2GetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadRecordNonDiscriminatedUnion2GetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadRecordNonDiscriminatedUnion2GetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
