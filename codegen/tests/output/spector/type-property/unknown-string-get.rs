impl Client {
    /// Gets a model whose `property` is a JSON value (a string). The body is `{"property": "hello"}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/unknown/string`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario sends. | [`UnknownStringProperty`](struct@UnknownStringProperty) |
    ///
    /// By status code: 200 [`UnknownStringGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`UnknownStringGetError`] for every error row above, and [`UnknownStringGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UnknownStringGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.unknown_string_get().await? {
    ///     UnknownStringGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn unknown_string_get(
        &self,
    ) -> ::std::result::Result<UnknownStringGetResponse, UnknownStringGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/unknown/string",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UnknownStringGetResponse::from_raw(response)
    }
}
/// What [`Client::unknown_string_get`] answered.
///
/// A variant per success row of the status table of [`Client::unknown_string_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownStringGetResponse {
    /// 200 OK: The model the scenario sends.
    Ok {
        /// The response body.
        body: UnknownStringProperty,
    },
}
/// Why [`Client::unknown_string_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UnknownStringGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UnknownStringGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UnknownStringGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UnknownStringGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
