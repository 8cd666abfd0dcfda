impl Client {
    /// Sends `{"prop": {"stringLiteral": "a", "intLiteral": 2, "floatLiteral": 3.3, "booleanLiteral": true}}`.
    ///
    /// `POST http://localhost:3000/type/union/mixed-literals`
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
    /// By status code: 204 [`MixedLiteralsSendResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`MixedLiteralsSendError`] for every error row above, and [`MixedLiteralsSendError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, MixedLiteralsCases, MixedLiteralsProp, MixedLiteralsUnion,
    ///     MixedLiteralsSendResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .mixed_literals_send(
    ///         &MixedLiteralsProp {
    ///             prop: MixedLiteralsCases {
    ///                 string_literal: MixedLiteralsUnion::A,
    ///                 int_literal: MixedLiteralsUnion::Value2,
    ///                 float_literal: MixedLiteralsUnion::Value3_3,
    ///                 boolean_literal: MixedLiteralsUnion::True,
    ///             },
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     MixedLiteralsSendResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn mixed_literals_send(
        &self,
        body: &MixedLiteralsProp,
    ) -> ::std::result::Result<MixedLiteralsSendResponse, MixedLiteralsSendError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/mixed-literals")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        MixedLiteralsSendResponse::from_raw(response)
    }
}
/// What [`Client::mixed_literals_send`] answered.
///
/// A variant per success row of the status table of [`Client::mixed_literals_send`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum MixedLiteralsSendResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::mixed_literals_send`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum MixedLiteralsSendError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for MixedLiteralsSendError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl MixedLiteralsSendResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, MixedLiteralsSendError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
