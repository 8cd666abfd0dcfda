impl Client {
    /// Sends `{"prop": "custom"}`.
    ///
    /// `POST http://localhost:3000/type/union/string-extensible-named`
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
    /// By status code: 204 [`StringExtensibleNamedSendResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`StringExtensibleNamedSendError`] for every error row above, and [`StringExtensibleNamedSendError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, StringExtensibleNamed, StringExtensibleNamedProp,
    ///     StringExtensibleNamedSendResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .string_extensible_named_send(
    ///         &StringExtensibleNamedProp {
    ///             prop: StringExtensibleNamed::String("custom".to_owned()),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     StringExtensibleNamedSendResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_extensible_named_send(
        &self,
        body: &StringExtensibleNamedProp,
    ) -> ::std::result::Result<
        StringExtensibleNamedSendResponse,
        StringExtensibleNamedSendError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/union/string-extensible-named",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        StringExtensibleNamedSendResponse::from_raw(response)
    }
}
/// What [`Client::string_extensible_named_send`] answered.
///
/// A variant per success row of the status table of [`Client::string_extensible_named_send`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringExtensibleNamedSendResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::string_extensible_named_send`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringExtensibleNamedSendError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringExtensibleNamedSendError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringExtensibleNamedSendResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringExtensibleNamedSendError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
