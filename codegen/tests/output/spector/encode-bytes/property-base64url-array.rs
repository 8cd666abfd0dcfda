impl Client {
    /// Sends `{"value": ["dGVzdA", "dGVzdA"]}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/bytes/property/base64url-array`
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
    /// | 200 | The model the server received. | [`Base64urlArrayBytesProperty`](struct@Base64urlArrayBytesProperty) |
    ///
    /// By status code: 200 [`PropertyBase64urlArrayResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyBase64urlArrayError`] for every error row above, and [`PropertyBase64urlArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Base64urlArrayBytesProperty, Client, PropertyBase64urlArrayResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_base64url_array(
    ///         &Base64urlArrayBytesProperty {
    ///             value: Vec::from([
    ///                 ::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?,
    ///                 ::specgen_runtime::encoding::Base64Url::parse("dGVzdA")?,
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyBase64urlArrayResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_base64url_array(
        &self,
        body: &Base64urlArrayBytesProperty,
    ) -> ::std::result::Result<
        PropertyBase64urlArrayResponse,
        PropertyBase64urlArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/bytes/property/base64url-array",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyBase64urlArrayResponse::from_raw(response)
    }
}
/// What [`Client::property_base64url_array`] answered.
///
/// A variant per success row of the status table of [`Client::property_base64url_array`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyBase64urlArrayResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Base64urlArrayBytesProperty,
    },
}
/// Why [`Client::property_base64url_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyBase64urlArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyBase64urlArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyBase64urlArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyBase64urlArrayError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
