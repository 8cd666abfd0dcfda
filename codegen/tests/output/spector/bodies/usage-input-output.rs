impl Client {
    /// A record as input and output (`Type_Model_Usage_inputAndOutput`).
    ///
    /// `POST http://localhost:3000/type/model/usage/input-output`
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
    /// | 200 | The body. | [`InputOutputRecord`](struct@InputOutputRecord) |
    ///
    /// By status code: 200 [`UsageInputOutputResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`UsageInputOutputError`] for every error row above, and [`UsageInputOutputError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, InputOutputRecord, UsageInputOutputResponse};
    /// let client = Client::builder().build()?;
    /// match client.usage_input_output(&InputOutputRecord::default()).await? {
    ///     UsageInputOutputResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn usage_input_output(
        &self,
        body: &InputOutputRecord,
    ) -> ::std::result::Result<UsageInputOutputResponse, UsageInputOutputError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/model/usage/input-output"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        UsageInputOutputResponse::from_raw(response)
    }
}
/// What [`Client::usage_input_output`] answered.
///
/// A variant per success row of the status table of [`Client::usage_input_output`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsageInputOutputResponse {
    /// 200 OK: The body.
    Ok {
        /// The response body.
        body: InputOutputRecord,
    },
}
/// Why [`Client::usage_input_output`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UsageInputOutputError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UsageInputOutputError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UsageInputOutputResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UsageInputOutputError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
