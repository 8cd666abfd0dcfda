impl Client {
    /// Sends `{"value": 35625}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/float-milliseconds`
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
    /// | 200 | The model the server received. | [`FloatMillisecondsDurationProperty`](struct@FloatMillisecondsDurationProperty) |
    ///
    /// By status code: 200 [`PropertyFloatMillisecondsResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyFloatMillisecondsError`] for every error row above, and [`PropertyFloatMillisecondsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, FloatMillisecondsDurationProperty, PropertyFloatMillisecondsResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_float_milliseconds(
    ///         &FloatMillisecondsDurationProperty {
    ///             value: ::specgen_runtime::encoding::MillisecondsFloat::parse("35625")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyFloatMillisecondsResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_float_milliseconds(
        &self,
        body: &FloatMillisecondsDurationProperty,
    ) -> ::std::result::Result<
        PropertyFloatMillisecondsResponse,
        PropertyFloatMillisecondsError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/property/float-milliseconds",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyFloatMillisecondsResponse::from_raw(response)
    }
}
/// What [`Client::property_float_milliseconds`] answered.
///
/// A variant per success row of the status table of [`Client::property_float_milliseconds`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyFloatMillisecondsResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: FloatMillisecondsDurationProperty,
    },
}
/// Why [`Client::property_float_milliseconds`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyFloatMillisecondsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyFloatMillisecondsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyFloatMillisecondsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyFloatMillisecondsError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
