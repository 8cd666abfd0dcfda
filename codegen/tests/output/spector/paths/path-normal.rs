impl Client {
    /// Sends `param` as a path segment: with `foo`, the path is `/parameters/path/normal/foo`.
    ///
    /// `GET http://localhost:3000/parameters/path/normal/<name>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The value of the path segment. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 204 | The path was the expected one. |
    ///
    /// By status code: 204 [`PathNormalResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`PathNormalError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, PathNormalResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.path_normal("foo").await? {
    ///     PathNormalResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn path_normal(
        &self,
        name: &str,
    ) -> ::std::result::Result<PathNormalResponse, PathNormalError> {
        PathNormalResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::GET,
                    path: &[
                        ::specgen_runtime::PathPart::Literal("/parameters/path/normal/"),
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
}
/// A success row of the status table of [`Client::path_normal`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 204 | The path was the expected one. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PathNormalResponse {
    /// 204 No Content: The path was the expected one.
    NoContent,
}
/// Why [`Client::path_normal`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 204 | The path was the expected one. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PathNormalError {
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
impl PathNormalError {
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
impl ::std::fmt::Display for PathNormalError {
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
impl ::std::error::Error for PathNormalError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for PathNormalError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for PathNormalError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for PathNormalError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl PathNormalResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, PathNormalError> {
        match response.status.as_u16() {
            204 => Ok(PathNormalResponse::NoContent),
            _ => {
                Err(PathNormalError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
