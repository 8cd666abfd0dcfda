impl Client {
    /// A constant query parameter (`Parameters_Query_Constant_post`).
    ///
    /// `POST http://localhost:3000/parameters/query/constant`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | queryParam | A constant. (optional) `queryParam=constantValue` | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected query. | |
    ///
    /// By status code: 204 [`ConstantResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ConstantError`] for every error row above, and [`ConstantError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ConstantResponse};
    /// let client = Client::builder().build()?;
    /// match client.constant().await? {
    ///     ConstantResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn constant(
        &self,
    ) -> ::std::result::Result<ConstantResponse, ConstantError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/parameters/query/constant")],
            query: &[("queryParam", Some(::std::string::String::from("constantValue")))],
            headers: &[],
            body: None,
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        ConstantResponse::from_raw(response)
    }
}
/// What [`Client::constant`] answered.
///
/// A variant per success row of the status table of [`Client::constant`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ConstantResponse {
    /// 204 No Content: The server received the expected query.
    NoContent,
}
/// Why [`Client::constant`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ConstantError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ConstantError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ConstantResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ConstantError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
