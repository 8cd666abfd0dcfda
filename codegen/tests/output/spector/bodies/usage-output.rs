impl Client {
    /// A record as output (`Type_Model_Usage_output`).
    ///
    /// `GET http://localhost:3000/type/model/usage/output`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | The body. |
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
        let response = self
            .transport
            .send(::specgen_runtime::Request {
                method: ::specgen_runtime::Method::GET,
                path: &[
                    ::specgen_runtime::PathPart::Literal("/type/model/usage/output"),
                ],
                query: &[],
                headers: &[],
                body: None,
                idempotent: true,
            })
            .await?;
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
impl UsageOutputError {
    /// The response as received, when a whole one arrived.
    #[must_use]
    pub fn response(&self) -> ::std::option::Option<&RawResponse> {
        match self {
            Self::Failure(failure) => failure.response(),
        }
    }
    /// The status code of [`Self::response`].
    #[must_use]
    pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
        self.response().map(|response| response.status)
    }
    /// Whether sending the same request again may succeed (see
    /// [`Failure::is_retryable`]).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Failure(failure) => failure.is_retryable(),
        }
    }
}
impl ::std::fmt::Display for UsageOutputError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ::std::error::Error for UsageOutputError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Failure(failure) => ::std::error::Error::source(failure),
        }
    }
}
impl<E: ::std::convert::Into<Failure>> ::std::convert::From<E> for UsageOutputError {
    fn from(error: E) -> Self {
        Self::Failure(error.into())
    }
}
impl UsageOutputResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, UsageOutputError> {
        match response.status.as_u16() {
            200 => {
                Ok(UsageOutputResponse::Ok {
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
