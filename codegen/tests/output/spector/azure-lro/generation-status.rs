impl Client {
    /// Reads the status of a generation.
    ///
    /// `GET http://localhost:3000/azure/core/lro/rpc/generations/operations/<operationId>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | operationId | The operation's id. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | The status; the result once it succeeded. |
    ///
    /// By status code: 200 [`GenerationStatusResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GenerationStatusError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GenerationStatusResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.generation_status("operation1").await? {
    ///     GenerationStatusResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn generation_status(
        &self,
        operation_id: &str,
    ) -> ::std::result::Result<GenerationStatusResponse, GenerationStatusError> {
        GenerationStatusResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::GET,
                    path: &[
                        ::specgen_runtime::PathPart::Literal(
                            "/azure/core/lro/rpc/generations/operations/",
                        ),
                        ::specgen_runtime::PathPart::Param {
                            name: "operationId",
                            value: operation_id,
                        },
                    ],
                    query: &[],
                    headers: &[],
                    body: None,
                    idempotent: true,
                })
                .await?,
            self.transport.base_url(),
        )
    }
}
/// A success row of the status table of [`Client::generation_status`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | The status; the result once it succeeded. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GenerationStatusResponse {
    /// 200 OK: The status; the result once it succeeded.
    Ok {
        /// The response body.
        body: GenerationStatus,
    },
}
/// Why [`Client::generation_status`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | The status; the result once it succeeded. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GenerationStatusError {
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
impl GenerationStatusError {
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
impl ::std::fmt::Display for GenerationStatusError {
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
impl ::std::error::Error for GenerationStatusError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for GenerationStatusError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for GenerationStatusError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for GenerationStatusError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl GenerationStatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, GenerationStatusError> {
        match response.status.as_u16() {
            200 => {
                Ok(GenerationStatusResponse::Ok {
                    body: response.json()?,
                })
            }
            _ => {
                Err(GenerationStatusError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
