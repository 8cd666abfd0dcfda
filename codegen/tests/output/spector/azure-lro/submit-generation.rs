impl Client {
    /// Generates data (Azure_Core_Lro_Rpc_longRunningRpc).
    ///
    /// `POST http://localhost:3000/azure/core/lro/rpc/generations:submit?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | api-version | The API version. | String |
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
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 202 | The generation started; its status is at `operation-location`. |
    ///
    /// By status code: 202 [`SubmitGenerationResponse::Accepted`].
    ///
    /// # Errors
    ///
    /// [`SubmitGenerationError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GenerationOptions, SubmitGenerationResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.submit_generation(&GenerationOptions::default()).await? {
    ///     SubmitGenerationResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn submit_generation(
        &self,
        body: &GenerationOptions,
    ) -> ::std::result::Result<SubmitGenerationResponse, SubmitGenerationError> {
        SubmitGenerationResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::POST,
                    path: &[
                        ::specgen_runtime::PathPart::Literal(
                            "/azure/core/lro/rpc/generations:submit",
                        ),
                    ],
                    query: &[],
                    headers: &[
                        (
                            "Content-Type",
                            Some(::std::string::String::from("application/json")),
                        ),
                    ],
                    body: Some(::specgen_runtime::json_body(body)?),
                    idempotent: false,
                })
                .await?,
            self.transport.base_url(),
        )
    }
    /// Follows the operation that a `202` answer of [`Client::submit_generation`] started ([`SubmitGenerationResponse::Accepted`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::generation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    ///
    /// When the operation succeeds, [`Poller::wait`] returns its result, the `result` property of the last status body; a body without it is a `Decode` error.
    pub fn submit_generation_poller(
        &self,
        status_url: Url,
    ) -> Poller<GenerationStatusResponse, GenerationStatusError, GenerationResult> {
        Poller::new(
                &self.transport,
                status_url,
                &::specgen_runtime::PollSpec {
                    status_property: "status",
                    succeeded: &["Succeeded"],
                    failed: &["Failed"],
                    canceled: &["Canceled"],
                },
                GenerationStatusResponse::from_raw,
            )
            .result_member("result")
    }
}
/// A success row of the status table of [`Client::submit_generation`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 202 | The generation started; its status is at `operation-location`. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubmitGenerationResponse {
    /// 202 Accepted: The generation started; its status is at `operation-location`.
    Accepted {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: GenerationStatus,
    },
}
/// Why [`Client::submit_generation`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 202 | The generation started; its status is at `operation-location`. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum SubmitGenerationError {
    /// The server answered with a status code the status table does not list.
    UnexpectedStatus {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// The response's body or a header could not be read as the spec says; the response is kept.
    Decode(DecodeError),
    /// The request was refused before anything was sent (e.g. an empty path parameter).
    InvalidRequest(RequestError),
    /// No complete response arrived (connection, timeout, body over the size limit).
    Transport(TransportError),
}
impl SubmitGenerationError {
    /// The status code of the response, when one arrived.
    pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
        self.response().map(|response| response.status)
    }
    /// The response as received, when one arrived.
    pub fn response(&self) -> ::std::option::Option<&RawResponse> {
        match self {
            Self::UnexpectedStatus { response } => Some(response),
            Self::Decode(error) => Some(&error.response),
            Self::InvalidRequest(_) | Self::Transport(_) => None,
        }
    }
    /// Whether sending the same request again may succeed: timeouts, connection
    /// failures, a body that broke off, and the statuses 408, 429, 500, 502, 503
    /// and 504.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Transport(error) => error.is_retryable(),
            Self::InvalidRequest(_) => false,
            _ => self.status().is_some_and(::specgen_runtime::is_retryable_status),
        }
    }
}
impl ::std::fmt::Display for SubmitGenerationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::UnexpectedStatus { response } => {
                write!(f, "undocumented status {}", response.status)
            }
            Self::Decode(error) => ::std::fmt::Display::fmt(error, f),
            Self::InvalidRequest(error) => ::std::fmt::Display::fmt(error, f),
            Self::Transport(error) => ::std::fmt::Display::fmt(error, f),
        }
    }
}
impl ::std::error::Error for SubmitGenerationError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for SubmitGenerationError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for SubmitGenerationError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for SubmitGenerationError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl SubmitGenerationResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, SubmitGenerationError> {
        match response.status.as_u16() {
            202 => {
                Ok(SubmitGenerationResponse::Accepted {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            _ => {
                Err(SubmitGenerationError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
