impl Client {
    /// Retrieves a particular version of the specified offer within the publisher namespace.
    ///
    /// The secret values for secret type fields will not be retrieved by this API.
    ///
    /// `GET https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>/versions/<version>?api-version=2017-10-31`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | publisherId | publisherId. For example, Contoso | String |
    /// | offerId | Offer identifier | String |
    /// | version | Version of the offer being retrieved. | Integer |
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
    /// By status code: 200 [`RetrieveOfferVersionResponse::Ok`], 400 [`RetrieveOfferVersionError::BadRequest`], 403 [`RetrieveOfferVersionError::Forbidden`], 404 [`RetrieveOfferVersionError::NotFound`].
    ///
    /// # Errors
    ///
    /// [`RetrieveOfferVersionError`] for every error row above, and [`RetrieveOfferVersionError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{Client, RetrieveOfferVersionResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.retrieve_offer_version("contoso", "contosovirtualmachine", 5).await? {
    ///     RetrieveOfferVersionResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn retrieve_offer_version(
        &self,
        publisher_id: &str,
        offer_id: &str,
        version: i64,
    ) -> ::std::result::Result<RetrieveOfferVersionResponse, RetrieveOfferVersionError> {
        let version = version.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
                ::specgen_runtime::PathPart::Literal("/versions/"),
                ::specgen_runtime::PathPart::param("version", &version),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RetrieveOfferVersionResponse::from_raw(response)
    }
}
/// What [`Client::retrieve_offer_version`] answered.
///
/// A variant per success row of the status table of [`Client::retrieve_offer_version`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RetrieveOfferVersionResponse {
    /// 200 OK: `OK` - The request was successfully processed and the offer was returned to the client.
    Ok {
        /// The response body.
        body: Offer,
    },
}
/// Why [`Client::retrieve_offer_version`] failed.
///
/// A variant per error row of the status table of [`Client::retrieve_offer_version`]: 400 [`Self::BadRequest`], 403 [`Self::Forbidden`], 404 [`Self::NotFound`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum RetrieveOfferVersionError {
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
impl ::std::fmt::Display for RetrieveOfferVersionError {
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
impl RetrieveOfferVersionResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RetrieveOfferVersionError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            400 => {
                Err(RetrieveOfferVersionError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(RetrieveOfferVersionError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(RetrieveOfferVersionError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
