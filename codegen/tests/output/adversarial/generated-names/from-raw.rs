impl Client {
    /// Its method is a name that Rust or the generated code gives a meaning of its own.
    ///
    /// `POST https://example.com/from-raw`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Authorization | `Bearer YOUR_TOKEN` |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The option. | [`Option`](struct@Option) |
    ///
    /// By status code: 200 [`FromRawResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`FromRawError`] for every error row above, and [`FromRawError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::generated_names::{Client, FromRawResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.from_raw().await? {
    ///     FromRawResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn from_raw(
        &self,
    ) -> ::std::result::Result<FromRawResponse, FromRawError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/from-raw")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        FromRawResponse::from_raw(response)
    }
}
/// What [`Client::from_raw`] answered.
///
/// A variant per success row of the status table of [`Client::from_raw`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum FromRawResponse {
    /// 200 OK: The option.
    Ok {
        /// The response body.
        body: Option,
    },
}
/// Why [`Client::from_raw`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum FromRawError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for FromRawError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl FromRawResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, FromRawError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
