impl Client {
    /// Sends `{"value": "dGVzdA"}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/bytes/property/base64url`
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
    /// | 200 | The model the server received. | [`Base64urlBytesProperty`](struct@Base64urlBytesProperty) |
    ///
    /// By status code: 200 [`PropertyBase64urlResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyBase64urlError`] for every error row above, and [`PropertyBase64urlError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Base64urlBytesProperty, Client, PropertyBase64urlResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_base64url(
    ///         &Base64urlBytesProperty {
    ///             value: ::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyBase64urlResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_base64url(
        &self,
        body: &Base64urlBytesProperty,
    ) -> ::std::result::Result<PropertyBase64urlResponse, PropertyBase64urlError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/bytes/property/base64url"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyBase64urlResponse::from_raw(response)
    }
}
/// What [`Client::property_base64url`] answered.
///
/// A variant per success row of the status table of [`Client::property_base64url`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyBase64urlResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Base64urlBytesProperty,
    },
}
/// Why [`Client::property_base64url`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyBase64urlError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyBase64urlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyBase64urlResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyBase64urlError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
