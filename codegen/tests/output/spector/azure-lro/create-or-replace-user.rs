impl Client {
    /// Creates or replaces a user (`Azure_Core_Lro_Standard_createOrReplace`).
    ///
    /// `PUT http://localhost:3000/azure/core/lro/standard/users/<name>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
    /// | api-version | The API version. | String |
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
    /// | 201 | The user is being created; [`get_user`](Client::get_user) reads it once the operation succeeded. | [`User`](struct@User) |
    /// | 200 | The user is being replaced. | [`User`](struct@User) |
    ///
    /// By status code: 201 [`CreateOrReplaceUserResponse::Created`], 200 [`CreateOrReplaceUserResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`CreateOrReplaceUserError`] for every error row above, and [`CreateOrReplaceUserError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UserRole, CreateOrReplaceUserResponse};
    /// let client = Client::builder().build()?;
    /// match client.create_or_replace_user("madge", &UserRole::default()).await? {
    ///     CreateOrReplaceUserResponse::Created { .. } => println!("201: Created"),
    ///     CreateOrReplaceUserResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn create_or_replace_user(
        &self,
        name: &str,
        body: &UserRole,
    ) -> ::std::result::Result<CreateOrReplaceUserResponse, CreateOrReplaceUserError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/azure/core/lro/standard/users/"),
                ::specgen_runtime::PathPart::param("name", name),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        CreateOrReplaceUserResponse::from_raw(response)
    }
    /// Follows the operation that a `201` answer of [`Client::create_or_replace_user`] started ([`CreateOrReplaceUserResponse::Created`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::user_operation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    ///
    /// When the operation succeeds, [`Poller::wait`] returns its result: the answer of [`Client::get_user`], called with the given path parameters.
    #[must_use]
    pub fn create_or_replace_user_created_poller(
        &self,
        status_url: Url,
        name: &str,
    ) -> Poller<
        UserOperationStatusResponse,
        UserOperationStatusError,
        GetUserResponse,
        GetUserError,
    > {
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
            .result_get(
                &[
                    ::specgen_runtime::PathPart::Literal(
                        "/azure/core/lro/standard/users/",
                    ),
                    ::specgen_runtime::PathPart::param("name", name),
                ],
                |response, _| GetUserResponse::from_raw(response),
            )
    }
    /// Follows the operation that a `200` answer of [`Client::create_or_replace_user`] started ([`CreateOrReplaceUserResponse::Ok`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::user_operation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    ///
    /// When the operation succeeds, [`Poller::wait`] returns its result: the answer of [`Client::get_user`], called with the given path parameters.
    #[must_use]
    pub fn create_or_replace_user_ok_poller(
        &self,
        status_url: Url,
        name: &str,
    ) -> Poller<
        UserOperationStatusResponse,
        UserOperationStatusError,
        GetUserResponse,
        GetUserError,
    > {
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
            .result_get(
                &[
                    ::specgen_runtime::PathPart::Literal(
                        "/azure/core/lro/standard/users/",
                    ),
                    ::specgen_runtime::PathPart::param("name", name),
                ],
                |response, _| GetUserResponse::from_raw(response),
            )
    }
}
/// What [`Client::create_or_replace_user`] answered.
///
/// A variant per success row of the status table of [`Client::create_or_replace_user`]: 201 [`Self::Created`], 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrReplaceUserResponse {
    /// 201 Created: The user is being created; [`get_user`](Client::get_user) reads it once the operation succeeded.
    Created {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: User,
    },
    /// 200 OK: The user is being replaced.
    Ok {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: User,
    },
}
/// Why [`Client::create_or_replace_user`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateOrReplaceUserError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for CreateOrReplaceUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl CreateOrReplaceUserResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, CreateOrReplaceUserError> {
        match response.status.as_u16() {
            201 => {
                Ok(Self::Created {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            200 => {
                Ok(Self::Ok {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
