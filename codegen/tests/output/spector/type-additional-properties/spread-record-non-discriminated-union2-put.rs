impl Client {
    /// Puts a [`SpreadRecordForNonDiscriminatedUnion2`](struct@SpreadRecordForNonDiscriminatedUnion2). The body is `{"name": "abc", "prop1": {"kind": "kind1", "start": "2021-01-01T00:00:00Z"}, "prop2": {"kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z"}}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/spreadRecordNonDiscriminatedUnion2`
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
    /// By status code: 204 [`SpreadRecordNonDiscriminatedUnion2PutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`SpreadRecordNonDiscriminatedUnion2PutError`] for every error row above, and [`SpreadRecordNonDiscriminatedUnion2PutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, Kind1, SpreadRecordForNonDiscriminatedUnion2, WidgetData1, WidgetData2,
    ///     WidgetData2Or1, SpreadRecordNonDiscriminatedUnion2PutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .spread_record_non_discriminated_union2_put(
    ///         &SpreadRecordForNonDiscriminatedUnion2 {
    ///             name: "abc".to_owned(),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 (
    ///                     "prop1".to_owned(),
    ///                     WidgetData2Or1::WidgetData2(WidgetData2 {
    ///                         kind: Kind1::Kind1,
    ///                         start: "2021-01-01T00:00:00Z".to_owned(),
    ///                     }),
    ///                 ),
    ///                 (
    ///                     "prop2".to_owned(),
    ///                     WidgetData2Or1::WidgetData1(WidgetData1 {
    ///                         kind: Kind1::Kind1,
    ///                         start: ::specgen_runtime::encoding::Rfc3339::parse(
    ///                             "2021-01-01T00:00:00Z",
    ///                         )?,
    ///                         end: Some(
    ///                             ::specgen_runtime::encoding::Rfc3339::parse(
    ///                                 "2021-01-02T00:00:00Z",
    ///                             )?,
    ///                         ),
    ///                     }),
    ///                 ),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     SpreadRecordNonDiscriminatedUnion2PutResponse::NoContent => {
    ///         println!("204: NoContent")
    ///     }
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn spread_record_non_discriminated_union2_put(
        &self,
        body: &SpreadRecordForNonDiscriminatedUnion2,
    ) -> ::std::result::Result<
        SpreadRecordNonDiscriminatedUnion2PutResponse,
        SpreadRecordNonDiscriminatedUnion2PutError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/spreadRecordNonDiscriminatedUnion2",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        SpreadRecordNonDiscriminatedUnion2PutResponse::from_raw(response)
    }
}
/// What [`Client::spread_record_non_discriminated_union2_put`] answered.
///
/// A variant per success row of the status table of [`Client::spread_record_non_discriminated_union2_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadRecordNonDiscriminatedUnion2PutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::spread_record_non_discriminated_union2_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SpreadRecordNonDiscriminatedUnion2PutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SpreadRecordNonDiscriminatedUnion2PutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SpreadRecordNonDiscriminatedUnion2PutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SpreadRecordNonDiscriminatedUnion2PutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
