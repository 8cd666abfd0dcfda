impl Client {
    /// Sends `{"value": 180000}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/int32-milliseconds-larger-unit`
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
    /// | 200 | The model the server received. | [`Int32MillisecondsLargerUnitDurationProperty`](struct@Int32MillisecondsLargerUnitDurationProperty) |
    ///
    /// By status code: 200 [`PropertyInt32MillisecondsLargerUnitResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyInt32MillisecondsLargerUnitError`] for every error row above, and [`PropertyInt32MillisecondsLargerUnitError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, Int32MillisecondsLargerUnitDurationProperty,
    ///     PropertyInt32MillisecondsLargerUnitResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_int32_milliseconds_larger_unit(
    ///         &Int32MillisecondsLargerUnitDurationProperty {
    ///             value: ::specgen_runtime::encoding::Milliseconds::parse("180000")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyInt32MillisecondsLargerUnitResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_int32_milliseconds_larger_unit(
        &self,
        body: &Int32MillisecondsLargerUnitDurationProperty,
    ) -> ::std::result::Result<
        PropertyInt32MillisecondsLargerUnitResponse,
        PropertyInt32MillisecondsLargerUnitError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/property/int32-milliseconds-larger-unit",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyInt32MillisecondsLargerUnitResponse::from_raw(response)
    }
}
/// What [`Client::property_int32_milliseconds_larger_unit`] answered.
///
/// A variant per success row of the status table of [`Client::property_int32_milliseconds_larger_unit`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyInt32MillisecondsLargerUnitResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Int32MillisecondsLargerUnitDurationProperty,
    },
}
/// Why [`Client::property_int32_milliseconds_larger_unit`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyInt32MillisecondsLargerUnitError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyInt32MillisecondsLargerUnitError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyInt32MillisecondsLargerUnitResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyInt32MillisecondsLargerUnitError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
