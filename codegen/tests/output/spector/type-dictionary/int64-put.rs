impl Client {
    /// Puts the dictionary of int64 values. The body is `{"k1": 9007199254740991, "k2": -9007199254740991}`.
    ///
    /// `PUT http://localhost:3000/type/dictionary/int64`
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
    /// By status code: 204 [`Int64PutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`Int64PutError`] for every error row above, and [`Int64PutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Int64PutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .int64_put(
    ///         &::std::collections::BTreeMap::from([
    ///             ("k1".to_owned(), 9007199254740991),
    ///             ("k2".to_owned(), -9007199254740991),
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     Int64PutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn int64_put(
        &self,
        body: &::std::collections::BTreeMap<::std::string::String, i64>,
    ) -> ::std::result::Result<Int64PutResponse, Int64PutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[::specgen_runtime::PathPart::Literal("/type/dictionary/int64")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Int64PutResponse::from_raw(response)
    }
}
/// What [`Client::int64_put`] answered.
///
/// A variant per success row of the status table of [`Client::int64_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum Int64PutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::int64_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Int64PutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Int64PutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Int64PutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, Int64PutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
