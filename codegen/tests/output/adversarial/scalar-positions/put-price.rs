impl Client {
    /// Stores a price, and answers it with its total.
    ///
    /// `PUT https://sensors.example.com/prices/<amount>/<units>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | amount | The amount. | Decimal |
    /// | units | The units. | Unsigned integer (32-bit), as a string |
    /// | discount | The discount, exact. (optional) | Decimal |
    /// | tiers | The tiers to price. (optional) (`tiers=a,b`) | List of Decimal |
    /// | taxed | Whether tax applies. (optional) | Boolean, as a string |
    /// | listed | The seller's time of listing. (optional) | Date-time (no offset) |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | X-Rate | The exchange rate. (Decimal; argument `x_rate`) |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The price stored. | [`Price`](struct@Price) |
    /// | 202 | The amounts still being priced, null for one not priced yet. | List of Decimal or null |
    /// | 400 | The amount over the limit. | Decimal |
    ///
    /// By status code: 200 [`PutPriceResponse::Ok`], 202 [`PutPriceResponse::Accepted`], 400 [`PutPriceError::BadRequest`].
    ///
    /// # Errors
    ///
    /// [`PutPriceError`] for every error row above, and [`PutPriceError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::scalar_positions::{Client, Price, PutPriceResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .put_price(
    ///         ::specgen_runtime::encoding::DecimalNumber::parse("0.33333")?,
    ///         42,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         ::specgen_runtime::encoding::DecimalNumber::parse("1.0825")?,
    ///         &Price::default(),
    ///     )
    ///     .await?
    /// {
    ///     PutPriceResponse::Ok { .. } => println!("200: Ok"),
    ///     PutPriceResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    #[allow(clippy::too_many_arguments)]
    pub async fn put_price(
        &self,
        amount: ::specgen_runtime::Decimal,
        units: u32,
        discount: ::std::option::Option<::specgen_runtime::Decimal>,
        tiers: ::std::option::Option<&[::specgen_runtime::Decimal]>,
        taxed: ::std::option::Option<bool>,
        listed: ::std::option::Option<::specgen_runtime::chrono::NaiveDateTime>,
        x_rate: ::specgen_runtime::Decimal,
        body: &Price,
    ) -> ::std::result::Result<PutPriceResponse, PutPriceError> {
        let amount = ::specgen_runtime::encoding::DecimalNumber::text(&amount);
        let units = ::specgen_runtime::encoding::NumberString::text(&units);
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/prices/"),
                ::specgen_runtime::PathPart::param("amount", &amount),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("units", &units),
            ],
            query: &[
                (
                    "discount",
                    discount
                        .map(|value| ::specgen_runtime::encoding::DecimalNumber::text(
                            &value,
                        )),
                ),
                (
                    "tiers",
                    tiers
                        .and(
                            ::specgen_runtime::join_query_items(
                                tiers
                                    .into_iter()
                                    .flatten()
                                    .map(|item| Some(
                                        ::specgen_runtime::encoding::DecimalNumber::text(item),
                                    )),
                                ",",
                            ),
                        ),
                ),
                (
                    "taxed",
                    taxed
                        .map(|value| ::specgen_runtime::encoding::BooleanString::text(
                            &value,
                        )),
                ),
                (
                    "listed",
                    listed
                        .map(|value| ::specgen_runtime::encoding::LocalIso8601::text(
                            &value,
                        )),
                ),
            ],
            headers: &[
                ("Content-Type", Some("application/json".into())),
                (
                    "X-Rate",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::DecimalNumber::text(&x_rate),
                        ),
                    ),
                ),
            ],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PutPriceResponse::from_raw(response)
    }
}
/// What [`Client::put_price`] answered.
///
/// A variant per success row of the status table of [`Client::put_price`]: 200 [`Self::Ok`], 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PutPriceResponse {
    /// 200 OK: The price stored.
    Ok {
        /// The `X-Total` header: The total, exact.
        x_total: ::specgen_runtime::Decimal,
        /// The `X-Count` header: The count.
        x_count: i64,
        /// The `X-Opens` header: When the price applies each day.
        x_opens: ::specgen_runtime::chrono::NaiveTime,
        /// The `X-Listed` header: When the price was listed.
        x_listed: ::specgen_runtime::chrono::NaiveDateTime,
        /// The response body.
        body: Price,
    },
    /// 202 Accepted: The amounts still being priced, null for one not priced yet.
    Accepted {
        /// The response body.
        body: ::std::vec::Vec<::std::option::Option<::specgen_runtime::Decimal>>,
    },
}
/// Why [`Client::put_price`] failed.
///
/// A variant per error row of the status table of [`Client::put_price`]: 400 [`Self::BadRequest`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutPriceError {
    /// 400 Bad Request: The amount over the limit.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<::specgen_runtime::Decimal>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PutPriceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => "400 Bad Request: The amount over the limit.",
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl PutPriceResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, PutPriceError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    x_total: response
                        .header_with(
                            "X-Total",
                            ::specgen_runtime::encoding::DecimalNumber::parse,
                        )?,
                    x_count: response
                        .header_with(
                            "X-Count",
                            ::specgen_runtime::encoding::NumberString::parse,
                        )?,
                    x_opens: response.header("X-Opens")?,
                    x_listed: response
                        .header_with(
                            "X-Listed",
                            ::specgen_runtime::encoding::LocalIso8601::parse,
                        )?,
                    body: response.json()?,
                })
            }
            202 => {
                Ok(Self::Accepted {
                    body: response
                        .json_as::<
                            _,
                            ::std::vec::Vec<
                                ::std::option::Option<
                                    ::specgen_runtime::encoding::DecimalNumber,
                                >,
                            >,
                        >()?,
                })
            }
            400 => {
                Err(PutPriceError::BadRequest {
                    body: response
                        .optional_json_as::<
                            _,
                            ::specgen_runtime::encoding::DecimalNumber,
                        >()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
