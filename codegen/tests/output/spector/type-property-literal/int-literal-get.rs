impl Client {
    /// Gets the model; the body is `{"property": 42}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/int/literal`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`IntLiteralProperty`](struct@IntLiteralProperty) |
    ///
    /// By status code: 200 [`IntLiteralGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`IntLiteralGetError`] for every error row above, and [`IntLiteralGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IntLiteralGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.int_literal_get().await? {
    ///     IntLiteralGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn int_literal_get(
        &self,
    ) -> ::std::result::Result<IntLiteralGetResponse, IntLiteralGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/int/literal",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IntLiteralGetResponse::from_raw(response)
    }
}
/// What [`Client::int_literal_get`] answered.
///
/// A variant per success row of the status table of [`Client::int_literal_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntLiteralGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: IntLiteralProperty,
    },
}
/// Why [`Client::int_literal_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IntLiteralGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IntLiteralGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IntLiteralGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, IntLiteralGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
