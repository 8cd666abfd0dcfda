impl Client {
    /// Gets a model whose nullable `nullableProperty`, a string, has a value. The body is `{"requiredProperty": "foo", "nullableProperty": "hello"}`.
    ///
    /// `GET http://localhost:3000/type/property/nullable/string/non-null`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `nullableProperty` set. | [`StringProperty`](struct@StringProperty) |
    ///
    /// By status code: 200 [`StringGetNonNullResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`StringGetNonNullError`] for every error row above, and [`StringGetNonNullError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, StringGetNonNullResponse};
    /// let client = Client::builder().build()?;
    /// match client.string_get_non_null().await? {
    ///     StringGetNonNullResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_get_non_null(
        &self,
    ) -> ::std::result::Result<StringGetNonNullResponse, StringGetNonNullError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/nullable/string/non-null",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        StringGetNonNullResponse::from_raw(response)
    }
}
/// What [`Client::string_get_non_null`] answered.
///
/// A variant per success row of the status table of [`Client::string_get_non_null`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringGetNonNullResponse {
    /// 200 OK: The model, with `nullableProperty` set.
    Ok {
        /// The response body.
        body: StringProperty,
    },
}
/// Why [`Client::string_get_non_null`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringGetNonNullError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringGetNonNullError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringGetNonNullResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringGetNonNullError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
