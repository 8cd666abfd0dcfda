impl Client {
    /// This API cancels an operation currently in progress on the offer. Cancellation is usually a synchronous operation, however in some complex scenarios a new operation may be required to cancel an existing one. In this case, the `Operation-Location` response header contains the operation's location that should be used to query status.
    ///
    /// You can provide a comma-separated list of email addresses with the request, and the API will notify these addresses about the progress of the operation.
    ///
    /// `POST https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>/cancel?api-version=2017-10-31`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | publisherId | Publisher identifier, for example, `contoso` | String |
    /// | offerId | Offer identifier | String |
    /// | api-version | Current version of API | Date |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | Authorization | `Bearer YOUR_TOKEN` |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | Ok. The request was successfully processed and the operation is canceled synchronously. | |
    /// | 202 | Accepted. The request was successfully processed and the operation is in the process of being canceled. Location of the cancellation operation is returned in the response header. | |
    /// | 400 | Bad/Malformed request. The error response body could provide more information. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | Access Forbidden. The client does not have access to the namespace specified in the request. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | Not found. The specified entity does not exist. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 200 [`CancelOperationResponse::Canceled`], 202 [`CancelOperationResponse::Accepted`], 400 [`CancelOperationError::BadRequest`], 403 [`CancelOperationError::Forbidden`], 404 [`CancelOperationError::NotFound`].
    ///
    /// # Errors
    ///
    /// [`CancelOperationError`] for every error row above, and [`CancelOperationError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{
    ///     CancelOperationRequest, CancelOperationRequestMetadata, Client,
    ///     CancelOperationResponse,
    /// };
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .cancel_operation(
    ///         "contoso",
    ///         "contoso-virtualmachineoffer",
    ///         &CancelOperationRequest {
    ///             metadata: CancelOperationRequestMetadata {
    ///                 notification_emails: Vec::from(["jondoe@contoso.com".parse()?]),
    ///             },
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     CancelOperationResponse::Canceled => println!("200: Canceled"),
    ///     CancelOperationResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn cancel_operation(
        &self,
        publisher_id: &str,
        offer_id: &str,
        body: &CancelOperationRequest,
    ) -> ::std::result::Result<CancelOperationResponse, CancelOperationError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
                ::specgen_runtime::PathPart::Literal("/cancel"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        CancelOperationResponse::from_raw(response)
    }
    /// Follows the operation that a `202` answer of [`Client::cancel_operation`] started ([`CancelOperationResponse::Accepted`]): pass its `operation_location`, the `Operation-Location` header.
    ///
    /// The poller reads that URL with [`Client::retrieve_operation`]'s decoding until the `status` property of the body is a terminal state: succeeded (completed), failed (failed), canceled (canceled). It waits for the server's `Retry-After` between reads when there is one.
    #[must_use]
    pub fn cancel_operation_poller(
        &self,
        status_url: Url,
    ) -> Poller<RetrieveOperationResponse, RetrieveOperationError> {
        Poller::new(
            &self.transport,
            status_url,
            &::specgen_runtime::PollSpec {
                status_property: "status",
                succeeded: &["completed"],
                failed: &["failed"],
                canceled: &["canceled"],
            },
            |response, _| RetrieveOperationResponse::from_raw(response),
        )
    }
}
/// What [`Client::cancel_operation`] answered.
///
/// A variant per success row of the status table of [`Client::cancel_operation`]: 200 [`Self::Canceled`], 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
pub enum CancelOperationResponse {
    /// 200 OK: Ok. The request was successfully processed and the operation is canceled synchronously.
    Canceled,
    /// 202 Accepted: Accepted. The request was successfully processed and the operation is in the process of being canceled. Location of the cancellation operation is returned in the response header.
    Accepted {
        /// The `Operation-Location` header: URL, which can be queried to determine the current status of the operation.
        operation_location: Url,
    },
}
/// Why [`Client::cancel_operation`] failed.
///
/// A variant per error row of the status table of [`Client::cancel_operation`]: 400 [`Self::BadRequest`], 403 [`Self::Forbidden`], 404 [`Self::NotFound`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelOperationError {
    /// 400 Bad Request: Bad/Malformed request. The error response body could provide more information.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 403 Forbidden: Access Forbidden. The client does not have access to the namespace specified in the request.
    Forbidden {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 404 Not Found: Not found. The specified entity does not exist.
    NotFound {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for CancelOperationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: Bad/Malformed request. The error response body could provide more information."
            }
            Self::Forbidden { .. } => {
                "403 Forbidden: Access Forbidden. The client does not have access to the namespace specified in the request."
            }
            Self::NotFound { .. } => {
                "404 Not Found: Not found. The specified entity does not exist."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl CancelOperationResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, CancelOperationError> {
        match response.status.as_u16() {
            200 => Ok(Self::Canceled),
            202 => {
                Ok(Self::Accepted {
                    operation_location: response.header("Operation-Location")?,
                })
            }
            400 => {
                Err(CancelOperationError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(CancelOperationError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(CancelOperationError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
