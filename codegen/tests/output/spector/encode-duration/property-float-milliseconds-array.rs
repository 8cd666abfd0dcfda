impl Client {
    /// Sends `{"value": [35625, 46750]}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/float-milliseconds-array`
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
    /// | 200 | The model the server received. | [`FloatMillisecondsArrayDurationProperty`](struct@FloatMillisecondsArrayDurationProperty) |
    ///
    /// By status code: 200 [`PropertyFloatMillisecondsArrayResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyFloatMillisecondsArrayError`] for every error row above, and [`PropertyFloatMillisecondsArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, FloatMillisecondsArrayDurationProperty,
    ///     PropertyFloatMillisecondsArrayResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_float_milliseconds_array(
    ///         &FloatMillisecondsArrayDurationProperty {
    ///             value: Vec::from([
    ///                 ::specgen_runtime::encoding::MillisecondsFloat::parse("35625")?,
    ///                 ::specgen_runtime::encoding::MillisecondsFloat::parse("46750")?,
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyFloatMillisecondsArrayResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_float_milliseconds_array(
        &self,
        body: &FloatMillisecondsArrayDurationProperty,
    ) -> ::std::result::Result<
        PropertyFloatMillisecondsArrayResponse,
        PropertyFloatMillisecondsArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/property/float-milliseconds-array",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyFloatMillisecondsArrayResponse::from_raw(response)
    }
}
/// What [`Client::property_float_milliseconds_array`] answered.
///
/// A variant per success row of the status table of [`Client::property_float_milliseconds_array`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyFloatMillisecondsArrayResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: FloatMillisecondsArrayDurationProperty,
    },
}
/// Why [`Client::property_float_milliseconds_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyFloatMillisecondsArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyFloatMillisecondsArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyFloatMillisecondsArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyFloatMillisecondsArrayError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
