impl Client {
    /// Sends `{"value": [1686566864, 1686734256]}` and reads the same model back.
    ///
    /// `POST http://localhost:3000/encode/datetime/property/unix-timestamp-array`
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
    /// | 200 | The model the server received. | [`UnixTimestampArrayDatetimeProperty`](struct@UnixTimestampArrayDatetimeProperty) |
    ///
    /// By status code: 200 [`PropertyUnixTimestampArrayResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PropertyUnixTimestampArrayError`] for every error row above, and [`PropertyUnixTimestampArrayError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, UnixTimestampArrayDatetimeProperty, PropertyUnixTimestampArrayResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .property_unix_timestamp_array(
    ///         &UnixTimestampArrayDatetimeProperty {
    ///             value: Vec::from([
    ///                 ::specgen_runtime::encoding::UnixTimestamp::parse("1686566864")?,
    ///                 ::specgen_runtime::encoding::UnixTimestamp::parse("1686734256")?,
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PropertyUnixTimestampArrayResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn property_unix_timestamp_array(
        &self,
        body: &UnixTimestampArrayDatetimeProperty,
    ) -> ::std::result::Result<
        PropertyUnixTimestampArrayResponse,
        PropertyUnixTimestampArrayError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/datetime/property/unix-timestamp-array",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        PropertyUnixTimestampArrayResponse::from_raw(response)
    }
}
/// What [`Client::property_unix_timestamp_array`] answered.
///
/// A variant per success row of the status table of [`Client::property_unix_timestamp_array`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyUnixTimestampArrayResponse {
    /// 200 OK: The model the server received.
    Ok {
        /// The response body.
        body: UnixTimestampArrayDatetimeProperty,
    },
}
/// Why [`Client::property_unix_timestamp_array`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PropertyUnixTimestampArrayError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PropertyUnixTimestampArrayError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PropertyUnixTimestampArrayResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PropertyUnixTimestampArrayError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
