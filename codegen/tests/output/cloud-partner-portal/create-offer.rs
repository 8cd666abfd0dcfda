impl Client {
    /// This call updates a specific offer within the publisher namespace or creates a new offer. To modify an offer, add an `If-Match` header set to `*` (or to the offer's `ETag`) to the request.
    ///
    /// Artifacts, such as images and logos, should be shared by uploading them to an accessible location on the web, then including each as a URI in the PUT request. The system will detect that these files are not present in the Azure marketplace storage and download these files into storage. As a result, you will find that future GET requests will return an Azure marketplace service URL for these files.
    ///
    /// `PUT https://cloudpartner.azure.com/api/publishers/<publisherId>/offers/<offerId>?api-version=2017-10-31`
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
    /// | If-Match | The concurrency control strategy of a modification. The `ETag` of the offer as last retrieved (optimistic concurrency: the call fails with `412 Precondition Failed` when the stored offer has changed since), or `*` (last one wins: the offer is updated without any checks). Leave it out to create a new offer. (String, optional; argument `if_match`) |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | `OK`. The request was successfully processed and offer was modified successfully. | [`Offer`](struct@Offer) |
    /// | 201 | `Created`. The request was successfully processed and the offer was created successfully. | [`Offer`](struct@Offer) |
    /// | 400 | `Bad/Malformed request`. The error response body could provide more information. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 403 | `Forbidden`. The client doesn't have access to the requested namespace. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 404 | `Not found`. The entity referred to by the client does not exist. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 412 | The server does not meet one of the preconditions that the requester specified in the request. The client should check the ETAG sent with the request. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 200 [`CreateOfferResponse::Ok`], 201 [`CreateOfferResponse::Created`], 400 [`CreateOfferError::BadRequest`], 403 [`CreateOfferError::Forbidden`], 404 [`CreateOfferError::NotFound`], 412 [`CreateOfferError::PreconditionFailed`].
    ///
    /// # Errors
    ///
    /// [`CreateOfferError`] for every error row above, and [`CreateOfferError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use cloud_partner_portal::{
    ///     Client, LicenseTerms, Offer, OfferDefinition, OfferListing, Plan, UsefulLink,
    ///     VirtualMachinePricing, VmImage, CreateOfferResponse,
    /// };
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .create_offer(
    ///         "contoso",
    ///         "contosovirtualmachine",
    ///         None,
    ///         &Offer {
    ///             offer_type_id: "microsoft-azure-virtualmachines".to_owned(),
    ///             publisher_id: "contoso".to_owned(),
    ///             status: None,
    ///             id: "contosovirtualmachine".to_owned(),
    ///             version: Some(5),
    ///             offer_type_versions: ::std::collections::BTreeMap::from([
    ///                 ("microsoft-azure-marketplace".to_owned(), 39),
    ///                 ("microsoft-azure-virtualmachines".to_owned(), 87),
    ///             ]),
    ///             definition: OfferDefinition {
    ///                 display_text: "Contoso Virtual Machine Offer".to_owned(),
    ///                 offer: Some(OfferListing {
    ///                     title: Some("Contoso App".to_owned()),
    ///                     summary: Some("Contoso App makes dev ops a breeze".to_owned()),
    ///                     long_summary: Some(
    ///                         "Contoso App makes dev ops a breeze".to_owned(),
    ///                     ),
    ///                     description: Some(
    ///                         "Contoso App makes dev ops a breeze".to_owned(),
    ///                     ),
    ///                     offer_marketing_url_identifier: Some("contosoapp".to_owned()),
    ///                     allowed_subscriptions: Vec::from([
    ///                         "59160c40-2e25-4dcf-a2fd-6514cb08bf08".parse()?,
    ///                     ]),
    ///                     useful_links: Vec::from([
    ///                         UsefulLink {
    ///                             link_title: "Contoso App for Azure".to_owned(),
    ///                             link_url: "https://azuremarketplace.microsoft.com".parse()?,
    ///                         },
    ///                     ]),
    ///                     categories: Vec::from([
    ///                         "devService".to_owned(),
    ///                         "networking".to_owned(),
    ///                         "database".to_owned(),
    ///                         "cache".to_owned(),
    ///                         "security".to_owned(),
    ///                     ]),
    ///                     small_logo: Some(
    ///                         "https://publishingapistore.blob.core.windows.net/testcontent/D6191_publishers_contoso/contosovirtualmachine/6218c455-9cbc-450c-9920-f2e7a69ee132.png?sv=2014-02-14&sr=b&sig=6O8MM9dgiJ48VK0MwddkyVbprRAnBszyhVkVHGShhkI%3D&se=2019-03-28T19%3A46%3A50Z&sp=r"
    ///                             .parse()?,
    ///                     ),
    ///                     medium_logo: Some(
    ///                         "https://publishingapistore.blob.core.windows.net/testcontent/D6191_publishers_contoso/contosovirtualmachine/557e714b-2f31-4e12-b0cc-e48dd840edf4.png?sv=2014-02-14&sr=b&sig=NwL67NTQf9Gc9VScmZehtbHXpYmxhwZc2foy3o4xavs%3D&se=2019-03-28T19%3A46%3A49Z&sp=r"
    ///                             .parse()?,
    ///                     ),
    ///                     large_logo: Some(
    ///                         "https://publishingapistore.blob.core.windows.net/testcontent/D6191_publishers_contoso/contosovirtualmachine/142485da-784c-44cb-9523-d4f396446258.png?sv=2014-02-14&sr=b&sig=xaMxhwx%2FlKYfz33mJGIg8UBdVpsOwVvqhjTJ883o0iY%3D&se=2019-03-28T19%3A46%3A49Z&sp=r"
    ///                             .parse()?,
    ///                     ),
    ///                     wide_logo: Some(
    ///                         "https://publishingapistore.blob.core.windows.net/testcontent/D6191_publishers_contoso/contosovirtualmachine/48af9013-1df7-4c94-8da8-4626e5039ce0.png?sv=2014-02-14&sr=b&sig=%2BnN7f2tprkrqb45ID6JlT01zXcy1PMTkWXtLKD6nfoE%3D&se=2019-03-28T19%3A46%3A49Z&sp=r"
    ///                             .parse()?,
    ///                     ),
    ///                     hero_logo: Some(
    ///                         "https://publishingapistore.blob.core.windows.net/testcontent/D6191_publishers_contoso/contosovirtualmachine/c46ec74d-d214-4fb5-9082-3cee55200eba.png?sv=2014-02-14&sr=b&sig=RfDvjowFGpP4WZGAHylbF2CuXwO2NXOrwycrXEJvJI4%3D&se=2019-03-28T19%3A46%3A49Z&sp=r"
    ///                             .parse()?,
    ///                     ),
    ///                     screenshots: Vec::from([]),
    ///                     videos: Vec::from([]),
    ///                     lead_destination: Some("None".to_owned()),
    ///                     privacy_url: Some(
    ///                         "https://azuremarketplace.microsoft.com".parse()?,
    ///                     ),
    ///                     terms_of_use: Some("Terms of use".to_owned()),
    ///                     engineering_contact_name: Some("Jon Doe".to_owned()),
    ///                     engineering_contact_email: Some("jondoe@outlook.com".to_owned()),
    ///                     engineering_contact_phone: Some("555-555-5555".to_owned()),
    ///                     support_contact_name: Some("Jon Doe".to_owned()),
    ///                     support_contact_email: Some("jondoe@outlook.com".to_owned()),
    ///                     support_contact_phone: Some("555-555-5555".to_owned()),
    ///                     public_azure_support_url: Some("".to_owned()),
    ///                     fairfax_support_url: Some("".to_owned()),
    ///                     additional_properties: ::std::collections::BTreeMap::from([]),
    ///                 }),
    ///                 plans: Vec::from([
    ///                     Plan {
    ///                         plan_id: "contososkuidentifier".to_owned(),
    ///                         sku_title: Some("Contoso App".to_owned()),
    ///                         sku_summary: Some(
    ///                             "Contoso App makes dev ops a breeze.".to_owned(),
    ///                         ),
    ///                         sku_description: Some(
    ///                             "This is a description for the Contoso App that makes dev ops a breeze."
    ///                                 .to_owned(),
    ///                         ),
    ///                         hide_sku_for_solution_template: Some(false),
    ///                         cloud_availability: Vec::from(["PublicAzure".to_owned()]),
    ///                         certifications_fairfax: Vec::new(),
    ///                         virtual_machine_pricing: Some(
    ///                             VirtualMachinePricing::LicenseTerms(LicenseTerms {
    ///                                 is_byol: Some(true),
    ///                                 free_trial_duration_in_months: Some(0),
    ///                             }),
    ///                         ),
    ///                         operating_system_family: Some("Windows".to_owned()),
    ///                         windows_os_type: Some("Other".to_owned()),
    ///                         operation_system: Some("Contoso App".to_owned()),
    ///                         recommended_vm_sizes: Vec::from([
    ///                             "a0-basic".to_owned(),
    ///                             "a0-standard".to_owned(),
    ///                             "a1-basic".to_owned(),
    ///                             "a1-standard".to_owned(),
    ///                             "a2-basic".to_owned(),
    ///                             "a2-standard".to_owned(),
    ///                         ]),
    ///                         open_ports: Vec::from([]),
    ///                         vm_images: ::std::collections::BTreeMap::from([
    ///                             (
    ///                                 "1.0.1".to_owned(),
    ///                                 VmImage {
    ///                                     os_vhd_url: "http://contosoteststorage.blob.core.windows.net/test/contosoVM.vhd?sv=2014-02-14&sr=c&sig=WlDo6Q4xwYH%2B5QEJbItPUVdgHhBcrVxPBmntZ2vU96w%3D&st=2016-06-25T18%3A30%3A00Z&se=2017-06-25T18%3A30%3A00Z&sp=rl"
    ///                                         .parse()?,
    ///                                     lun_vhd_details: Vec::from([]),
    ///                                 },
    ///                             ),
    ///                         ]),
    ///                         regions: Vec::from(["AZ".to_owned()]),
    ///                         additional_properties: ::std::collections::BTreeMap::from([]),
    ///                     },
    ///                 ]),
    ///             },
    ///             changed_time: None,
    ///             e_tag: Some(
    ///                 "W/\"datetime'2017-06-07T06%3A15%3A40.4771399Z'\"".to_owned(),
    ///             ),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     CreateOfferResponse::Ok { .. } => println!("200: Ok"),
    ///     CreateOfferResponse::Created { .. } => println!("201: Created"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn create_offer(
        &self,
        publisher_id: &str,
        offer_id: &str,
        if_match: ::std::option::Option<&str>,
        body: &Offer,
    ) -> ::std::result::Result<CreateOfferResponse, CreateOfferError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/api/publishers/"),
                ::specgen_runtime::PathPart::param("publisherId", publisher_id),
                ::specgen_runtime::PathPart::Literal("/offers/"),
                ::specgen_runtime::PathPart::param("offerId", offer_id),
            ],
            query: &[],
            headers: &[
                ("Content-Type", Some("application/json".into())),
                ("If-Match", if_match.map(::std::borrow::Cow::Borrowed)),
            ],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        CreateOfferResponse::from_raw(response)
    }
}
/// What [`Client::create_offer`] answered.
///
/// A variant per success row of the status table of [`Client::create_offer`]: 200 [`Self::Ok`], 201 [`Self::Created`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOfferResponse {
    /// 200 OK: `OK`. The request was successfully processed and offer was modified successfully.
    Ok {
        /// The response body.
        body: Offer,
    },
    /// 201 Created: `Created`. The request was successfully processed and the offer was created successfully.
    Created {
        /// The response body.
        body: Offer,
    },
}
/// Why [`Client::create_offer`] failed.
///
/// A variant per error row of the status table of [`Client::create_offer`]: 400 [`Self::BadRequest`], 403 [`Self::Forbidden`], 404 [`Self::NotFound`], 412 [`Self::PreconditionFailed`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateOfferError {
    /// 400 Bad Request: `Bad/Malformed request`. The error response body could provide more information.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 403 Forbidden: `Forbidden`. The client doesn't have access to the requested namespace.
    Forbidden {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 404 Not Found: `Not found`. The entity referred to by the client does not exist.
    NotFound {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 412 Precondition Failed: The server does not meet one of the preconditions that the requester specified in the request. The client should check the ETAG sent with the request.
    PreconditionFailed {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for CreateOfferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: `Bad/Malformed request`. The error response body could provide more information."
            }
            Self::Forbidden { .. } => {
                "403 Forbidden: `Forbidden`. The client doesn't have access to the requested namespace."
            }
            Self::NotFound { .. } => {
                "404 Not Found: `Not found`. The entity referred to by the client does not exist."
            }
            Self::PreconditionFailed { .. } => {
                "412 Precondition Failed: The server does not meet one of the preconditions that the requester specified in the request. The client should check the ETAG sent with the request."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl CreateOfferResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, CreateOfferError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            201 => {
                Ok(Self::Created {
                    body: response.json()?,
                })
            }
            400 => {
                Err(CreateOfferError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            403 => {
                Err(CreateOfferError::Forbidden {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            404 => {
                Err(CreateOfferError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            412 => {
                Err(CreateOfferError::PreconditionFailed {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
