impl Client {
    /// Gets a [`SpreadRecordForNonDiscriminatedUnion3`](struct@SpreadRecordForNonDiscriminatedUnion3). The body is `{"name": "abc", "prop1": [{"kind": "kind1", "start": "2021-01-01T00:00:00Z"}, {"kind": "kind1", "start": "2021-01-01T00:00:00Z"}], "prop2": {"kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z"}}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/spreadRecordNonDiscriminatedUnion3`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`SpreadRecordForNonDiscriminatedUnion3`](struct@SpreadRecordForNonDiscriminatedUnion3) |
    ///
    /// By status code: 200 [`SpreadRecordNonDiscriminatedUnion3GetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`SpreadRecordNonDiscriminatedUnion3GetError`] for every error row above, and [`SpreadRecordNonDiscriminatedUnion3GetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadRecordNonDiscriminatedUnion3GetResponse};
    /// let client = Client::builder().build()?;
    /// match client.spread_record_non_discriminated_union3_get().await? {
    ///     SpreadRecordNonDiscriminatedUnion3GetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_record_non_discriminated_union3_get(
        &self,
    ) -> ::std::result::Result<
        SpreadRecordNonDiscriminatedUnion3GetResponse,
        SpreadRecordNonDiscriminatedUnion3GetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordNonDiscriminatedUnion3",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadRecordNonDiscriminatedUnion3GetResponse::from_raw(response)
    }
}
/// What [`Client::spread_record_non_discriminated_union3_get`] answered.
///
/// A variant per success row of the status table of [`Client::spread_record_non_discriminated_union3_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadRecordNonDiscriminatedUnion3GetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: SpreadRecordForNonDiscriminatedUnion3,
    },
}
/// Why [`Client::spread_record_non_discriminated_union3_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadRecordNonDiscriminatedUnion3GetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadRecordNonDiscriminatedUnion3GetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadRecordNonDiscriminatedUnion3GetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadRecordNonDiscriminatedUnion3GetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
