impl Client {
    /// Gets a model whose required and optional properties are both set. The body is `{"optionalProperty": "hello", "requiredProperty": 42}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/requiredAndOptional/all`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with both properties. | [`RequiredAndOptionalProperty`](struct@RequiredAndOptionalProperty) |
    ///
    /// By status code: 200 [`RequiredAndOptionalGetAllResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`RequiredAndOptionalGetAllError`] for every error row above, and [`RequiredAndOptionalGetAllError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, RequiredAndOptionalGetAllResponse};
    /// let client = Client::builder().build()?;
    /// match client.required_and_optional_get_all().await? {
    ///     RequiredAndOptionalGetAllResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn required_and_optional_get_all(
        &self,
    ) -> ::std::result::Result<
        RequiredAndOptionalGetAllResponse,
        RequiredAndOptionalGetAllError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/requiredAndOptional/all",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        RequiredAndOptionalGetAllResponse::from_raw(response)
    }
}
/// What [`Client::required_and_optional_get_all`] answered.
///
/// A variant per success row of the status table of [`Client::required_and_optional_get_all`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequiredAndOptionalGetAllResponse {
    /// 200 OK: The model, with both properties.
    Ok {
        /// The response body.
        body: RequiredAndOptionalProperty,
    },
}
/// Why [`Client::required_and_optional_get_all`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum RequiredAndOptionalGetAllError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RequiredAndOptionalGetAllError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl RequiredAndOptionalGetAllResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, RequiredAndOptionalGetAllError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
