impl Client {
    /// Deletes a user (`Azure_Core_Lro_Standard_delete`).
    ///
    /// `DELETE http://localhost:3000/azure/core/lro/standard/users/<name>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 202 | The deletion started. | [`OperationStatus`](struct@OperationStatus) |
    ///
    /// By status code: 202 [`DeleteUserResponse::Accepted`].
    ///
    /// # Errors
    ///
    /// [`DeleteUserError`] for every error row above, and [`DeleteUserError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `DELETE` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DeleteUserResponse};
    /// let client = Client::builder().build()?;
    /// match client.delete_user("madge").await? {
    ///     DeleteUserResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn delete_user(
        &self,
        name: &str,
    ) -> ::std::result::Result<DeleteUserResponse, DeleteUserError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::DELETE,
            path: &[
                ::specgen_runtime::PathPart::Literal("/azure/core/lro/standard/users/"),
                ::specgen_runtime::PathPart::param("name", name),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DeleteUserResponse::from_raw(response)
    }
    /// Follows the operation that a `202` answer of [`Client::delete_user`] started ([`DeleteUserResponse::Accepted`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::user_operation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    #[must_use]
    pub fn delete_user_poller(
        &self,
        status_url: Url,
    ) -> Poller<UserOperationStatusResponse, UserOperationStatusError> {
        Poller::new(
            &self.transport,
            status_url,
            &::specgen_runtime::PollSpec {
                status_property: "status",
                succeeded: &["Succeeded"],
                failed: &["Failed"],
                canceled: &["Canceled"],
            },
            |response, _| UserOperationStatusResponse::from_raw(response),
        )
    }
}
/// What [`Client::delete_user`] answered.
///
/// A variant per success row of the status table of [`Client::delete_user`]: 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserResponse {
    /// 202 Accepted: The deletion started.
    Accepted {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: OperationStatus,
    },
}
/// Why [`Client::delete_user`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteUserError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DeleteUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DeleteUserResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, DeleteUserError> {
        match response.status.as_u16() {
            202 => {
                Ok(Self::Accepted {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
