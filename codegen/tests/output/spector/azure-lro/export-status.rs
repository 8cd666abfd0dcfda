impl Client {
    /// Reads the status of an export.
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
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | The status; the exported user once it succeeded. |
    ///
    /// By status code: 200 [`ExportStatusResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExportStatusError`] for every error row above, and [`ExportStatusError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExportStatusResponse};
    /// let client = Client::builder().build()?;
    /// match client.export_status("madge", "operation3").await? {
    ///     ExportStatusResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn export_status(
        &self,
        name: &str,
        operation_id: &str,
    ) -> ::std::result::Result<ExportStatusResponse, ExportStatusError> {
        let response = self
            .transport
            .send(::specgen_runtime::Request {
                method: ::specgen_runtime::Method::GET,
                path: &[
                    ::specgen_runtime::PathPart::Literal(
                        "/azure/core/lro/standard/users/",
                    ),
                    ::specgen_runtime::PathPart::Param {
                        name: "name",
                        value: name,
                    },
                    ::specgen_runtime::PathPart::Literal("/operations/"),
                    ::specgen_runtime::PathPart::Param {
                        name: "operationId",
                        value: operation_id,
                    },
                ],
                query: &[],
                headers: &[],
                body: None,
                idempotent: true,
            })
            .await?;
        ExportStatusResponse::from_raw(response)
    }
}
/// What [`Client::export_status`] answered.
///
/// A variant per success row of the status table of [`Client::export_status`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExportStatusResponse {
    /// 200 OK: The status; the exported user once it succeeded.
    Ok {
        /// The response body.
        body: ExportStatus,
    },
}
/// Why [`Client::export_status`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportStatusError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ExportStatusError {
    /// The response as received, when a whole one arrived.
    #[must_use]
    pub fn response(&self) -> ::std::option::Option<&RawResponse> {
        match self {
            Self::Failure(failure) => failure.response(),
        }
    }
    /// The status code of [`Self::response`].
    #[must_use]
    pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
        self.response().map(|response| response.status)
    }
    /// Whether sending the same request again may succeed (see
    /// [`Failure::is_retryable`]).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Failure(failure) => failure.is_retryable(),
        }
    }
}
impl ::std::fmt::Display for ExportStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ::std::error::Error for ExportStatusError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Failure(failure) => ::std::error::Error::source(failure),
        }
    }
}
impl<E: ::std::convert::Into<Failure>> ::std::convert::From<E> for ExportStatusError {
    fn from(error: E) -> Self {
        Self::Failure(error.into())
    }
}
impl ExportStatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExportStatusError> {
        match response.status.as_u16() {
            200 => {
                Ok(ExportStatusResponse::Ok {
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
