impl Client {
    /// Creates or replaces a user (Azure_Core_Lro_Standard_createOrReplace).
    ///
    /// `PUT http://localhost:3000/azure/core/lro/standard/users/<name>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
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
    /// | 201 | The user is being created; [`get-user`](Client::get_user) reads it once the operation succeeded. |
    /// | 200 | The user is being replaced. |
    ///
    /// By status code: 201 [`CreateOrReplaceUserResponse::Created`], 200 [`CreateOrReplaceUserResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`CreateOrReplaceUserError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UserRole, CreateOrReplaceUserResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.create_or_replace_user("madge", &UserRole::default()).await? {
    ///     CreateOrReplaceUserResponse::Created { .. } => println!("201: Created"),
    ///     CreateOrReplaceUserResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn create_or_replace_user(
        &self,
        name: &str,
        body: &UserRole,
    ) -> ::std::result::Result<CreateOrReplaceUserResponse, CreateOrReplaceUserError> {
        CreateOrReplaceUserResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::PUT,
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
                    headers: &[
                        (
                            "Content-Type",
                            Some(::std::string::String::from("application/json")),
                        ),
                    ],
                    body: Some(::specgen_runtime::json_body(body)?),
                    idempotent: true,
                })
                .await?,
            self.transport.base_url(),
        )
    }
    /// Follows the operation that a `201` answer of [`Client::create_or_replace_user`] started ([`CreateOrReplaceUserResponse::Created`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::user_operation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    ///
    /// When the operation succeeds, [`Poller::wait`] returns its result: the answer of [`Client::get_user`], called with the given path parameters.
    pub fn create_or_replace_user_created_poller(
        &self,
        status_url: Url,
        name: &str,
    ) -> Poller<
        UserOperationStatusResponse,
        UserOperationStatusError,
        GetUserResponse,
        GetUserError,
    > {
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
            .result_get(
                &[
                    ::specgen_runtime::PathPart::Literal(
                        "/azure/core/lro/standard/users/",
                    ),
                    ::specgen_runtime::PathPart::Param {
                        name: "name",
                        value: name,
                    },
                ],
                GetUserResponse::from_raw,
            )
    }
    /// Follows the operation that a `200` answer of [`Client::create_or_replace_user`] started ([`CreateOrReplaceUserResponse::Ok`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::user_operation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    ///
    /// When the operation succeeds, [`Poller::wait`] returns its result: the answer of [`Client::get_user`], called with the given path parameters.
    pub fn create_or_replace_user_ok_poller(
        &self,
        status_url: Url,
        name: &str,
    ) -> Poller<
        UserOperationStatusResponse,
        UserOperationStatusError,
        GetUserResponse,
        GetUserError,
    > {
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
            .result_get(
                &[
                    ::specgen_runtime::PathPart::Literal(
                        "/azure/core/lro/standard/users/",
                    ),
                    ::specgen_runtime::PathPart::Param {
                        name: "name",
                        value: name,
                    },
                ],
                GetUserResponse::from_raw,
            )
    }
}
/// A success row of the status table of [`Client::create_or_replace_user`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 201 | The user is being created; [`get-user`](Client::get_user) reads it once the operation succeeded. |
/// | 200 | The user is being replaced. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateOrReplaceUserResponse {
    /// 201 Created: The user is being created; [`get-user`](Client::get_user) reads it once the operation succeeded.
    Created {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: User,
    },
    /// 200 OK: The user is being replaced.
    Ok {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: User,
    },
}
/// Why [`Client::create_or_replace_user`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 201 | The user is being created; [`get-user`](Client::get_user) reads it once the operation succeeded. |
/// | 200 | The user is being replaced. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateOrReplaceUserError {
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
impl CreateOrReplaceUserError {
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
impl ::std::fmt::Display for CreateOrReplaceUserError {
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
impl ::std::error::Error for CreateOrReplaceUserError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for CreateOrReplaceUserError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for CreateOrReplaceUserError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for CreateOrReplaceUserError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl CreateOrReplaceUserResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, CreateOrReplaceUserError> {
        match response.status.as_u16() {
            201 => {
                Ok(CreateOrReplaceUserResponse::Created {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            200 => {
                Ok(CreateOrReplaceUserResponse::Ok {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            _ => {
                Err(CreateOrReplaceUserError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
