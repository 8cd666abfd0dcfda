impl Client {
    /// An empty model as output (`Type_Model_Empty_getEmpty`).
    ///
    /// `GET http://localhost:3000/type/model/empty/alone`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The body. | [`EmptyOutput`](struct@EmptyOutput) |
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
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/model/empty/alone")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
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
impl ::std::fmt::Display for EmptyGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl EmptyGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, EmptyGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
