impl Client {
    /// Puts a [`SpreadFloatRecord`](struct@SpreadFloatRecord). The body is `{"id": 43.125, "prop": 43.125}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/spreadRecordFloat`
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
    /// By status code: 204 [`SpreadFloatPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`SpreadFloatPutError`] for every error row above, and [`SpreadFloatPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadFloatRecord, SpreadFloatPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .spread_float_put(
    ///         &SpreadFloatRecord {
    ///             id: 43.125,
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop".to_owned(), 43.125),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     SpreadFloatPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_float_put(
        &self,
        body: &SpreadFloatRecord,
    ) -> ::std::result::Result<SpreadFloatPutResponse, SpreadFloatPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordFloat",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadFloatPutResponse::from_raw(response)
    }
}
/// What [`Client::spread_float_put`] answered.
///
/// A variant per success row of the status table of [`Client::spread_float_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadFloatPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::spread_float_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadFloatPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadFloatPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadFloatPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadFloatPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
