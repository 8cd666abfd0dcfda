impl Client {
    /// Deletes a user (Azure_Core_Lro_Standard_delete).
    ///
    /// `DELETE http://localhost:3000/azure/core/lro/standard/users/<name>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 202 | The deletion started. |
    ///
    /// By status code: 202 [`DeleteUserResponse::Accepted`].
    ///
    /// # Errors
    ///
    /// [`DeleteUserError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `DELETE` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DeleteUserResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.delete_user("madge").await? {
    ///     DeleteUserResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn delete_user(
        &self,
        name: &str,
    ) -> ::std::result::Result<DeleteUserResponse, DeleteUserError> {
        DeleteUserResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::DELETE,
                    path: &[
                        ::specgen_runtime::PathPart::Literal(
                            "/azure/core/lro/standard/users/",
                        ),
                        ::specgen_runtime::PathPart::Param {
                            name: "name",
                            value: name,
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
    /// Follows the operation that a `202` answer of [`Client::delete_user`] started ([`DeleteUserResponse::Accepted`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::user_operation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    pub fn delete_user_poller(
        &self,
        status_url: Url,
    ) -> Poller<UserOperationStatusResponse, UserOperationStatusError> {
        Poller::new(
            &self.transport,
            status_url,
            &::specgen_runtime::PollSpec {
                status_property: "status",
                succeeded: &["Succeeded"],
                failed: &["Failed"],
                canceled: &["Canceled"],
            },
            UserOperationStatusResponse::from_raw,
        )
    }
}
/// A success row of the status table of [`Client::delete_user`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 202 | The deletion started. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUserResponse {
    /// 202 Accepted: The deletion started.
    Accepted {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: OperationStatus,
    },
}
/// Why [`Client::delete_user`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 202 | The deletion started. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUserError {
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
impl DeleteUserError {
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
impl ::std::fmt::Display for DeleteUserError {
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
impl ::std::error::Error for DeleteUserError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for DeleteUserError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for DeleteUserError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for DeleteUserError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl DeleteUserResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, DeleteUserError> {
        match response.status.as_u16() {
            202 => {
                Ok(DeleteUserResponse::Accepted {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            _ => {
                Err(DeleteUserError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
