impl Client {
    /// Gets a model whose `property` is decimal. The body is `{"property": 0.33333}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/decimal`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `property` set to 0.33333. | [`DecimalProperty`](struct@DecimalProperty) |
    ///
    /// By status code: 200 [`DecimalGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`DecimalGetError`] for every error row above, and [`DecimalGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, DecimalGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.decimal_get().await? {
    ///     DecimalGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn decimal_get(
        &self,
    ) -> ::std::result::Result<DecimalGetResponse, DecimalGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/decimal",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DecimalGetResponse::from_raw(response)
    }
}
/// What [`Client::decimal_get`] answered.
///
/// A variant per success row of the status table of [`Client::decimal_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum DecimalGetResponse {
    /// 200 OK: The model, with `property` set to 0.33333.
    Ok {
        /// The response body.
        body: DecimalProperty,
    },
}
/// Why [`Client::decimal_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DecimalGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DecimalGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DecimalGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, DecimalGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
