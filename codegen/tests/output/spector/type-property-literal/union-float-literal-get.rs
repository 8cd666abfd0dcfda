impl Client {
    /// Gets the model; the body is `{"property": 46.875}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/union/float/literal`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`UnionFloatLiteralProperty`](struct@UnionFloatLiteralProperty) |
    ///
    /// By status code: 200 [`UnionFloatLiteralGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`UnionFloatLiteralGetError`] for every error row above, and [`UnionFloatLiteralGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UnionFloatLiteralGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.union_float_literal_get().await? {
    ///     UnionFloatLiteralGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn union_float_literal_get(
        &self,
    ) -> ::std::result::Result<UnionFloatLiteralGetResponse, UnionFloatLiteralGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/union/float/literal",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UnionFloatLiteralGetResponse::from_raw(response)
    }
}
/// What [`Client::union_float_literal_get`] answered.
///
/// A variant per success row of the status table of [`Client::union_float_literal_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnionFloatLiteralGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: UnionFloatLiteralProperty,
    },
}
/// Why [`Client::union_float_literal_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UnionFloatLiteralGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UnionFloatLiteralGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UnionFloatLiteralGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UnionFloatLiteralGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
