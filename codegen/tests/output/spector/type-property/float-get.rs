impl Client {
    /// Gets a model whose `property` is float64. The body is `{"property": 43.125}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/float`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `property` set to 43.125. | [`FloatProperty`](struct@FloatProperty) |
    ///
    /// By status code: 200 [`FloatGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`FloatGetError`] for every error row above, and [`FloatGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, FloatGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.float_get().await? {
    ///     FloatGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn float_get(
        &self,
    ) -> ::std::result::Result<FloatGetResponse, FloatGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/property/value-types/float"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        FloatGetResponse::from_raw(response)
    }
}
/// What [`Client::float_get`] answered.
///
/// A variant per success row of the status table of [`Client::float_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum FloatGetResponse {
    /// 200 OK: The model, with `property` set to 43.125.
    Ok {
        /// The response body.
        body: FloatProperty,
    },
}
/// Why [`Client::float_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum FloatGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for FloatGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl FloatGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, FloatGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
