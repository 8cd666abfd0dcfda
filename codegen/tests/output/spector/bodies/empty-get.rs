impl Client {
    /// An empty model as output (`Type_Model_Empty_getEmpty`).
    ///
    /// `GET http://localhost:3000/type/model/empty/alone`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | The body. |
    ///
    /// By status code: 200 [`EmptyGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`EmptyGetError`] for every error row above, and [`EmptyGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, EmptyGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.empty_get().await? {
    ///     EmptyGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn empty_get(
        &self,
    ) -> ::std::result::Result<EmptyGetResponse, EmptyGetError> {
        let response = self
            .transport
            .send(::specgen_runtime::Request {
                method: ::specgen_runtime::Method::GET,
                path: &[::specgen_runtime::PathPart::Literal("/type/model/empty/alone")],
                query: &[],
                headers: &[],
                body: None,
                idempotent: true,
            })
            .await?;
        EmptyGetResponse::from_raw(response)
    }
}
/// What [`Client::empty_get`] answered.
///
/// A variant per success row of the status table of [`Client::empty_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum EmptyGetResponse {
    /// 200 OK: The body.
    Ok {
        /// The response body.
        body: EmptyOutput,
    },
}
/// Why [`Client::empty_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum EmptyGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl EmptyGetError {
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
impl ::std::fmt::Display for EmptyGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ::std::error::Error for EmptyGetError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Failure(failure) => ::std::error::Error::source(failure),
        }
    }
}
impl<E: ::std::convert::Into<Failure>> ::std::convert::From<E> for EmptyGetError {
    fn from(error: E) -> Self {
        Self::Failure(error.into())
    }
}
impl EmptyGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, EmptyGetError> {
        match response.status.as_u16() {
            200 => {
                Ok(EmptyGetResponse::Ok {
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
