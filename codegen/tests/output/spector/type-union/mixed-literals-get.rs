impl Client {
    /// Gets `{"prop": {"stringLiteral": "a", "intLiteral": 2, "floatLiteral": 3.3, "booleanLiteral": true}}`.
    ///
    /// `GET http://localhost:3000/type/union/mixed-literals`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The union, in `prop`. | [`MixedLiteralsProp`](struct@MixedLiteralsProp) |
    ///
    /// By status code: 200 [`MixedLiteralsGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`MixedLiteralsGetError`] for every error row above, and [`MixedLiteralsGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, MixedLiteralsGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.mixed_literals_get().await? {
    ///     MixedLiteralsGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn mixed_literals_get(
        &self,
    ) -> ::std::result::Result<MixedLiteralsGetResponse, MixedLiteralsGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/mixed-literals")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        MixedLiteralsGetResponse::from_raw(response)
    }
}
/// What [`Client::mixed_literals_get`] answered.
///
/// A variant per success row of the status table of [`Client::mixed_literals_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum MixedLiteralsGetResponse {
    /// 200 OK: The union, in `prop`.
    Ok {
        /// The response body.
        body: MixedLiteralsProp,
    },
}
/// Why [`Client::mixed_literals_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum MixedLiteralsGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for MixedLiteralsGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl MixedLiteralsGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, MixedLiteralsGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
