impl Client {
    /// Puts a [`MultipleSpreadRecord`](struct@MultipleSpreadRecord). The body is `{"flag": true, "prop1": "abc", "prop2": 43.125}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/multipleSpreadRecord`
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
    /// By status code: 204 [`MultipleSpreadPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`MultipleSpreadPutError`] for every error row above, and [`MultipleSpreadPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, MultipleSpreadRecord, StringOrFloat32, MultipleSpreadPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .multiple_spread_put(
    ///         &MultipleSpreadRecord {
    ///             flag: true,
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 ("prop1".to_owned(), StringOrFloat32::String("abc".to_owned())),
    ///                 ("prop2".to_owned(), StringOrFloat32::Float32(43.125)),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     MultipleSpreadPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn multiple_spread_put(
        &self,
        body: &MultipleSpreadRecord,
    ) -> ::std::result::Result<MultipleSpreadPutResponse, MultipleSpreadPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/multipleSpreadRecord",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        MultipleSpreadPutResponse::from_raw(response)
    }
}
/// What [`Client::multiple_spread_put`] answered.
///
/// A variant per success row of the status table of [`Client::multiple_spread_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum MultipleSpreadPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::multiple_spread_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum MultipleSpreadPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for MultipleSpreadPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl MultipleSpreadPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, MultipleSpreadPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
