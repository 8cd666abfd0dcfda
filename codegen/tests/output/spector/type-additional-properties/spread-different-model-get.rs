impl Client {
    /// Gets a [`DifferentSpreadModelRecord`](struct@DifferentSpreadModelRecord). The body is `{"knownProp": "abc", "prop": {"state": "ok"}}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/spreadDifferentRecordModel`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with its additional properties. | [`DifferentSpreadModelRecord`](struct@DifferentSpreadModelRecord) |
    ///
    /// By status code: 200 [`SpreadDifferentModelGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`SpreadDifferentModelGetError`] for every error row above, and [`SpreadDifferentModelGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadDifferentModelGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.spread_different_model_get().await? {
    ///     SpreadDifferentModelGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_different_model_get(
        &self,
    ) -> ::std::result::Result<
        SpreadDifferentModelGetResponse,
        SpreadDifferentModelGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadDifferentRecordModel",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadDifferentModelGetResponse::from_raw(response)
    }
}
/// What [`Client::spread_different_model_get`] answered.
///
/// A variant per success row of the status table of [`Client::spread_different_model_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadDifferentModelGetResponse {
    /// 200 OK: The model, with its additional properties.
    Ok {
        /// The response body.
        body: DifferentSpreadModelRecord,
    },
}
/// Why [`Client::spread_different_model_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadDifferentModelGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadDifferentModelGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadDifferentModelGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadDifferentModelGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
