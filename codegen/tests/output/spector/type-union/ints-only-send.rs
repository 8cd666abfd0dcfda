impl Client {
    /// Sends `{"prop": 2}`.
    ///
    /// `POST http://localhost:3000/type/union/ints-only`
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
    /// By status code: 204 [`IntsOnlySendResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`IntsOnlySendError`] for every error row above, and [`IntsOnlySendError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IntsOnly, IntsOnlyProp, IntsOnlySendResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .ints_only_send(
    ///         &IntsOnlyProp {
    ///             prop: IntsOnly::Value2,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     IntsOnlySendResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn ints_only_send(
        &self,
        body: &IntsOnlyProp,
    ) -> ::std::result::Result<IntsOnlySendResponse, IntsOnlySendError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/ints-only")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        IntsOnlySendResponse::from_raw(response)
    }
}
/// What [`Client::ints_only_send`] answered.
///
/// A variant per success row of the status table of [`Client::ints_only_send`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntsOnlySendResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::ints_only_send`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IntsOnlySendError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IntsOnlySendError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IntsOnlySendResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, IntsOnlySendError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
