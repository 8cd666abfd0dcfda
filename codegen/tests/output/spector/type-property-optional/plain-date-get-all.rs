impl Client {
    /// Gets a model whose optional `property`, a date, is set. The body is `{"property": "2022-12-12"}`.
    ///
    /// `GET http://localhost:3000/type/property/optional/plainDate/all`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `property` set. | [`PlainDateProperty`](struct@PlainDateProperty) |
    ///
    /// By status code: 200 [`PlainDateGetAllResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`PlainDateGetAllError`] for every error row above, and [`PlainDateGetAllError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, PlainDateGetAllResponse};
    /// let client = Client::builder().build()?;
    /// match client.plain_date_get_all().await? {
    ///     PlainDateGetAllResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn plain_date_get_all(
        &self,
    ) -> ::std::result::Result<PlainDateGetAllResponse, PlainDateGetAllError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/optional/plainDate/all",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PlainDateGetAllResponse::from_raw(response)
    }
}
/// What [`Client::plain_date_get_all`] answered.
///
/// A variant per success row of the status table of [`Client::plain_date_get_all`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum PlainDateGetAllResponse {
    /// 200 OK: The model, with `property` set.
    Ok {
        /// The response body.
        body: PlainDateProperty,
    },
}
/// Why [`Client::plain_date_get_all`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PlainDateGetAllError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PlainDateGetAllError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl PlainDateGetAllResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, PlainDateGetAllError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
