impl Client {
    /// Its method is a name that Rust or the generated code gives a meaning of its own.
    ///
    /// `GET https://example.com/into-inner`
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
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | The option. |
    ///
    /// By status code: 200 [`IntoInnerResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`IntoInnerError`] for every error row above, and [`IntoInnerError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::generated_names::{Client, IntoInnerResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.into_inner().await? {
    ///     IntoInnerResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn into_inner(
        &self,
    ) -> ::std::result::Result<IntoInnerResponse, IntoInnerError> {
        let response = self
            .transport
            .send(::specgen_runtime::Request {
                method: ::specgen_runtime::Method::GET,
                path: &[::specgen_runtime::PathPart::Literal("/into-inner")],
                query: &[],
                headers: &[],
                body: None,
                idempotent: true,
            })
            .await?;
        IntoInnerResponse::from_raw(response)
    }
}
/// What [`Client::into_inner`] answered.
///
/// A variant per success row of the status table of [`Client::into_inner`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoInnerResponse {
    /// 200 OK: The option.
    Ok {
        /// The response body.
        body: Option,
    },
}
/// Why [`Client::into_inner`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IntoInnerError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl IntoInnerError {
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
impl ::std::fmt::Display for IntoInnerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ::std::error::Error for IntoInnerError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Failure(failure) => ::std::error::Error::source(failure),
        }
    }
}
impl<E: ::std::convert::Into<Failure>> ::std::convert::From<E> for IntoInnerError {
    fn from(error: E) -> Self {
        Self::Failure(error.into())
    }
}
impl IntoInnerResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, IntoInnerError> {
        match response.status.as_u16() {
            200 => {
                Ok(IntoInnerResponse::Ok {
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
