impl Client {
    /// Sends `{"value": 35625}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/float64-milliseconds`
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
    /// | 200 | The model the server received. | [`Float64MillisecondsDurationProperty`](struct@Float64MillisecondsDurationProperty) |
    ///
    /// By status code: 200 [`PropertyFloat64MillisecondsResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyFloat64MillisecondsError`] for every error row above, and [`PropertyFloat64MillisecondsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, Float64MillisecondsDurationProperty, PropertyFloat64MillisecondsResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_float64_milliseconds(
    ///         &Float64MillisecondsDurationProperty {
    ///             value: ::specgen_runtime::encoding::MillisecondsFloat::parse("35625")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyFloat64MillisecondsResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_float64_milliseconds(
        &self,
        body: &Float64MillisecondsDurationProperty,
    ) -> ::std::result::Result<
        PropertyFloat64MillisecondsResponse,
        PropertyFloat64MillisecondsError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/property/float64-milliseconds",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyFloat64MillisecondsResponse::from_raw(response)
    }
}
/// What [`Client::property_float64_milliseconds`] answered.
///
/// A variant per success row of the status table of [`Client::property_float64_milliseconds`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyFloat64MillisecondsResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Float64MillisecondsDurationProperty,
    },
}
/// Why [`Client::property_float64_milliseconds`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyFloat64MillisecondsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyFloat64MillisecondsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyFloat64MillisecondsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyFloat64MillisecondsError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
