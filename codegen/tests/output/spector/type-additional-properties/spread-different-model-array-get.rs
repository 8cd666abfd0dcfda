impl Client {
    /// Gets a [`DifferentSpreadModelArrayRecord`](struct@DifferentSpreadModelArrayRecord). The body is `{"knownProp": "abc", "prop": [{"state": "ok"}, {"state": "ok"}]}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/spreadDifferentRecordModelArray`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`DifferentSpreadModelArrayRecord`](struct@DifferentSpreadModelArrayRecord) |
    ///
    /// By status code: 200 [`SpreadDifferentModelArrayGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`SpreadDifferentModelArrayGetError`] for every error row above, and [`SpreadDifferentModelArrayGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadDifferentModelArrayGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.spread_different_model_array_get().await? {
    ///     SpreadDifferentModelArrayGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_different_model_array_get(
        &self,
    ) -> ::std::result::Result<
        SpreadDifferentModelArrayGetResponse,
        SpreadDifferentModelArrayGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadDifferentRecordModelArray",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadDifferentModelArrayGetResponse::from_raw(response)
    }
}
/// What [`Client::spread_different_model_array_get`] answered.
///
/// A variant per success row of the status table of [`Client::spread_different_model_array_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadDifferentModelArrayGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: DifferentSpreadModelArrayRecord,
    },
}
/// Why [`Client::spread_different_model_array_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadDifferentModelArrayGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadDifferentModelArrayGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadDifferentModelArrayGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadDifferentModelArrayGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
