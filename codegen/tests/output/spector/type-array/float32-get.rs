impl Client {
    /// Gets the array of float32 values. The body is `[43.125]`.
    ///
    /// `GET http://localhost:3000/type/array/float32`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | List of Float (32-bit) |
    ///
    /// By status code: 200 [`Float32GetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`Float32GetError`] for every error row above, and [`Float32GetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, Float32GetResponse};
    /// let client = Client::builder().build()?;
    /// match client.float32_get().await? {
    ///     Float32GetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn float32_get(
        &self,
    ) -> ::std::result::Result<Float32GetResponse, Float32GetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/array/float32")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        Float32GetResponse::from_raw(response)
    }
}
/// What [`Client::float32_get`] answered.
///
/// A variant per success row of the status table of [`Client::float32_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum Float32GetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<f32>,
    },
}
/// Why [`Client::float32_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Float32GetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for Float32GetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl Float32GetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, Float32GetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
