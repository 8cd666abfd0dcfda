impl Client {
    /// Puts a model whose optional `property`, a time of day, is left out. The body is `{}`.
    ///
    /// `PUT http://localhost:3000/type/property/optional/plainTime/default`
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
    /// By status code: 204 [`PlainTimePutDefaultResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`PlainTimePutDefaultError`] for every error row above, and [`PlainTimePutDefaultError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, PlainTimeProperty, PlainTimePutDefaultResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .plain_time_put_default(
    ///         &PlainTimeProperty {
    ///             property: None,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PlainTimePutDefaultResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn plain_time_put_default(
        &self,
        body: &PlainTimeProperty,
    ) -> ::std::result::Result<PlainTimePutDefaultResponse, PlainTimePutDefaultError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/plainTime/default",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PlainTimePutDefaultResponse::from_raw(response)
    }
}
/// What [`Client::plain_time_put_default`] answered.
///
/// A variant per success row of the status table of [`Client::plain_time_put_default`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum PlainTimePutDefaultResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::plain_time_put_default`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PlainTimePutDefaultError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PlainTimePutDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PlainTimePutDefaultResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PlainTimePutDefaultError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
