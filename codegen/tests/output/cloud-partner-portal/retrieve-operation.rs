impl Client {
    /// Retrieves a particular operation on the offer, for the specified operationId.
    ///
    /// `GET https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>/operations/<operationId>?api-version=2017-10-31`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | publisherId | Publisher identifier, for example `contoso` | String |
    /// | offerId | Offer identifier | String |
    /// | operationId | GUID that uniquely identifies the operation on the offer. The operationId may be retrieved by using the retrieve operations API, and is also returned in the HTTP header of the response for any long running operation, such as the Publish offer API. | GUID |
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
    /// | 200 | `OK` - The request was successfully processed and the operation(s) requested were returned. | [`Operation`](struct@Operation) |
    /// | 400 | `Bad/Malformed request` - The error response body may contain more information. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | `Forbidden` - The client doesn't have access to the specified namespace. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | `Not found` - The specified entity does not exist. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 200 [`RetrieveOperationResponse::Ok`], 400 [`RetrieveOperationError::BadRequest`], 403 [`RetrieveOperationError::Forbidden`], 404 [`RetrieveOperationError::NotFound`].
    ///
    /// # Errors
    ///
    /// [`RetrieveOperationError`] for every error row above, and [`RetrieveOperationError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{Client, RetrieveOperationResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .retrieve_operation(
    ///         "contoso",
    ///         "contoso-virtualmachineoffer",
    ///         "56615b67-2185-49fe-80d2-c4ddf77bb2e8".parse()?,
    ///     )
    ///     .await?
    /// {
    ///     RetrieveOperationResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn retrieve_operation(
        &self,
        publisher_id: &str,
        offer_id: &str,
        operation_id: Uuid,
    ) -> ::std::result::Result<RetrieveOperationResponse, RetrieveOperationError> {
        let operation_id = operation_id.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
                ::specgen_runtime::PathPart::Literal("/operations/"),
                ::specgen_runtime::PathPart::param("operationId", &operation_id),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RetrieveOperationResponse::from_raw(response)
    }
}
/// What [`Client::retrieve_operation`] answered.
///
/// A variant per success row of the status table of [`Client::retrieve_operation`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RetrieveOperationResponse {
    /// 200 OK: `OK` - The request was successfully processed and the operation(s) requested were returned.
    Ok {
        /// The response body.
        body: Operation,
    },
}
/// Why [`Client::retrieve_operation`] failed.
///
/// A variant per error row of the status table of [`Client::retrieve_operation`]: 400 [`Self::BadRequest`], 403 [`Self::Forbidden`], 404 [`Self::NotFound`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum RetrieveOperationError {
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
impl ::std::fmt::Display for RetrieveOperationError {
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
impl RetrieveOperationResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RetrieveOperationError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            400 => {
                Err(RetrieveOperationError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(RetrieveOperationError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(RetrieveOperationError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
