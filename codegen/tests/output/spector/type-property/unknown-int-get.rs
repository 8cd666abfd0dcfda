impl Client {
    /// Gets a model whose `property` is a JSON value (an integer). The body is `{"property": 42}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/unknown/int`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario sends. | [`UnknownIntProperty`](struct@UnknownIntProperty) |
    ///
    /// By status code: 200 [`UnknownIntGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`UnknownIntGetError`] for every error row above, and [`UnknownIntGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UnknownIntGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.unknown_int_get().await? {
    ///     UnknownIntGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn unknown_int_get(
        &self,
    ) -> ::std::result::Result<UnknownIntGetResponse, UnknownIntGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/unknown/int",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UnknownIntGetResponse::from_raw(response)
    }
}
/// What [`Client::unknown_int_get`] answered.
///
/// A variant per success row of the status table of [`Client::unknown_int_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownIntGetResponse {
    /// 200 OK: The model the scenario sends.
    Ok {
        /// The response body.
        body: UnknownIntProperty,
    },
}
/// Why [`Client::unknown_int_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UnknownIntGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UnknownIntGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UnknownIntGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UnknownIntGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
