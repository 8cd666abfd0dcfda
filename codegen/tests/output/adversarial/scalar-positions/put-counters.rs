impl Client {
    /// Replaces the counters of a device slot, and answers the totals by counter name.
    ///
    /// `PUT https://sensors.example.com/slots/<slot>/counters?step=<step>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | slot | The device slot. | Unsigned integer (16-bit) |
    /// | step | The step between counters. | Integer (8-bit) |
    /// | limits | The limit of each counter. (optional) (`limits=a,b`) | List of Unsigned integer (32-bit) |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | X-Generation | The generation the caller last saw. (Unsigned integer (64-bit), optional; argument `x_generation`) |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The total of each counter, by name; null where a counter was cleared. | Map of Unsigned integer (64-bit) or null |
    /// | 422 | A counter is out of range. | [`Problem`](struct@Problem) |
    ///
    /// By status code: 200 [`PutCountersResponse::Ok`], 422 [`PutCountersError::Unprocessable`].
    ///
    /// # Errors
    ///
    /// [`PutCountersError`] for every error row above, and [`PutCountersError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::scalar_positions::{Client, Counter, PutCountersResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .put_counters(
    ///         65535,
    ///         -128,
    ///         None,
    ///         None,
    ///         &Vec::from([
    ///             Some(Counter {
    ///                 tiny: 1,
    ///                 small: None,
    ///                 medium: None,
    ///                 large: None,
    ///                 byte: None,
    ///                 word: None,
    ///                 double: None,
    ///                 quad: None,
    ///                 samples: Vec::new(),
    ///                 previous: None,
    ///             }),
    ///             None,
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     PutCountersResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn put_counters(
        &self,
        slot: u16,
        step: i8,
        limits: ::std::option::Option<&[u32]>,
        x_generation: ::std::option::Option<u64>,
        body: &[::std::option::Option<Counter>],
    ) -> ::std::result::Result<PutCountersResponse, PutCountersError> {
        let slot = slot.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/slots/"),
                ::specgen_runtime::PathPart::param("slot", &slot),
                ::specgen_runtime::PathPart::Literal("/counters"),
            ],
            query: &[
                ("step", Some(::std::string::ToString::to_string(&step))),
                (
                    "limits",
                    limits
                        .and(
                            ::specgen_runtime::join_query_items(
                                limits
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
                    "X-Generation",
                    x_generation
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&value),
                        )),
                ),
            ],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PutCountersResponse::from_raw(response)
    }
}
/// What [`Client::put_counters`] answered.
///
/// A variant per success row of the status table of [`Client::put_counters`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PutCountersResponse {
    /// 200 OK: The total of each counter, by name; null where a counter was cleared.
    Ok {
        /// The `X-Count` header: How many counters were stored.
        x_count: i32,
        /// The response body.
        body: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<u64>,
        >,
    },
}
/// Why [`Client::put_counters`] failed.
///
/// A variant per error row of the status table of [`Client::put_counters`]: 422 [`Self::Unprocessable`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutCountersError {
    /// 422 Unprocessable Entity: A counter is out of range.
    Unprocessable {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<Problem>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PutCountersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::Unprocessable { .. } => {
                "422 Unprocessable Entity: A counter is out of range."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl PutCountersResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, PutCountersError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    x_count: response.header("X-Count")?,
                    body: response.json()?,
                })
            }
            422 => {
                Err(PutCountersError::Unprocessable {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
