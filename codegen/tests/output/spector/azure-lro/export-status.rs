impl Client {
    /// Reads the status of an export.
    ///
    /// `GET http://localhost:3000/azure/core/lro/standard/users/<name>/operations/<operationId>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
    /// | operationId | The operation's id. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | The status; the exported user once it succeeded. |
    ///
    /// By status code: 200 [`ExportStatusResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExportStatusError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExportStatusResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.export_status("madge", "operation3").await? {
    ///     ExportStatusResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn export_status(
        &self,
        name: &str,
        operation_id: &str,
    ) -> ::std::result::Result<ExportStatusResponse, ExportStatusError> {
        ExportStatusResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::GET,
                    path: &[
                        ::specgen_runtime::PathPart::Literal(
                            "/azure/core/lro/standard/users/",
                        ),
                        ::specgen_runtime::PathPart::Param {
                            name: "name",
                            value: name,
                        },
                        ::specgen_runtime::PathPart::Literal("/operations/"),
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
/// A success row of the status table of [`Client::export_status`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | The status; the exported user once it succeeded. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ExportStatusResponse {
    /// 200 OK: The status; the exported user once it succeeded.
    Ok {
        /// The response body.
        body: ExportStatus,
    },
}
/// Why [`Client::export_status`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | The status; the exported user once it succeeded. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ExportStatusError {
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
impl ExportStatusError {
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
impl ::std::fmt::Display for ExportStatusError {
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
impl ::std::error::Error for ExportStatusError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for ExportStatusError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for ExportStatusError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for ExportStatusError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl ExportStatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, ExportStatusError> {
        match response.status.as_u16() {
            200 => {
                Ok(ExportStatusResponse::Ok {
                    body: response.json()?,
                })
            }
            _ => {
                Err(ExportStatusError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
