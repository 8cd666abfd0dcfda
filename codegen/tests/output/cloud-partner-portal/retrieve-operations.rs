impl Client {
    /// Retrieves all the operations on the offer. The client may use query parameters to filter on running operations.
    ///
    /// `GET https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>/submissions?api-version=2017-10-31`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | publisherId | Publisher identifier, for example `contoso` | String |
    /// | offerId | Offer identifier | String |
    /// | status | Optional query parameter used to filter by status (for example `running`) on the collection returned by this API. (optional) | String |
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
    /// | 200 | `OK` - The request was successfully processed and the operation(s) requested were returned. | List of [`Submission`](struct@Submission) |
    /// | 400 | `Bad/Malformed request` - The error response body may contain more information. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | `Forbidden` - The client doesn't have access to the specified namespace. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | `Not found` - The specified entity does not exist. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 200 [`RetrieveOperationsResponse::Ok`], 400 [`RetrieveOperationsError::BadRequest`], 403 [`RetrieveOperationsError::Forbidden`], 404 [`RetrieveOperationsError::NotFound`].
    ///
    /// # Errors
    ///
    /// [`RetrieveOperationsError`] for every error row above, and [`RetrieveOperationsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{Client, RetrieveOperationsResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .retrieve_operations("contoso", "contoso-virtualmachineoffer", None)
    ///     .await?
    /// {
    ///     RetrieveOperationsResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn retrieve_operations(
        &self,
        publisher_id: &str,
        offer_id: &str,
        status: ::std::option::Option<&str>,
    ) -> ::std::result::Result<RetrieveOperationsResponse, RetrieveOperationsError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
                ::specgen_runtime::PathPart::Literal("/submissions"),
            ],
            query: &[("status", status.map(::std::string::ToString::to_string))],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RetrieveOperationsResponse::from_raw(response)
    }
}
/// What [`Client::retrieve_operations`] answered.
///
/// A variant per success row of the status table of [`Client::retrieve_operations`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RetrieveOperationsResponse {
    /// 200 OK: `OK` - The request was successfully processed and the operation(s) requested were returned.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<Submission>,
    },
}
/// Why [`Client::retrieve_operations`] failed.
///
/// A variant per error row of the status table of [`Client::retrieve_operations`]: 400 [`Self::BadRequest`], 403 [`Self::Forbidden`], 404 [`Self::NotFound`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum RetrieveOperationsError {
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
    /// 404 Not Found: `Not found` - The specified entity does not exist.
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
impl ::std::fmt::Display for RetrieveOperationsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: `Bad/Malformed request` - The error response body may contain more information."
            }
            Self::Forbidden { .. } => {
                "403 Forbidden: `Forbidden` - The client doesn't have access to the specified namespace."
            }
            Self::NotFound { .. } => {
                "404 Not Found: `Not found` - The specified entity does not exist."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl RetrieveOperationsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RetrieveOperationsError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            400 => {
                Err(RetrieveOperationsError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(RetrieveOperationsError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(RetrieveOperationsError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
