impl Client {
    /// Exports a user (`Azure_Core_Lro_Standard_export`).
    ///
    /// `POST http://localhost:3000/azure/core/lro/standard/users/<name>:export?api-version=2022-12-01-preview&format=<format>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
    /// | format | The format of the data. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 202 | The export started; the status holds the exported user once it succeeded. | [`ExportStatus`](struct@ExportStatus) |
    ///
    /// By status code: 202 [`ExportUserResponse::Accepted`].
    ///
    /// # Errors
    ///
    /// [`ExportUserError`] for every error row above, and [`ExportUserError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExportUserResponse};
    /// let client = Client::builder().build()?;
    /// match client.export_user("madge", "json").await? {
    ///     ExportUserResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn export_user(
        &self,
        name: &str,
        format: &str,
    ) -> ::std::result::Result<ExportUserResponse, ExportUserError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/azure/core/lro/standard/users/"),
                ::specgen_runtime::PathPart::param("name", name),
                ::specgen_runtime::PathPart::Literal(":export"),
            ],
            query: &[("format", Some(::std::string::ToString::to_string(format)))],
            headers: &[],
            body: None,
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        ExportUserResponse::from_raw(response)
    }
    /// Follows the operation that a `202` answer of [`Client::export_user`] started ([`ExportUserResponse::Accepted`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::export_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    ///
    /// When the operation succeeds, [`Poller::wait`] returns its result, the `result` property of the last status body; a body without it is a `Decode` error.
    #[must_use]
    pub fn export_user_poller(
        &self,
        status_url: Url,
    ) -> Poller<ExportStatusResponse, ExportStatusError, ExportedUser> {
        Poller::new(
                &self.transport,
                status_url,
                &::specgen_runtime::PollSpec {
                    status_property: "status",
                    succeeded: &["Succeeded"],
                    failed: &["Failed"],
                    canceled: &["Canceled"],
                },
                |response, _| ExportStatusResponse::from_raw(response),
            )
            .result_member("result")
    }
}
/// What [`Client::export_user`] answered.
///
/// A variant per success row of the status table of [`Client::export_user`]: 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExportUserResponse {
    /// 202 Accepted: The export started; the status holds the exported user once it succeeded.
    Accepted {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: ExportStatus,
    },
}
/// Why [`Client::export_user`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportUserError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExportUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExportUserResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ExportUserError> {
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
