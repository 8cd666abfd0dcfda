impl Client {
    /// Gets the model; the body is `{"property": 1}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/int/literal/all`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`OptionalIntLiteralProperty`](struct@OptionalIntLiteralProperty) |
    ///
    /// By status code: 200 [`OptionalIntLiteralGetAllResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`OptionalIntLiteralGetAllError`] for every error row above, and [`OptionalIntLiteralGetAllError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, OptionalIntLiteralGetAllResponse};
    /// let client = Client::builder().build()?;
    /// match client.optional_int_literal_get_all().await? {
    ///     OptionalIntLiteralGetAllResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn optional_int_literal_get_all(
        &self,
    ) -> ::std::result::Result<
        OptionalIntLiteralGetAllResponse,
        OptionalIntLiteralGetAllError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/int/literal/all",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        OptionalIntLiteralGetAllResponse::from_raw(response)
    }
}
/// What [`Client::optional_int_literal_get_all`] answered.
///
/// A variant per success row of the status table of [`Client::optional_int_literal_get_all`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum OptionalIntLiteralGetAllResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: OptionalIntLiteralProperty,
    },
}
/// Why [`Client::optional_int_literal_get_all`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum OptionalIntLiteralGetAllError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for OptionalIntLiteralGetAllError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl OptionalIntLiteralGetAllResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, OptionalIntLiteralGetAllError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
