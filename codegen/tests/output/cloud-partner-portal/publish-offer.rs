impl Client {
    /// Starts the publishing process for the specified offer. This call is a long running operation.
    ///
    /// `POST https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>/publish?api-version=2017-10-31`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | publisherId | Publisher identifier, for example `contoso` | String |
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
    /// | 202 | `Accepted` - The request was successfully accepted. The response contains a location that can be used to track the operation that is launched. | |
    /// | 400 | `Bad/Malformed request` - The error response body may provide more information. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 422 | `Un-processable entity` - Indicates that the entity to be published failed validation. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | `Not found` - The entity specified by the client doesn't exist. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | `Forbidden` - The client doesn't have access to the specified namespace. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 202 [`PublishOfferResponse::Accepted`], 400 [`PublishOfferError::BadRequest`], 422 [`PublishOfferError::UnprocessableEntity`], 404 [`PublishOfferError::NotFound`], 403 [`PublishOfferError::Forbidden`].
    ///
    /// # Errors
    ///
    /// [`PublishOfferError`] for every error row above, and [`PublishOfferError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{
    ///     Client, PublishOfferRequest, PublishOfferRequestMetadata, PublishOfferResponse,
    /// };
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .publish_offer(
    ///         "contoso",
    ///         "contoso-virtualmachineoffer",
    ///         &PublishOfferRequest {
    ///             metadata: PublishOfferRequestMetadata {
    ///                 notification_emails: Vec::from(["jdoe@contoso.com".parse()?]),
    ///             },
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PublishOfferResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn publish_offer(
        &self,
        publisher_id: &str,
        offer_id: &str,
        body: &PublishOfferRequest,
    ) -> ::std::result::Result<PublishOfferResponse, PublishOfferError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
                ::specgen_runtime::PathPart::Literal("/publish"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PublishOfferResponse::from_raw(response, self.transport.base_url())
    }
    /// Follows the operation that a `202` answer of [`Client::publish_offer`] started ([`PublishOfferResponse::Accepted`]): pass its `operation_location`, the `Operation-Location` header.
    ///
    /// The poller reads that URL with [`Client::retrieve_operation`]'s decoding until the `status` property of the body is a terminal state: succeeded (completed), failed (failed), canceled (canceled). It waits for the server's `Retry-After` between reads when there is one. Cancel it with [`Client::cancel_operation`]; the poller then reports it canceled.
    #[must_use]
    pub fn publish_offer_poller(
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
/// What [`Client::publish_offer`] answered.
///
/// A variant per success row of the status table of [`Client::publish_offer`]: 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
pub enum PublishOfferResponse {
    /// 202 Accepted: `Accepted` - The request was successfully accepted. The response contains a location that can be used to track the operation that is launched.
    Accepted {
        /// The `Operation-Location` header: URL that can be queried to determine the current status of the operation.
        operation_location: Url,
    },
}
/// Why [`Client::publish_offer`] failed.
///
/// A variant per error row of the status table of [`Client::publish_offer`]: 400 [`Self::BadRequest`], 422 [`Self::UnprocessableEntity`], 404 [`Self::NotFound`], 403 [`Self::Forbidden`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum PublishOfferError {
    /// 400 Bad Request: `Bad/Malformed request` - The error response body may provide more information.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 422 Unprocessable Entity: `Un-processable entity` - Indicates that the entity to be published failed validation.
    UnprocessableEntity {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 404 Not Found: `Not found` - The entity specified by the client doesn't exist.
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
impl ::std::fmt::Display for PublishOfferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: `Bad/Malformed request` - The error response body may provide more information."
            }
            Self::UnprocessableEntity { .. } => {
                "422 Unprocessable Entity: `Un-processable entity` - Indicates that the entity to be published failed validation."
            }
            Self::NotFound { .. } => {
                "404 Not Found: `Not found` - The entity specified by the client doesn't exist."
            }
            Self::Forbidden { .. } => {
                "403 Forbidden: `Forbidden` - The client doesn't have access to the specified namespace."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl PublishOfferResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
        base_url: &Url,
    ) -> ::std::result::Result<Self, PublishOfferError> {
        match response.status.as_u16() {
            202 => {
                Ok(Self::Accepted {
                    operation_location: response
                        .url_reference("Operation-Location", base_url)?,
                })
            }
            400 => {
                Err(PublishOfferError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            422 => {
                Err(PublishOfferError::UnprocessableEntity {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(PublishOfferError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(PublishOfferError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
