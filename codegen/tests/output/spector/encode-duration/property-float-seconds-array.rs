impl Client {
    /// Sends `{"value": [35.625, 46.75]}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/float-seconds-array`
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
    /// | 200 | The model the server received. | [`FloatSecondsArrayDurationProperty`](struct@FloatSecondsArrayDurationProperty) |
    ///
    /// By status code: 200 [`PropertyFloatSecondsArrayResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyFloatSecondsArrayError`] for every error row above, and [`PropertyFloatSecondsArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, FloatSecondsArrayDurationProperty, PropertyFloatSecondsArrayResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_float_seconds_array(
    ///         &FloatSecondsArrayDurationProperty {
    ///             value: Vec::from([
    ///                 ::specgen_runtime::encoding::SecondsFloat::parse("35.625")?,
    ///                 ::specgen_runtime::encoding::SecondsFloat::parse("46.75")?,
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyFloatSecondsArrayResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_float_seconds_array(
        &self,
        body: &FloatSecondsArrayDurationProperty,
    ) -> ::std::result::Result<
        PropertyFloatSecondsArrayResponse,
        PropertyFloatSecondsArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/duration/property/float-seconds-array",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyFloatSecondsArrayResponse::from_raw(response)
    }
}
/// What [`Client::property_float_seconds_array`] answered.
///
/// A variant per success row of the status table of [`Client::property_float_seconds_array`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyFloatSecondsArrayResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: FloatSecondsArrayDurationProperty,
    },
}
/// Why [`Client::property_float_seconds_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyFloatSecondsArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyFloatSecondsArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyFloatSecondsArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyFloatSecondsArrayError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
