impl Client {
    /// Gets the model; the body is `{"property": 43.125}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/float/literal`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`FloatLiteralProperty`](struct@FloatLiteralProperty) |
    ///
    /// By status code: 200 [`FloatLiteralGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`FloatLiteralGetError`] for every error row above, and [`FloatLiteralGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, FloatLiteralGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.float_literal_get().await? {
    ///     FloatLiteralGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn float_literal_get(
        &self,
    ) -> ::std::result::Result<FloatLiteralGetResponse, FloatLiteralGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/float/literal",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        FloatLiteralGetResponse::from_raw(response)
    }
}
/// What [`Client::float_literal_get`] answered.
///
/// A variant per success row of the status table of [`Client::float_literal_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum FloatLiteralGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: FloatLiteralProperty,
    },
}
/// Why [`Client::float_literal_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum FloatLiteralGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for FloatLiteralGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl FloatLiteralGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, FloatLiteralGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
