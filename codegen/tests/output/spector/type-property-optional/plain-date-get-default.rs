impl Client {
    /// Gets a model whose optional `property`, a date, is left out. The body is `{}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/plainDate/default`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, without `property`. | [`PlainDateProperty`](struct@PlainDateProperty) |
    ///
    /// By status code: 200 [`PlainDateGetDefaultResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PlainDateGetDefaultError`] for every error row above, and [`PlainDateGetDefaultError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, PlainDateGetDefaultResponse};
    /// let client = Client::builder().build()?;
    /// match client.plain_date_get_default().await? {
    ///     PlainDateGetDefaultResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn plain_date_get_default(
        &self,
    ) -> ::std::result::Result<PlainDateGetDefaultResponse, PlainDateGetDefaultError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/plainDate/default",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PlainDateGetDefaultResponse::from_raw(response)
    }
}
/// What [`Client::plain_date_get_default`] answered.
///
/// A variant per success row of the status table of [`Client::plain_date_get_default`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PlainDateGetDefaultResponse {
    /// 200 OK: The model, without `property`.
    Ok {
        /// The response body.
        body: PlainDateProperty,
    },
}
/// Why [`Client::plain_date_get_default`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PlainDateGetDefaultError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PlainDateGetDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PlainDateGetDefaultResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PlainDateGetDefaultError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
