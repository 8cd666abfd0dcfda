impl Client {
    /// Gets `{"prop": "custom"}`.
    ///
    /// `GET http://localhost:3000/type/union/string-extensible-named`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The union, in `prop`. | [`StringExtensibleNamedProp`](struct@StringExtensibleNamedProp) |
    ///
    /// By status code: 200 [`StringExtensibleNamedGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`StringExtensibleNamedGetError`] for every error row above, and [`StringExtensibleNamedGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, StringExtensibleNamedGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.string_extensible_named_get().await? {
    ///     StringExtensibleNamedGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_extensible_named_get(
        &self,
    ) -> ::std::result::Result<
        StringExtensibleNamedGetResponse,
        StringExtensibleNamedGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/union/string-extensible-named",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        StringExtensibleNamedGetResponse::from_raw(response)
    }
}
/// What [`Client::string_extensible_named_get`] answered.
///
/// A variant per success row of the status table of [`Client::string_extensible_named_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringExtensibleNamedGetResponse {
    /// 200 OK: The union, in `prop`.
    Ok {
        /// The response body.
        body: StringExtensibleNamedProp,
    },
}
/// Why [`Client::string_extensible_named_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringExtensibleNamedGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringExtensibleNamedGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringExtensibleNamedGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringExtensibleNamedGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
