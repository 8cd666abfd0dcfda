impl Client {
    /// Retrieves the current status of the offer.
    ///
    /// `GET https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>/status?api-version=2017-10-31`
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
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | `OK` - The request was successfully processed, and the current status of the offer was returned. | [`OfferStatusReport`](struct@OfferStatusReport) |
    /// | 400 | `Bad/Malformed request` - The error response body may contain more information. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | `Not found` - The specified entity doesn't exist. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | `Forbidden` - The client doesn't have access to the specified namespace. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 200 [`RetrieveOfferStatusResponse::Ok`], 400 [`RetrieveOfferStatusError::BadRequest`], 404 [`RetrieveOfferStatusError::NotFound`], 403 [`RetrieveOfferStatusError::Forbidden`].
    ///
    /// # Errors
    ///
    /// [`RetrieveOfferStatusError`] for every error row above, and [`RetrieveOfferStatusError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{Client, RetrieveOfferStatusResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.retrieve_offer_status("contoso", "contosovirtualmachine").await? {
    ///     RetrieveOfferStatusResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn retrieve_offer_status(
        &self,
        publisher_id: &str,
        offer_id: &str,
    ) -> ::std::result::Result<RetrieveOfferStatusResponse, RetrieveOfferStatusError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
                ::specgen_runtime::PathPart::Literal("/status"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RetrieveOfferStatusResponse::from_raw(response)
    }
}
/// What [`Client::retrieve_offer_status`] answered.
///
/// A variant per success row of the status table of [`Client::retrieve_offer_status`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RetrieveOfferStatusResponse {
    /// 200 OK: `OK` - The request was successfully processed, and the current status of the offer was returned.
    Ok {
        /// The response body.
        body: OfferStatusReport,
    },
}
/// Why [`Client::retrieve_offer_status`] failed.
///
/// A variant per error row of the status table of [`Client::retrieve_offer_status`]: 400 [`Self::BadRequest`], 404 [`Self::NotFound`], 403 [`Self::Forbidden`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum RetrieveOfferStatusError {
    /// 400 Bad Request: `Bad/Malformed request` - The error response body may contain more information.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 404 Not Found: `Not found` - The specified entity doesn't exist.
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
impl ::std::fmt::Display for RetrieveOfferStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: `Bad/Malformed request` - The error response body may contain more information."
            }
            Self::NotFound { .. } => {
                "404 Not Found: `Not found` - The specified entity doesn't exist."
            }
            Self::Forbidden { .. } => {
                "403 Forbidden: `Forbidden` - The client doesn't have access to the specified namespace."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl RetrieveOfferStatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RetrieveOfferStatusError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            400 => {
                Err(RetrieveOfferStatusError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(RetrieveOfferStatusError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(RetrieveOfferStatusError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
