impl Client {
    /// This API starts the process for pushing an app to production. This operation is usually long-running. This call uses the notification email list from the Publish API operation.
    ///
    /// `POST https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>/golive?api-version=2017-10-31`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | publisherId | Publisher identifier of the offer, for example `contoso` | String |
    /// | offerId | Offer identifier of the offer | String |
    /// | api-version | Current version of API | Date |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | Authorization | `Bearer YOUR_TOKEN` |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 202 | `Accepted` - The request was successfully accepted. The response contains a location to track the operation status. | |
    /// | 400 | `Bad/Malformed request` - Additional error information is found within the response body. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | `Not found` - The specified entity does not exist. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | `Forbidden` - The client doesn't have access to the specified namespace. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 202 [`GoLiveResponse::Accepted`], 400 [`GoLiveError::BadRequest`], 404 [`GoLiveError::NotFound`], 403 [`GoLiveError::Forbidden`].
    ///
    /// # Errors
    ///
    /// [`GoLiveError`] for every error row above, and [`GoLiveError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{Client, GoLiveResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.go_live("contoso", "contoso-virtualmachineoffer").await? {
    ///     GoLiveResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn go_live(
        &self,
        publisher_id: &str,
        offer_id: &str,
    ) -> ::std::result::Result<GoLiveResponse, GoLiveError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
                ::specgen_runtime::PathPart::Literal("/golive"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: None,
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        GoLiveResponse::from_raw(response)
    }
    /// Follows the operation that a `202` answer of [`Client::go_live`] started ([`GoLiveResponse::Accepted`]): pass its `operation_location`, the `Operation-Location` header.
    ///
    /// The poller reads that URL with [`Client::retrieve_operation`]'s decoding until the `status` property of the body is a terminal state: succeeded (completed), failed (failed), canceled (canceled). It waits for the server's `Retry-After` between reads when there is one. Cancel it with [`Client::cancel_operation`]; the poller then reports it canceled.
    #[must_use]
    pub fn go_live_poller(
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
/// What [`Client::go_live`] answered.
///
/// A variant per success row of the status table of [`Client::go_live`]: 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
pub enum GoLiveResponse {
    /// 202 Accepted: `Accepted` - The request was successfully accepted. The response contains a location to track the operation status.
    Accepted {
        /// The `Operation-Location` header: URL to query to determine the current status of the operation
        operation_location: Url,
    },
}
/// Why [`Client::go_live`] failed.
///
/// A variant per error row of the status table of [`Client::go_live`]: 400 [`Self::BadRequest`], 404 [`Self::NotFound`], 403 [`Self::Forbidden`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum GoLiveError {
    /// 400 Bad Request: `Bad/Malformed request` - Additional error information is found within the response body.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 404 Not Found: `Not found` - The specified entity does not exist.
    NotFound {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 403 Forbidden: `Forbidden` - The client doesn't have access to the specified namespace.
    Forbidden {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GoLiveError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: `Bad/Malformed request` - Additional error information is found within the response body."
            }
            Self::NotFound { .. } => {
                "404 Not Found: `Not found` - The specified entity does not exist."
            }
            Self::Forbidden { .. } => {
                "403 Forbidden: `Forbidden` - The client doesn't have access to the specified namespace."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl GoLiveResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, GoLiveError> {
        match response.status.as_u16() {
            202 => {
                Ok(Self::Accepted {
                    operation_location: response.header("Operation-Location")?,
                })
            }
            400 => {
                Err(GoLiveError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(GoLiveError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(GoLiveError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
