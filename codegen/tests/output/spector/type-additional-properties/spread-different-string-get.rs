impl Client {
    /// Gets a [`DifferentSpreadStringRecord`](struct@DifferentSpreadStringRecord). The body is `{"id": 43.125, "prop": "abc"}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/spreadDifferentRecordString`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`DifferentSpreadStringRecord`](struct@DifferentSpreadStringRecord) |
    ///
    /// By status code: 200 [`SpreadDifferentStringGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`SpreadDifferentStringGetError`] for every error row above, and [`SpreadDifferentStringGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadDifferentStringGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.spread_different_string_get().await? {
    ///     SpreadDifferentStringGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_different_string_get(
        &self,
    ) -> ::std::result::Result<
        SpreadDifferentStringGetResponse,
        SpreadDifferentStringGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadDifferentRecordString",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadDifferentStringGetResponse::from_raw(response)
    }
}
/// What [`Client::spread_different_string_get`] answered.
///
/// A variant per success row of the status table of [`Client::spread_different_string_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadDifferentStringGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: DifferentSpreadStringRecord,
    },
}
/// Why [`Client::spread_different_string_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadDifferentStringGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadDifferentStringGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadDifferentStringGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadDifferentStringGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
