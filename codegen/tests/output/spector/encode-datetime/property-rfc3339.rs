impl Client {
    /// Sends `{"value": "2022-08-26T18:38:00Z"}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/datetime/property/rfc3339`
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
    /// | 200 | The model the server received. | [`Rfc3339DatetimeProperty`](struct@Rfc3339DatetimeProperty) |
    ///
    /// By status code: 200 [`PropertyRfc3339Response::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyRfc3339Error`] for every error row above, and [`PropertyRfc3339Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Rfc3339DatetimeProperty, PropertyRfc3339Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_rfc3339(
    ///         &Rfc3339DatetimeProperty {
    ///             value: ::specgen_runtime::encoding::Rfc3339::parse(
    ///                 "2022-08-26T18:38:00Z",
    ///             )?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyRfc3339Response::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_rfc3339(
        &self,
        body: &Rfc3339DatetimeProperty,
    ) -> ::std::result::Result<PropertyRfc3339Response, PropertyRfc3339Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/datetime/property/rfc3339"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyRfc3339Response::from_raw(response)
    }
}
/// What [`Client::property_rfc3339`] answered.
///
/// A variant per success row of the status table of [`Client::property_rfc3339`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyRfc3339Response {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Rfc3339DatetimeProperty,
    },
}
/// Why [`Client::property_rfc3339`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyRfc3339Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyRfc3339Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyRfc3339Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyRfc3339Error> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
