impl Client {
    /// Puts the dictionary of date-time values. The body is `{"k1": "2022-08-26T18:38:00Z"}`.
    ///
    /// `PUT http://localhost:3000/type/dictionary/datetime`
    ///
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
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`DatetimePutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`DatetimePutError`] for every error row above, and [`DatetimePutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DatetimePutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .datetime_put(
    ///         &::std::collections::BTreeMap::from([
    ///             (
    ///                 "k1".to_owned(),
    ///                 ::specgen_runtime::encoding::Rfc3339::parse("2022-08-26T18:38:00Z")?,
    ///             ),
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     DatetimePutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn datetime_put(
        &self,
        body: &::std::collections::BTreeMap<
            ::std::string::String,
            ::specgen_runtime::DateTime,
        >,
    ) -> ::std::result::Result<DatetimePutResponse, DatetimePutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[::specgen_runtime::PathPart::Literal("/type/dictionary/datetime")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(
                ::specgen_runtime::json_body_as::<
                    _,
                    ::std::collections::BTreeMap<
                        ::specgen_runtime::serde_with::Same,
                        ::specgen_runtime::encoding::Rfc3339,
                    >,
                >(body)?,
            ),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DatetimePutResponse::from_raw(response)
    }
}
/// What [`Client::datetime_put`] answered.
///
/// A variant per success row of the status table of [`Client::datetime_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum DatetimePutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::datetime_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DatetimePutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DatetimePutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DatetimePutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, DatetimePutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
