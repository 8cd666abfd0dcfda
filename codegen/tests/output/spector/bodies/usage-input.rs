impl Client {
    /// A record as input (`Type_Model_Usage_input`).
    ///
    /// `POST http://localhost:3000/type/model/usage/input`
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
    /// | 204 | The server received the expected request. | |
    ///
    /// By status code: 204 [`UsageInputResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`UsageInputError`] for every error row above, and [`UsageInputError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, InputRecord, UsageInputResponse};
    /// let client = Client::builder().build()?;
    /// match client.usage_input(&InputRecord::default()).await? {
    ///     UsageInputResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn usage_input(
        &self,
        body: &InputRecord,
    ) -> ::std::result::Result<UsageInputResponse, UsageInputError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/type/model/usage/input")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        UsageInputResponse::from_raw(response)
    }
}
/// What [`Client::usage_input`] answered.
///
/// A variant per success row of the status table of [`Client::usage_input`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsageInputResponse {
    /// 204 No Content: The server received the expected request.
    NoContent,
}
/// Why [`Client::usage_input`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UsageInputError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UsageInputError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UsageInputResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, UsageInputError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
