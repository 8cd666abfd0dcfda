impl Client {
    /// Puts a model whose `property` is a JSON value (an integer). The body is `{"property": 42}`.
    ///
    /// `PUT http://localhost:3000/type/property/value-types/unknown/int`
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
    /// By status code: 204 [`UnknownIntPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`UnknownIntPutError`] for every error row above, and [`UnknownIntPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UnknownIntProperty, UnknownIntPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .unknown_int_put(
    ///         &UnknownIntProperty {
    ///             property: "42".parse()?,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     UnknownIntPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn unknown_int_put(
        &self,
        body: &UnknownIntProperty,
    ) -> ::std::result::Result<UnknownIntPutResponse, UnknownIntPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/unknown/int",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UnknownIntPutResponse::from_raw(response)
    }
}
/// What [`Client::unknown_int_put`] answered.
///
/// A variant per success row of the status table of [`Client::unknown_int_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownIntPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::unknown_int_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UnknownIntPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UnknownIntPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UnknownIntPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UnknownIntPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
