impl Client {
    /// Gets a [`SpreadFloatRecord`](struct@SpreadFloatRecord). The body is `{"id": 43.125, "prop": 43.125}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/spreadRecordFloat`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`SpreadFloatRecord`](struct@SpreadFloatRecord) |
    ///
    /// By status code: 200 [`SpreadFloatGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`SpreadFloatGetError`] for every error row above, and [`SpreadFloatGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadFloatGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.spread_float_get().await? {
    ///     SpreadFloatGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_float_get(
        &self,
    ) -> ::std::result::Result<SpreadFloatGetResponse, SpreadFloatGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordFloat",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadFloatGetResponse::from_raw(response)
    }
}
/// What [`Client::spread_float_get`] answered.
///
/// A variant per success row of the status table of [`Client::spread_float_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadFloatGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: SpreadFloatRecord,
    },
}
/// Why [`Client::spread_float_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadFloatGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadFloatGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadFloatGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadFloatGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
