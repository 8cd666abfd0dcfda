impl Client {
    /// Gets a [`MultipleSpreadRecord`](struct@MultipleSpreadRecord). The body is `{"flag": true, "prop1": "abc", "prop2": 43.125}`.
    ///
    /// `GET http://localhost:3000/type/property/additionalProperties/multipleSpreadRecord`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`MultipleSpreadRecord`](struct@MultipleSpreadRecord) |
    ///
    /// By status code: 200 [`MultipleSpreadGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`MultipleSpreadGetError`] for every error row above, and [`MultipleSpreadGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, MultipleSpreadGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.multiple_spread_get().await? {
    ///     MultipleSpreadGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn multiple_spread_get(
        &self,
    ) -> ::std::result::Result<MultipleSpreadGetResponse, MultipleSpreadGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/multipleSpreadRecord",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        MultipleSpreadGetResponse::from_raw(response)
    }
}
/// What [`Client::multiple_spread_get`] answered.
///
/// A variant per success row of the status table of [`Client::multiple_spread_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum MultipleSpreadGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: MultipleSpreadRecord,
    },
}
/// Why [`Client::multiple_spread_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum MultipleSpreadGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for MultipleSpreadGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl MultipleSpreadGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, MultipleSpreadGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
