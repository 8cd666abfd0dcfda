impl Client {
    /// Every argument name of the generated method is a local of some generated code.
    ///
    /// `POST https://example.com/status/<client>/<url>/<request>/<response>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | client | A path parameter named `client`. | String |
    /// | url | A path parameter named `url`. | URL |
    /// | request | A path parameter named `request`. | Integer |
    /// | response | A path parameter named `response`. | String |
    /// | query | A list query parameter named `query`. (optional) (`query=a&query=b`) | List of Integer |
    /// | value | A query parameter named `value`. (optional) | Date-time |
    /// | item | A list query parameter named `item`. (optional) (`item=a,b`) | List of String |
    /// | error | A query parameter named `error`. (optional) | String |
    /// | f | A query parameter named `f`. (optional) | String |
    /// | status_url | A query parameter named `status_url`. (optional) | URL |
    /// | base_url | A query parameter named `base_url`. (optional) | String |
    /// | transport | A query parameter named `transport`. (optional) | String |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | Authorization | `Bearer YOUR_TOKEN` |
    /// | headers | A header named `headers`. (String, optional; argument `headers`) |
    /// | path | A header named `path`. (String, optional; argument `path`) |
    /// | idempotent | A header named `idempotent`. (Boolean, optional; argument `idempotent`) |
    /// | method | A header named `method`. (String, optional; argument `method`) |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | A row named `Ok`. | [`Response`](struct@Response) |
    /// | 202 | A row named [`Some`](enum@Some). | |
    /// | 203 | A row named `None`. | |
    /// | 400 | A row named `Err`. | [`Result`](struct@Result) |
    /// | 404 | A row named `Status`, whose predicate is `is_status`. | |
    /// | 409 | A row named [`Response`](struct@Response), whose predicate is `is_response`. | |
    /// | 410 | A row named `From`. | |
    /// | 500 | A row named `Source`, whose predicate is `is_source`. | |
    ///
    /// By status code: 200 [`StatusResponse::Ok`], 202 [`StatusResponse::Some`], 203 [`StatusResponse::None`], 400 [`StatusError::Err`], 404 [`StatusError::Status`], 409 [`StatusError::Response`], 410 [`StatusError::From`], 500 [`StatusError::Source`].
    ///
    /// # Errors
    ///
    /// [`StatusError`] for every error row above, and [`StatusError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::generated_names::{Client, Request, StatusResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .status(
    ///         "example",
    ///         &"https://example.com/".parse()?,
    ///         1,
    ///         "example",
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         &Request::default(),
    ///     )
    ///     .await?
    /// {
    ///     StatusResponse::Ok { .. } => println!("200: Ok"),
    ///     StatusResponse::Some { .. } => println!("202: Some"),
    ///     StatusResponse::None => println!("203: None"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    #[allow(clippy::too_many_arguments)]
    pub async fn status(
        &self,
        client: &str,
        url: &Url,
        request: i64,
        response: &str,
        query: ::std::option::Option<&[i64]>,
        value: ::std::option::Option<::specgen_runtime::DateTime>,
        item: ::std::option::Option<&[&str]>,
        error: ::std::option::Option<&str>,
        f: ::std::option::Option<&str>,
        status_url: ::std::option::Option<&Url>,
        base_url: ::std::option::Option<&str>,
        transport: ::std::option::Option<&str>,
        headers: ::std::option::Option<&str>,
        path: ::std::option::Option<&str>,
        idempotent: ::std::option::Option<bool>,
        method: ::std::option::Option<&str>,
        body: &Request,
    ) -> ::std::result::Result<StatusResponse, StatusError> {
        let request = request.to_string();
        let query: ::std::vec::Vec<
            (&str, ::std::option::Option<::std::string::String>),
        > = ::std::iter::empty()
            .chain(
                query
                    .into_iter()
                    .flatten()
                    .map(|item| (
                        "query",
                        Some(::std::string::ToString::to_string(&item)),
                    )),
            )
            .chain(
                ::std::iter::once((
                    "value",
                    value.map(|value| ::specgen_runtime::encoding::Rfc3339::text(&value)),
                )),
            )
            .chain(
                ::std::iter::once((
                    "item",
                    item
                        .and(
                            ::specgen_runtime::join_query_items(
                                item
                                    .into_iter()
                                    .flatten()
                                    .map(|item| Some(::std::string::ToString::to_string(item))),
                                ",",
                            ),
                        ),
                )),
            )
            .chain(
                ::std::iter::once((
                    "error",
                    error.map(::std::string::ToString::to_string),
                )),
            )
            .chain(::std::iter::once(("f", f.map(::std::string::ToString::to_string))))
            .chain(
                ::std::iter::once((
                    "status_url",
                    status_url.as_ref().map(::std::string::ToString::to_string),
                )),
            )
            .chain(
                ::std::iter::once((
                    "base_url",
                    base_url.map(::std::string::ToString::to_string),
                )),
            )
            .chain(
                ::std::iter::once((
                    "transport",
                    transport.map(::std::string::ToString::to_string),
                )),
            )
            .collect();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/status/"),
                ::specgen_runtime::PathPart::param("client", client),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("url", url.as_str()),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("request", &request),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("response", response),
            ],
            query: &query,
            headers: &[
                ("Content-Type", Some("application/json".into())),
                ("headers", headers.map(::std::borrow::Cow::Borrowed)),
                ("path", path.map(::std::borrow::Cow::Borrowed)),
                (
                    "idempotent",
                    idempotent
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&value),
                        )),
                ),
                ("method", method.map(::std::borrow::Cow::Borrowed)),
            ],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        StatusResponse::from_raw(response, self.transport.base_url())
    }
    /// Follows the operation that a `202` answer of [`Client::status`] started ([`StatusResponse::Some`]): pass its `operation_location`, the `Operation-Location` header.
    ///
    /// The poller reads that URL with [`Client::default`]'s decoding until the `status` property of the body is a terminal state: succeeded (Debug), failed (Clone). It waits for the server's `Retry-After` between reads when there is one.
    #[must_use]
    pub fn status_poller(
        &self,
        status_url: Url,
    ) -> Poller<DefaultResponse, DefaultError> {
        Poller::new(
            &self.transport,
            status_url,
            &::specgen_runtime::PollSpec {
                status_property: "status",
                succeeded: &["Debug"],
                failed: &["Clone"],
                canceled: &[],
            },
            |response, _| DefaultResponse::from_raw(response),
        )
    }
}
/// What [`Client::status`] answered.
///
/// A variant per success row of the status table of [`Client::status`]: 200 [`Self::Ok`], 202 [`Self::Some`], 203 [`Self::None`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatusResponse {
    /// 200 OK: A row named `Ok`.
    Ok {
        /// The `status` header: A response header named [`status`](Client::status).
        status: i64,
        /// The `base-url` header: A relative URL header named `base-url`.
        base_url: Url,
        /// The `raw` header: A response header named `raw`.
        raw: ::std::string::String,
        /// The response body.
        body: Response,
    },
    /// 202 Accepted: A row named [`Some`](enum@Some).
    Some {
        /// The `Operation-Location` header: Where the operation's status is.
        operation_location: Url,
    },
    /// 203: A row named `None`.
    None,
}
/// Why [`Client::status`] failed.
///
/// A variant per error row of the status table of [`Client::status`]: 400 [`Self::Err`], 404 [`Self::Status`], 409 [`Self::Response`], 410 [`Self::From`], 500 [`Self::Source`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum StatusError {
    /// 400 Bad Request: A row named `Err`.
    Err {
        /// The `raw` header: A response header named `raw`.
        raw: ::std::string::String,
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<Result>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 404 Not Found: A row named `Status`, whose predicate is `is_status`.
    Status {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 409 Conflict: A row named [`Response`](struct@Response), whose predicate is `is_response`.
    Response {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 410: A row named `From`.
    From {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 500 Internal Server Error: A row named `Source`, whose predicate is `is_source`.
    Source {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::Err { .. } => "400 Bad Request: A row named `Err`.",
            Self::Status { .. } => {
                "404 Not Found: A row named `Status`, whose predicate is `is_status`."
            }
            Self::Response { .. } => {
                "409 Conflict: A row named `Response`, whose predicate is `is_response`."
            }
            Self::From { .. } => "410: A row named `From`.",
            Self::Source { .. } => {
                "500 Internal Server Error: A row named `Source`, whose predicate is `is_source`."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl StatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
        base_url: &Url,
    ) -> ::std::result::Result<Self, StatusError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    status: response.header("status")?,
                    base_url: response.url_reference("base-url", base_url)?,
                    raw: response.header("raw")?,
                    body: response.json()?,
                })
            }
            202 => {
                Ok(Self::Some {
                    operation_location: response.header("Operation-Location")?,
                })
            }
            203 => Ok(Self::None),
            400 => {
                Err(StatusError::Err {
                    raw: response.header("raw")?,
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(StatusError::Status {
                    response: response.into(),
                })
            }
            409 => {
                Err(StatusError::Response {
                    response: response.into(),
                })
            }
            410 => {
                Err(StatusError::From {
                    response: response.into(),
                })
            }
            500 => {
                Err(StatusError::Source {
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
