impl Client {
    /// Replaces the settings, and answers the priorities now in use.
    ///
    /// `PUT https://sensors.example.com/settings`
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
    /// | 200 | The priorities in use. | List of [`Priority`](enum@Priority) |
    ///
    /// By status code: 200 [`PutSettingsResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PutSettingsError`] for every error row above, and [`PutSettingsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::scalar_positions::{
    ///     Client, Mode, Priority, Settings, PutSettingsResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .put_settings(
    ///         &Settings {
    ///             priority: Priority::Value1,
    ///             weights: Vec::new(),
    ///             flag: None,
    ///             modes: ::std::collections::BTreeMap::from([
    ///                 ("test".to_owned(), Mode::Thorough),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PutSettingsResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn put_settings(
        &self,
        body: &Settings,
    ) -> ::std::result::Result<PutSettingsResponse, PutSettingsError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[::specgen_runtime::PathPart::Literal("/settings")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PutSettingsResponse::from_raw(response)
    }
}
/// What [`Client::put_settings`] answered.
///
/// A variant per success row of the status table of [`Client::put_settings`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PutSettingsResponse {
    /// 200 OK: The priorities in use.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<Priority>,
    },
}
/// Why [`Client::put_settings`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PutSettingsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PutSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PutSettingsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, PutSettingsError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
