impl Client {
    /// Gets a model whose nullable `nullableProperty`, a date-time, is `null`. The body is `{"requiredProperty": "foo", "nullableProperty": null}`.
    ///
    /// `GET http://localhost:3000/type/property/nullable/datetime/null`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `nullableProperty` null. | [`DatetimeProperty`](struct@DatetimeProperty) |
    ///
    /// By status code: 200 [`DatetimeGetNullResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`DatetimeGetNullError`] for every error row above, and [`DatetimeGetNullError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DatetimeGetNullResponse};
    /// let client = Client::builder().build()?;
    /// match client.datetime_get_null().await? {
    ///     DatetimeGetNullResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn datetime_get_null(
        &self,
    ) -> ::std::result::Result<DatetimeGetNullResponse, DatetimeGetNullError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/nullable/datetime/null",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DatetimeGetNullResponse::from_raw(response)
    }
}
/// What [`Client::datetime_get_null`] answered.
///
/// A variant per success row of the status table of [`Client::datetime_get_null`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum DatetimeGetNullResponse {
    /// 200 OK: The model, with `nullableProperty` null.
    Ok {
        /// The response body.
        body: DatetimeProperty,
    },
}
/// Why [`Client::datetime_get_null`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DatetimeGetNullError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DatetimeGetNullError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DatetimeGetNullResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, DatetimeGetNullError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
