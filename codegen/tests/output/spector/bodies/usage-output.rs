impl Client {
    /// A record as output (`Type_Model_Usage_output`).
    ///
    /// `GET http://localhost:3000/type/model/usage/output`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The body. | [`OutputRecord`](struct@OutputRecord) |
    ///
    /// By status code: 200 [`UsageOutputResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`UsageOutputError`] for every error row above, and [`UsageOutputError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UsageOutputResponse};
    /// let client = Client::builder().build()?;
    /// match client.usage_output().await? {
    ///     UsageOutputResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn usage_output(
        &self,
    ) -> ::std::result::Result<UsageOutputResponse, UsageOutputError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/model/usage/output")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UsageOutputResponse::from_raw(response)
    }
}
/// What [`Client::usage_output`] answered.
///
/// A variant per success row of the status table of [`Client::usage_output`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum UsageOutputResponse {
    /// 200 OK: The body.
    Ok {
        /// The response body.
        body: OutputRecord,
    },
}
/// Why [`Client::usage_output`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UsageOutputError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UsageOutputError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UsageOutputResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, UsageOutputError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
