impl Client {
    /// Explicit body (`Parameters_Basic_ExplicitBody_simple`).
    ///
    /// `PUT http://localhost:3000/parameters/basic/explicit-body/simple`
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
    /// | 204 | The server received the expected request. | |
    ///
    /// By status code: 204 [`ExplicitBodyResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExplicitBodyError`] for every error row above, and [`ExplicitBodyError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, User, ExplicitBodyResponse};
    /// let client = Client::builder().build()?;
    /// match client.explicit_body(&User { name: "foo".to_owned() }).await? {
    ///     ExplicitBodyResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn explicit_body(
        &self,
        body: &User,
    ) -> ::std::result::Result<ExplicitBodyResponse, ExplicitBodyError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/parameters/basic/explicit-body/simple",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExplicitBodyResponse::from_raw(response)
    }
}
/// What [`Client::explicit_body`] answered.
///
/// A variant per success row of the status table of [`Client::explicit_body`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExplicitBodyResponse {
    /// 204 No Content: The server received the expected request.
    NoContent,
}
/// Why [`Client::explicit_body`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExplicitBodyError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExplicitBodyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExplicitBodyResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExplicitBodyError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
