impl Client {
    /// Gets a model whose `property` is a enumeration. The body is `{"property": "ValueOne"}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/enum`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario sends. | [`EnumProperty`](struct@EnumProperty) |
    ///
    /// By status code: 200 [`EnumGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`EnumGetError`] for every error row above, and [`EnumGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, EnumGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.enum_get().await? {
    ///     EnumGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn enum_get(
        &self,
    ) -> ::std::result::Result<EnumGetResponse, EnumGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/property/value-types/enum"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        EnumGetResponse::from_raw(response)
    }
}
/// What [`Client::enum_get`] answered.
///
/// A variant per success row of the status table of [`Client::enum_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum EnumGetResponse {
    /// 200 OK: The model the scenario sends.
    Ok {
        /// The response body.
        body: EnumProperty,
    },
}
/// Why [`Client::enum_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum EnumGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for EnumGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl EnumGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, EnumGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
