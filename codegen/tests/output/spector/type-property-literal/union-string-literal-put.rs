impl Client {
    /// Puts the model; the body is `{"property": "world"}`.
    ///
    /// `PUT http://localhost:3000/type/property/value-types/union/string/literal`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`UnionStringLiteralPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`UnionStringLiteralPutError`] for every error row above, and [`UnionStringLiteralPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, UnionStringLiteralProperty, UnionStringLiteralValue,
    ///     UnionStringLiteralPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .union_string_literal_put(
    ///         &UnionStringLiteralProperty {
    ///             property: UnionStringLiteralValue::World,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     UnionStringLiteralPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn union_string_literal_put(
        &self,
        body: &UnionStringLiteralProperty,
    ) -> ::std::result::Result<
        UnionStringLiteralPutResponse,
        UnionStringLiteralPutError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/union/string/literal",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UnionStringLiteralPutResponse::from_raw(response)
    }
}
/// What [`Client::union_string_literal_put`] answered.
///
/// A variant per success row of the status table of [`Client::union_string_literal_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnionStringLiteralPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::union_string_literal_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UnionStringLiteralPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UnionStringLiteralPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UnionStringLiteralPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UnionStringLiteralPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
