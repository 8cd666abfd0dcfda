impl Client {
    /// Gets the dictionary of duration values. The body is `{"k1": "P123DT22H14M12.011S"}`.
    ///
    /// `GET http://localhost:3000/type/dictionary/duration`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | Map of Duration (ISO 8601) |
    ///
    /// By status code: 200 [`DurationGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`DurationGetError`] for every error row above, and [`DurationGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DurationGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.duration_get().await? {
    ///     DurationGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn duration_get(
        &self,
    ) -> ::std::result::Result<DurationGetResponse, DurationGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/dictionary/duration")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DurationGetResponse::from_raw(response)
    }
}
/// What [`Client::duration_get`] answered.
///
/// A variant per success row of the status table of [`Client::duration_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum DurationGetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::collections::BTreeMap<
            ::std::string::String,
            ::specgen_runtime::Duration,
        >,
    },
}
/// Why [`Client::duration_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DurationGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DurationGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DurationGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, DurationGetError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    body: response
                        .json_as::<
                            _,
                            ::std::collections::BTreeMap<
                                ::specgen_runtime::serde_with::Same,
                                ::specgen_runtime::encoding::Iso8601,
                            >,
                        >()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
