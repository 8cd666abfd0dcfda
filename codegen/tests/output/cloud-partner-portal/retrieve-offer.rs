impl Client {
    /// Retrieves the specified offer within the publisher namespace. If a slot is not specified, the default is `draft`.
    ///
    /// The secret values for secret type fields will not be retrieved by this API.
    ///
    /// `GET https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>?api-version=2017-10-31`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | publisherId | publisherId. For example, Contoso | String |
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
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | `OK` - The request was successfully processed and the offer was returned to the client. | [`Offer`](struct@Offer) |
    /// | 400 | `Bad/Malformed request` - The error response body may contain more information. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | `Forbidden` - The client doesn't have access to the specified namespace. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | `Not found` - The specified entity doesn't exist. Client should check the publisherId, offerId, and version (if specified). | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 200 [`RetrieveOfferResponse::Ok`], 400 [`RetrieveOfferError::BadRequest`], 403 [`RetrieveOfferError::Forbidden`], 404 [`RetrieveOfferError::NotFound`].
    ///
    /// # Errors
    ///
    /// [`RetrieveOfferError`] for every error row above, and [`RetrieveOfferError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{Client, RetrieveOfferResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.retrieve_offer("contoso", "contosovirtualmachine").await? {
    ///     RetrieveOfferResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn retrieve_offer(
        &self,
        publisher_id: &str,
        offer_id: &str,
    ) -> ::std::result::Result<RetrieveOfferResponse, RetrieveOfferError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RetrieveOfferResponse::from_raw(response)
    }
}
/// What [`Client::retrieve_offer`] answered.
///
/// A variant per success row of the status table of [`Client::retrieve_offer`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RetrieveOfferResponse {
    /// 200 OK: `OK` - The request was successfully processed and the offer was returned to the client.
    Ok {
        /// The response body.
        body: Offer,
    },
}
/// Why [`Client::retrieve_offer`] failed.
///
/// A variant per error row of the status table of [`Client::retrieve_offer`]: 400 [`Self::BadRequest`], 403 [`Self::Forbidden`], 404 [`Self::NotFound`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum RetrieveOfferError {
    /// 400 Bad Request: `Bad/Malformed request` - The error response body may contain more information.
    BadRequest {
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
    /// 404 Not Found: `Not found` - The specified entity doesn't exist. Client should check the publisherId, offerId, and version (if specified).
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
impl ::std::fmt::Display for RetrieveOfferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: `Bad/Malformed request` - The error response body may contain more information."
            }
            Self::Forbidden { .. } => {
                "403 Forbidden: `Forbidden` - The client doesn't have access to the specified namespace."
            }
            Self::NotFound { .. } => {
                "404 Not Found: `Not found` - The specified entity doesn't exist. Client should check the publisherId, offerId, and version (if specified)."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl RetrieveOfferResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RetrieveOfferError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            400 => {
                Err(RetrieveOfferError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(RetrieveOfferError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(RetrieveOfferError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
