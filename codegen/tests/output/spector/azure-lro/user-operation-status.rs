impl Client {
    /// Reads the status of an operation on a user.
    ///
    /// `GET http://localhost:3000/azure/core/lro/standard/users/<name>/operations/<operationId>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
    /// | operationId | The operation's id. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The status. | [`OperationStatus`](struct@OperationStatus) |
    ///
    /// By status code: 200 [`UserOperationStatusResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`UserOperationStatusError`] for every error row above, and [`UserOperationStatusError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UserOperationStatusResponse};
    /// let client = Client::builder().build()?;
    /// match client.user_operation_status("madge", "operation1").await? {
    ///     UserOperationStatusResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn user_operation_status(
        &self,
        name: &str,
        operation_id: &str,
    ) -> ::std::result::Result<UserOperationStatusResponse, UserOperationStatusError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/azure/core/lro/standard/users/"),
                ::specgen_runtime::PathPart::param("name", name),
                ::specgen_runtime::PathPart::Literal("/operations/"),
                ::specgen_runtime::PathPart::param("operationId", operation_id),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UserOperationStatusResponse::from_raw(response)
    }
}
/// What [`Client::user_operation_status`] answered.
///
/// A variant per success row of the status table of [`Client::user_operation_status`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum UserOperationStatusResponse {
    /// 200 OK: The status.
    Ok {
        /// The response body.
        body: OperationStatus,
    },
}
/// Why [`Client::user_operation_status`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UserOperationStatusError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UserOperationStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UserOperationStatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UserOperationStatusError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
