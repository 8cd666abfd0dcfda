impl Client {
    /// Stores the timings of a run, and answers the signatures of the stored runs.
    ///
    /// `PUT https://sensors.example.com/runs/<run>/timings/<window>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | run | The run's id. | Bytes (base64url) |
    /// | window | The window the timings cover. | Duration (ISO 8601) |
    /// | since | Only timings after this moment. (optional) | Date-time (Unix timestamp) |
    /// | steps | The steps to keep. (optional) (`steps=a,b`) | List of Duration (milliseconds, with a fraction) |
    /// | tags | Tags of the run, by name. (optional) (`tags=k1,v1,k2,v2`) | Map of Bytes (base64) |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | X-Budget | The time the run may take. (Duration (seconds), optional; argument `x_budget`) |
    /// | X-Signature | The run's signature. (Bytes (base64); argument `x_signature`) |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The signatures of the stored runs. | List of Bytes (base64) |
    /// | 422 | A timing is out of range. | [`Timing`](struct@Timing) |
    ///
    /// By status code: 200 [`PutTimingsResponse::Ok`], 422 [`PutTimingsError::Unprocessable`].
    ///
    /// # Errors
    ///
    /// [`PutTimingsError`] for every error row above, and [`PutTimingsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::scalar_positions::{Client, PutTimingsResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .put_timings(
    ///         &::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?,
    ///         ::specgen_runtime::encoding::Iso8601::parse("PT1H")?,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         &::specgen_runtime::encoding::Base64::parse("dGVzdA==")?,
    ///         &::std::collections::BTreeMap::from([
    ///             (
    ///                 "build".to_owned(),
    ///                 Some(::specgen_runtime::encoding::SecondsFloat::parse("35.625")?),
    ///             ),
    ///             ("test".to_owned(), None),
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     PutTimingsResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    #[allow(clippy::too_many_arguments)]
    pub async fn put_timings(
        &self,
        run: &[u8],
        window: ::specgen_runtime::Duration,
        since: ::std::option::Option<::specgen_runtime::DateTime>,
        steps: ::std::option::Option<&[::specgen_runtime::Duration]>,
        tags: ::std::option::Option<
            &::std::collections::BTreeMap<::std::string::String, ::std::vec::Vec<u8>>,
        >,
        x_budget: ::std::option::Option<::specgen_runtime::Duration>,
        x_signature: &[u8],
        body: &::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<::specgen_runtime::Duration>,
        >,
    ) -> ::std::result::Result<PutTimingsResponse, PutTimingsError> {
        let run = ::specgen_runtime::encoding::Base64Url::text(run);
        let window = ::specgen_runtime::encoding::Iso8601::text(&window);
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/runs/"),
                ::specgen_runtime::PathPart::param("run", &run),
                ::specgen_runtime::PathPart::Literal("/timings/"),
                ::specgen_runtime::PathPart::param("window", &window),
            ],
            query: &[
                (
                    "since",
                    since
                        .map(|value| ::specgen_runtime::encoding::UnixTimestamp::text(
                            &value,
                        )),
                ),
                (
                    "steps",
                    steps
                        .and(
                            ::specgen_runtime::join_query_items(
                                steps
                                    .into_iter()
                                    .flatten()
                                    .map(|item| Some(
                                        ::specgen_runtime::encoding::MillisecondsFloat::text(item),
                                    )),
                                ",",
                            ),
                        ),
                ),
                (
                    "tags",
                    tags
                        .and(
                            ::specgen_runtime::join_query_items(
                                tags
                                    .into_iter()
                                    .flatten()
                                    .flat_map(|(key, value)| [
                                        Some(key.clone()),
                                        Some(::specgen_runtime::encoding::Base64::text(value)),
                                    ]),
                                ",",
                            ),
                        ),
                ),
            ],
            headers: &[
                ("Content-Type", Some("application/json".into())),
                (
                    "X-Budget",
                    x_budget
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Seconds::text(&value),
                        )),
                ),
                (
                    "X-Signature",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Base64::text(x_signature),
                        ),
                    ),
                ),
            ],
            body: Some(
                ::specgen_runtime::json_body_as::<
                    _,
                    ::std::collections::BTreeMap<
                        ::specgen_runtime::serde_with::Same,
                        ::std::option::Option<::specgen_runtime::encoding::SecondsFloat>,
                    >,
                >(body)?,
            ),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PutTimingsResponse::from_raw(response)
    }
}
/// What [`Client::put_timings`] answered.
///
/// A variant per success row of the status table of [`Client::put_timings`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PutTimingsResponse {
    /// 200 OK: The signatures of the stored runs.
    Ok {
        /// The `X-Elapsed` header: How long storing took.
        x_elapsed: ::specgen_runtime::Duration,
        /// The `Last-Modified` header: When the timings last changed.
        last_modified: ::specgen_runtime::DateTime,
        /// The response body.
        body: ::std::vec::Vec<::std::vec::Vec<u8>>,
    },
}
/// Why [`Client::put_timings`] failed.
///
/// A variant per error row of the status table of [`Client::put_timings`]: 422 [`Self::Unprocessable`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutTimingsError {
    /// 422 Unprocessable Entity: A timing is out of range.
    Unprocessable {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<Timing>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PutTimingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::Unprocessable { .. } => {
                "422 Unprocessable Entity: A timing is out of range."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl PutTimingsResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, PutTimingsError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    x_elapsed: response
                        .header_with(
                            "X-Elapsed",
                            ::specgen_runtime::encoding::Milliseconds::parse,
                        )?,
                    last_modified: response
                        .header_with(
                            "Last-Modified",
                            ::specgen_runtime::encoding::Rfc7231::parse,
                        )?,
                    body: response
                        .json_as::<
                            _,
                            ::std::vec::Vec<::specgen_runtime::encoding::Base64>,
                        >()?,
                })
            }
            422 => {
                Err(PutTimingsError::Unprocessable {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
