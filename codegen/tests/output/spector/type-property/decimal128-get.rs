impl Client {
    /// Gets a model whose `property` is decimal128. The body is `{"property": 0.33333}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/decimal128`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `property` set to 0.33333. | [`Decimal128Property`](struct@Decimal128Property) |
    ///
    /// By status code: 200 [`Decimal128GetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`Decimal128GetError`] for every error row above, and [`Decimal128GetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Decimal128GetResponse};
    /// let client = Client::builder().build()?;
    /// match client.decimal128_get().await? {
    ///     Decimal128GetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn decimal128_get(
        &self,
    ) -> ::std::result::Result<Decimal128GetResponse, Decimal128GetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/decimal128",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Decimal128GetResponse::from_raw(response)
    }
}
/// What [`Client::decimal128_get`] answered.
///
/// A variant per success row of the status table of [`Client::decimal128_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum Decimal128GetResponse {
    /// 200 OK: The model, with `property` set to 0.33333.
    Ok {
        /// The response body.
        body: Decimal128Property,
    },
}
/// Why [`Client::decimal128_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Decimal128GetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Decimal128GetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Decimal128GetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, Decimal128GetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
