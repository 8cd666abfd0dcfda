impl Client {
    /// Sends `{"prop": "b"}`.
    ///
    /// `POST http://localhost:3000/type/union/strings-only`
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
    /// By status code: 204 [`StringsOnlySendResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`StringsOnlySendError`] for every error row above, and [`StringsOnlySendError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, StringsOnly, StringsOnlyProp, StringsOnlySendResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .strings_only_send(
    ///         &StringsOnlyProp {
    ///             prop: StringsOnly::B,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     StringsOnlySendResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn strings_only_send(
        &self,
        body: &StringsOnlyProp,
    ) -> ::std::result::Result<StringsOnlySendResponse, StringsOnlySendError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/strings-only")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        StringsOnlySendResponse::from_raw(response)
    }
}
/// What [`Client::strings_only_send`] answered.
///
/// A variant per success row of the status table of [`Client::strings_only_send`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringsOnlySendResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::strings_only_send`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringsOnlySendError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringsOnlySendError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringsOnlySendResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringsOnlySendError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
