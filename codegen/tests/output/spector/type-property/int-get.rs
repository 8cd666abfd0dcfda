impl Client {
    /// Gets a model whose `property` is integer. The body is `{"property": 42}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/int`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model, with `property` set to 42. | [`IntProperty`](struct@IntProperty) |
    ///
    /// By status code: 200 [`IntGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`IntGetError`] for every error row above, and [`IntGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, IntGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.int_get().await? {
    ///     IntGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn int_get(&self) -> ::std::result::Result<IntGetResponse, IntGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/property/value-types/int"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        IntGetResponse::from_raw(response)
    }
}
/// What [`Client::int_get`] answered.
///
/// A variant per success row of the status table of [`Client::int_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntGetResponse {
    /// 200 OK: The model, with `property` set to 42.
    Ok {
        /// The response body.
        body: IntProperty,
    },
}
/// Why [`Client::int_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum IntGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for IntGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl IntGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, IntGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
