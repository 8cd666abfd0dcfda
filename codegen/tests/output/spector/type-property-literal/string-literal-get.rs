impl Client {
    /// Gets the model; the body is `{"property": "hello"}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/string/literal`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`StringLiteralProperty`](struct@StringLiteralProperty) |
    ///
    /// By status code: 200 [`StringLiteralGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`StringLiteralGetError`] for every error row above, and [`StringLiteralGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, StringLiteralGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.string_literal_get().await? {
    ///     StringLiteralGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_literal_get(
        &self,
    ) -> ::std::result::Result<StringLiteralGetResponse, StringLiteralGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/string/literal",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        StringLiteralGetResponse::from_raw(response)
    }
}
/// What [`Client::string_literal_get`] answered.
///
/// A variant per success row of the status table of [`Client::string_literal_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringLiteralGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: StringLiteralProperty,
    },
}
/// Why [`Client::string_literal_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringLiteralGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringLiteralGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringLiteralGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringLiteralGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
