impl Client {
    /// Sends `{"value": "dGVzdA=="}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/bytes/property/base64`
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
    /// | 200 | The model the server received. | [`Base64BytesProperty`](struct@Base64BytesProperty) |
    ///
    /// By status code: 200 [`PropertyBase64Response::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyBase64Error`] for every error row above, and [`PropertyBase64Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Base64BytesProperty, Client, PropertyBase64Response};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_base64(
    ///         &Base64BytesProperty {
    ///             value: ::specgen_runtime::encoding::Base64::parse("dGVzdA==")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyBase64Response::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_base64(
        &self,
        body: &Base64BytesProperty,
    ) -> ::std::result::Result<PropertyBase64Response, PropertyBase64Error> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/encode/bytes/property/base64"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyBase64Response::from_raw(response)
    }
}
/// What [`Client::property_base64`] answered.
///
/// A variant per success row of the status table of [`Client::property_base64`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyBase64Response {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: Base64BytesProperty,
    },
}
/// Why [`Client::property_base64`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyBase64Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyBase64Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyBase64Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyBase64Error> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
