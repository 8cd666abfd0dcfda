impl Client {
    /// Sends `{"value": 35.625}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/float64-seconds`
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
    /// | 200 | The model the server received. | [`Float64SecondsDurationProperty`](struct@Float64SecondsDurationProperty) |
    ///
    /// By status code: 200 [`PropertyFloat64SecondsResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyFloat64SecondsError`] for every error row above, and [`PropertyFloat64SecondsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, Float64SecondsDurationProperty, PropertyFloat64SecondsResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_float64_seconds(
    ///         &Float64SecondsDurationProperty {
    ///             value: ::specgen_runtime::encoding::SecondsFloat::parse("35.625")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyFloat64SecondsResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_float64_seconds(
        &self,
        body: &Float64SecondsDurationProperty,
    ) -> ::std::result::Result<
        PropertyFloat64SecondsResponse,
        PropertyFloat64SecondsError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/property/float64-seconds",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyFloat64SecondsResponse::from_raw(response)
    }
}
/// What [`Client::property_float64_seconds`] answered.
///
/// A variant per success row of the status table of [`Client::property_float64_seconds`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyFloat64SecondsResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Float64SecondsDurationProperty,
    },
}
/// Why [`Client::property_float64_seconds`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyFloat64SecondsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyFloat64SecondsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyFloat64SecondsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyFloat64SecondsError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
