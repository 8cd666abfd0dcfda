impl Client {
    /// Answers a body of another shape with each status.
    ///
    /// `PATCH https://api.example.com/v1/things?api-version=2020-01-01`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | api-version | Version of the API. | Date |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | A list. |
    /// | 201 | A map. |
    /// | 202 | An enumeration. |
    /// | 203 | A scalar. |
    /// | 206 | A string. |
    ///
    /// By status code: 200 [`ListThingsResponse::Jobs`], 201 [`ListThingsResponse::Counts`], 202 [`ListThingsResponse::State`], 203 [`ListThingsResponse::Count`], 206 [`ListThingsResponse::Text`].
    ///
    /// # Errors
    ///
    /// [`ListThingsError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `PATCH` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use openapi_coverage::{Client, ListThingsResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.list_things().await? {
    ///     ListThingsResponse::Jobs { .. } => println!("200: Jobs"),
    ///     ListThingsResponse::Counts { .. } => println!("201: Counts"),
    ///     ListThingsResponse::State { .. } => println!("202: State"),
    ///     ListThingsResponse::Count { .. } => println!("203: Count"),
    ///     ListThingsResponse::Text { .. } => println!("206: Text"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn list_things(
        &self,
    ) -> ::std::result::Result<ListThingsResponse, ListThingsError> {
        ListThingsResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::PATCH,
                    path: &[::specgen_runtime::PathPart::Literal("/things")],
                    query: &[],
                    headers: &[],
                    body: None,
                    idempotent: false,
                })
                .await?,
            self.transport.base_url(),
        )
    }
}
/// A success row of the status table of [`Client::list_things`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | A list. |
/// | 201 | A map. |
/// | 202 | An enumeration. |
/// | 203 | A scalar. |
/// | 206 | A string. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListThingsResponse {
    /// 200 OK: A list.
    Jobs {
        /// The response body.
        body: ::std::vec::Vec<Job>,
    },
    /// 201 Created: A map.
    Counts {
        /// The response body.
        body: ::std::collections::BTreeMap<::std::string::String, i64>,
    },
    /// 202 Accepted: An enumeration.
    State {
        /// The response body.
        body: State,
    },
    /// 203: A scalar.
    Count {
        /// The response body.
        body: i64,
    },
    /// 206: A string.
    Text {
        /// The response body.
        body: ::std::string::String,
    },
}
/// Why [`Client::list_things`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | A list. |
/// | 201 | A map. |
/// | 202 | An enumeration. |
/// | 203 | A scalar. |
/// | 206 | A string. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListThingsError {
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
impl ListThingsError {
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
impl ::std::fmt::Display for ListThingsError {
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
impl ::std::error::Error for ListThingsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for ListThingsError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for ListThingsError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for ListThingsError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl ListThingsResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, ListThingsError> {
        match response.status.as_u16() {
            200 => {
                Ok(ListThingsResponse::Jobs {
                    body: response.json()?,
                })
            }
            201 => {
                Ok(ListThingsResponse::Counts {
                    body: response.json()?,
                })
            }
            202 => {
                Ok(ListThingsResponse::State {
                    body: response.json()?,
                })
            }
            203 => {
                Ok(ListThingsResponse::Count {
                    body: response.json()?,
                })
            }
            206 => {
                Ok(ListThingsResponse::Text {
                    body: response.json()?,
                })
            }
            _ => {
                Err(ListThingsError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
