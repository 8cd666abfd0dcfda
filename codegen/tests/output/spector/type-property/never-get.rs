impl Client {
    /// Gets a model whose `property` has type `never`, so it is left out. The body is `{}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/never`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario sends. | [`NeverProperty`](struct@NeverProperty) |
    ///
    /// By status code: 200 [`NeverGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NeverGetError`] for every error row above, and [`NeverGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NeverGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.never_get().await? {
    ///     NeverGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn never_get(
        &self,
    ) -> ::std::result::Result<NeverGetResponse, NeverGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/property/value-types/never"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NeverGetResponse::from_raw(response)
    }
}
/// What [`Client::never_get`] answered.
///
/// A variant per success row of the status table of [`Client::never_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NeverGetResponse {
    /// 200 OK: The model the scenario sends.
    Ok {
        /// The response body.
        body: NeverProperty,
    },
}
/// Why [`Client::never_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NeverGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NeverGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NeverGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, NeverGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
