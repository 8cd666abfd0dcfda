impl Client {
    /// Its method is a name that Rust or the generated code gives a meaning of its own.
    ///
    /// `GET https://example.com/clone`
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
    /// By status code: 200 [`CloneResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`CloneError`] for every error row above, and [`CloneError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::generated_names::{Client, CloneResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.clone().await? {
    ///     CloneResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn clone(&self) -> ::std::result::Result<CloneResponse, CloneError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/clone")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        CloneResponse::from_raw(response)
    }
}
/// What [`Client::clone`] answered.
///
/// A variant per success row of the status table of [`Client::clone`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum CloneResponse {
    /// 200 OK: The option.
    Ok {
        /// The response body.
        body: Option,
    },
}
/// Why [`Client::clone`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum CloneError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for CloneError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl CloneResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, CloneError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
