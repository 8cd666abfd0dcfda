impl Client {
    /// Sends `{"value": "P40D"}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/iso8601`
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
    /// | 200 | The model the server received. | [`Iso8601DurationProperty`](struct@Iso8601DurationProperty) |
    ///
    /// By status code: 200 [`PropertyIso8601Response::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyIso8601Error`] for every error row above, and [`PropertyIso8601Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Iso8601DurationProperty, PropertyIso8601Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_iso8601(
    ///         &Iso8601DurationProperty {
    ///             value: ::specgen_runtime::encoding::Iso8601::parse("P40D")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyIso8601Response::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_iso8601(
        &self,
        body: &Iso8601DurationProperty,
    ) -> ::std::result::Result<PropertyIso8601Response, PropertyIso8601Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/duration/property/iso8601"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyIso8601Response::from_raw(response)
    }
}
/// What [`Client::property_iso8601`] answered.
///
/// A variant per success row of the status table of [`Client::property_iso8601`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyIso8601Response {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Iso8601DurationProperty,
    },
}
/// Why [`Client::property_iso8601`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyIso8601Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyIso8601Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyIso8601Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyIso8601Error> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
