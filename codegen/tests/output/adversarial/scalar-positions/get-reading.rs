impl Client {
    /// Reads a reading of a sensor at a scale.
    ///
    /// `PUT https://sensors.example.com/scales/<scale>/readings?threshold=<threshold>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | scale | The scale of the values. | Float (64-bit) |
    /// | threshold | The lowest value to return. | Float (32-bit) |
    /// | ceiling | The highest value to return. (optional) | Float (64-bit) |
    /// | weights | Weights of the sensors. (optional) (`weights=a,b`) | List of Float (64-bit) |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | X-Offset | An offset added to each value. (Float (64-bit), optional; argument `x_offset`) |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The reading. | [`Reading`](struct@Reading) |
    /// | 422 | The scale is out of range. | [`Problem`](struct@Problem) |
    ///
    /// By status code: 200 [`GetReadingResponse::Ok`], 422 [`GetReadingError::Unprocessable`].
    ///
    /// # Errors
    ///
    /// [`GetReadingError`] for every error row above, and [`GetReadingError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::scalar_positions::{Client, Reading, GetReadingResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_reading(2.5, 0.25, None, None, None, &Reading::default()).await? {
    ///     GetReadingResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_reading(
        &self,
        scale: f64,
        threshold: f32,
        ceiling: ::std::option::Option<f64>,
        weights: ::std::option::Option<&[f64]>,
        x_offset: ::std::option::Option<f64>,
        body: &Reading,
    ) -> ::std::result::Result<GetReadingResponse, GetReadingError> {
        let scale = scale.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/scales/"),
                ::specgen_runtime::PathPart::param("scale", &scale),
                ::specgen_runtime::PathPart::Literal("/readings"),
            ],
            query: &[
                ("threshold", Some(::std::string::ToString::to_string(&threshold))),
                ("ceiling", ceiling.as_ref().map(::std::string::ToString::to_string)),
                (
                    "weights",
                    weights
                        .and(
                            ::specgen_runtime::join_query_items(
                                weights
                                    .into_iter()
                                    .flatten()
                                    .map(|item| Some(
                                        ::std::string::ToString::to_string(&item),
                                    )),
                                ",",
                            ),
                        ),
                ),
            ],
            headers: &[
                ("Content-Type", Some("application/json".into())),
                (
                    "X-Offset",
                    x_offset
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&value),
                        )),
                ),
            ],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetReadingResponse::from_raw(response)
    }
}
/// What [`Client::get_reading`] answered.
///
/// A variant per success row of the status table of [`Client::get_reading`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetReadingResponse {
    /// 200 OK: The reading.
    Ok {
        /// The `X-Precision` header: The precision of the reading.
        x_precision: f32,
        /// The response body.
        body: Reading,
    },
}
/// Why [`Client::get_reading`] failed.
///
/// A variant per error row of the status table of [`Client::get_reading`]: 422 [`Self::Unprocessable`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetReadingError {
    /// 422 Unprocessable Entity: The scale is out of range.
    Unprocessable {
        /// The `X-Precision` header: The precision of the reading.
        x_precision: f32,
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<Problem>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetReadingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::Unprocessable { .. } => {
                "422 Unprocessable Entity: The scale is out of range."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl GetReadingResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, GetReadingError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    x_precision: response.header("X-Precision")?,
                    body: response.json()?,
                })
            }
            422 => {
                Err(GetReadingError::Unprocessable {
                    x_precision: response.header("X-Precision")?,
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
