impl Client {
    /// Gets the dictionary of int32 values. The body is `{"k1": 1, "k2": 2}`.
    ///
    /// `GET http://localhost:3000/type/dictionary/int32`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | Map of Integer (32-bit) |
    ///
    /// By status code: 200 [`Int32GetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`Int32GetError`] for every error row above, and [`Int32GetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Int32GetResponse};
    /// let client = Client::builder().build()?;
    /// match client.int32_get().await? {
    ///     Int32GetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn int32_get(
        &self,
    ) -> ::std::result::Result<Int32GetResponse, Int32GetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/dictionary/int32")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Int32GetResponse::from_raw(response)
    }
}
/// What [`Client::int32_get`] answered.
///
/// A variant per success row of the status table of [`Client::int32_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum Int32GetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::collections::BTreeMap<::std::string::String, i32>,
    },
}
/// Why [`Client::int32_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Int32GetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Int32GetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Int32GetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, Int32GetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
