impl Client {
    /// Sends `{"value": "P40D"}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/duration/property/default`
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
    /// | 200 | The model the server received. | [`DefaultDurationProperty`](struct@DefaultDurationProperty) |
    ///
    /// By status code: 200 [`PropertyDefaultResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyDefaultError`] for every error row above, and [`PropertyDefaultError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DefaultDurationProperty, PropertyDefaultResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_default(
    ///         &DefaultDurationProperty {
    ///             value: ::specgen_runtime::encoding::Iso8601::parse("P40D")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyDefaultResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_default(
        &self,
        body: &DefaultDurationProperty,
    ) -> ::std::result::Result<PropertyDefaultResponse, PropertyDefaultError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/duration/property/default"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyDefaultResponse::from_raw(response)
    }
}
/// What [`Client::property_default`] answered.
///
/// A variant per success row of the status table of [`Client::property_default`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyDefaultResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: DefaultDurationProperty,
    },
}
/// Why [`Client::property_default`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyDefaultError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyDefaultResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyDefaultError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
