impl Client {
    /// Puts a [`SpreadStringRecord`](struct@SpreadStringRecord). The body is `{"name": "SpreadSpringRecord", "prop": "abc"}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/spreadRecordString`
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
    /// By status code: 204 [`SpreadStringPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`SpreadStringPutError`] for every error row above, and [`SpreadStringPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, SpreadStringRecord, SpreadStringPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .spread_string_put(
    ///         &SpreadStringRecord {
    ///             name: "SpreadSpringRecord".to_owned(),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop".to_owned(), "abc".to_owned()),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     SpreadStringPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_string_put(
        &self,
        body: &SpreadStringRecord,
    ) -> ::std::result::Result<SpreadStringPutResponse, SpreadStringPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordString",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadStringPutResponse::from_raw(response)
    }
}
/// What [`Client::spread_string_put`] answered.
///
/// A variant per success row of the status table of [`Client::spread_string_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadStringPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::spread_string_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadStringPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadStringPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadStringPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadStringPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
