impl Client {
    /// Gets `{"prop": {"string": "test", "array": ["test1", "test2"]}}`.
    ///
    /// `GET http://localhost:3000/type/union/string-and-array`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The union, in `prop`. | [`StringAndArrayProp`](struct@StringAndArrayProp) |
    ///
    /// By status code: 200 [`StringAndArrayGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`StringAndArrayGetError`] for every error row above, and [`StringAndArrayGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, StringAndArrayGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.string_and_array_get().await? {
    ///     StringAndArrayGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_and_array_get(
        &self,
    ) -> ::std::result::Result<StringAndArrayGetResponse, StringAndArrayGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/union/string-and-array"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        StringAndArrayGetResponse::from_raw(response)
    }
}
/// What [`Client::string_and_array_get`] answered.
///
/// A variant per success row of the status table of [`Client::string_and_array_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringAndArrayGetResponse {
    /// 200 OK: The union, in `prop`.
    Ok {
        /// The response body.
        body: StringAndArrayProp,
    },
}
/// Why [`Client::string_and_array_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringAndArrayGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringAndArrayGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringAndArrayGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringAndArrayGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
