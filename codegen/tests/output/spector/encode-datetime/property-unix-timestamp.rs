impl Client {
    /// Sends `{"value": 1686566864}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/datetime/property/unix-timestamp`
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
    /// | 200 | The model the server received. | [`UnixTimestampDatetimeProperty`](struct@UnixTimestampDatetimeProperty) |
    ///
    /// By status code: 200 [`PropertyUnixTimestampResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyUnixTimestampError`] for every error row above, and [`PropertyUnixTimestampError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, UnixTimestampDatetimeProperty, PropertyUnixTimestampResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_unix_timestamp(
    ///         &UnixTimestampDatetimeProperty {
    ///             value: ::specgen_runtime::encoding::UnixTimestamp::parse("1686566864")?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyUnixTimestampResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_unix_timestamp(
        &self,
        body: &UnixTimestampDatetimeProperty,
    ) -> ::std::result::Result<
        PropertyUnixTimestampResponse,
        PropertyUnixTimestampError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/datetime/property/unix-timestamp",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyUnixTimestampResponse::from_raw(response)
    }
}
/// What [`Client::property_unix_timestamp`] answered.
///
/// A variant per success row of the status table of [`Client::property_unix_timestamp`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyUnixTimestampResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: UnixTimestampDatetimeProperty,
    },
}
/// Why [`Client::property_unix_timestamp`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyUnixTimestampError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyUnixTimestampError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyUnixTimestampResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyUnixTimestampError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
