impl Client {
    /// Gets a model whose optional `property`, a string, is left out. The body is `{}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/string/default`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, without `property`. | [`StringProperty`](struct@StringProperty) |
    ///
    /// By status code: 200 [`StringGetDefaultResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`StringGetDefaultError`] for every error row above, and [`StringGetDefaultError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, StringGetDefaultResponse};
    /// let client = Client::builder().build()?;
    /// match client.string_get_default().await? {
    ///     StringGetDefaultResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_get_default(
        &self,
    ) -> ::std::result::Result<StringGetDefaultResponse, StringGetDefaultError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/string/default",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        StringGetDefaultResponse::from_raw(response)
    }
}
/// What [`Client::string_get_default`] answered.
///
/// A variant per success row of the status table of [`Client::string_get_default`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringGetDefaultResponse {
    /// 200 OK: The model, without `property`.
    Ok {
        /// The response body.
        body: StringProperty,
    },
}
/// Why [`Client::string_get_default`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringGetDefaultError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringGetDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringGetDefaultResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringGetDefaultError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
