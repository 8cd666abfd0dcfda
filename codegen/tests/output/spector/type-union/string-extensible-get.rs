impl Client {
    /// Gets `{"prop": "custom"}`.
    ///
    /// `GET http://localhost:3000/type/union/string-extensible`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The union, in `prop`. | [`StringExtensibleProp`](struct@StringExtensibleProp) |
    ///
    /// By status code: 200 [`StringExtensibleGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`StringExtensibleGetError`] for every error row above, and [`StringExtensibleGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, StringExtensibleGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.string_extensible_get().await? {
    ///     StringExtensibleGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_extensible_get(
        &self,
    ) -> ::std::result::Result<StringExtensibleGetResponse, StringExtensibleGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/union/string-extensible"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        StringExtensibleGetResponse::from_raw(response)
    }
}
/// What [`Client::string_extensible_get`] answered.
///
/// A variant per success row of the status table of [`Client::string_extensible_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringExtensibleGetResponse {
    /// 200 OK: The union, in `prop`.
    Ok {
        /// The response body.
        body: StringExtensibleProp,
    },
}
/// Why [`Client::string_extensible_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringExtensibleGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringExtensibleGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringExtensibleGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringExtensibleGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
