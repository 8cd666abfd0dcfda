impl Client {
    /// Gets a model whose optional `property`, a time of day, is set. The body is `{"property": "13:06:12"}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/plainTime/all`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `property` set. | [`PlainTimeProperty`](struct@PlainTimeProperty) |
    ///
    /// By status code: 200 [`PlainTimeGetAllResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PlainTimeGetAllError`] for every error row above, and [`PlainTimeGetAllError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, PlainTimeGetAllResponse};
    /// let client = Client::builder().build()?;
    /// match client.plain_time_get_all().await? {
    ///     PlainTimeGetAllResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn plain_time_get_all(
        &self,
    ) -> ::std::result::Result<PlainTimeGetAllResponse, PlainTimeGetAllError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/plainTime/all",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PlainTimeGetAllResponse::from_raw(response)
    }
}
/// What [`Client::plain_time_get_all`] answered.
///
/// A variant per success row of the status table of [`Client::plain_time_get_all`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PlainTimeGetAllResponse {
    /// 200 OK: The model, with `property` set.
    Ok {
        /// The response body.
        body: PlainTimeProperty,
    },
}
/// Why [`Client::plain_time_get_all`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PlainTimeGetAllError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PlainTimeGetAllError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PlainTimeGetAllResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PlainTimeGetAllError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
