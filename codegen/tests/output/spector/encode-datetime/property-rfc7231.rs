impl Client {
    /// Sends `{"value": "Fri, 26 Aug 2022 14:38:00 GMT"}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/datetime/property/rfc7231`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the server received. | [`Rfc7231DatetimeProperty`](struct@Rfc7231DatetimeProperty) |
    ///
    /// By status code: 200 [`PropertyRfc7231Response::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyRfc7231Error`] for every error row above, and [`PropertyRfc7231Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Rfc7231DatetimeProperty, PropertyRfc7231Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_rfc7231(
    ///         &Rfc7231DatetimeProperty {
    ///             value: ::specgen_runtime::encoding::Rfc7231::parse(
    ///                 "Fri, 26 Aug 2022 14:38:00 GMT",
    ///             )?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyRfc7231Response::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_rfc7231(
        &self,
        body: &Rfc7231DatetimeProperty,
    ) -> ::std::result::Result<PropertyRfc7231Response, PropertyRfc7231Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/datetime/property/rfc7231"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyRfc7231Response::from_raw(response)
    }
}
/// What [`Client::property_rfc7231`] answered.
///
/// A variant per success row of the status table of [`Client::property_rfc7231`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyRfc7231Response {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Rfc7231DatetimeProperty,
    },
}
/// Why [`Client::property_rfc7231`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyRfc7231Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyRfc7231Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyRfc7231Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyRfc7231Error> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
