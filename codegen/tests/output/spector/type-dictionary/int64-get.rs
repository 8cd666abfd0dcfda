impl Client {
    /// Gets the dictionary of int64 values. The body is `{"k1": 9007199254740991, "k2": -9007199254740991}`.
    ///
    /// `GET http://localhost:3000/type/dictionary/int64`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | Map of Integer |
    ///
    /// By status code: 200 [`Int64GetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`Int64GetError`] for every error row above, and [`Int64GetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Int64GetResponse};
    /// let client = Client::builder().build()?;
    /// match client.int64_get().await? {
    ///     Int64GetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn int64_get(
        &self,
    ) -> ::std::result::Result<Int64GetResponse, Int64GetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/dictionary/int64")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Int64GetResponse::from_raw(response)
    }
}
/// What [`Client::int64_get`] answered.
///
/// A variant per success row of the status table of [`Client::int64_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum Int64GetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::collections::BTreeMap<::std::string::String, i64>,
    },
}
/// Why [`Client::int64_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Int64GetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Int64GetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Int64GetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, Int64GetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
