impl Client {
    /// Gets the array of nullable boolean values. The body is `[true, null, false]`.
    ///
    /// `GET http://localhost:3000/type/array/nullable-boolean`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | List of Boolean or null |
    ///
    /// By status code: 200 [`NullableBooleanGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NullableBooleanGetError`] for every error row above, and [`NullableBooleanGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NullableBooleanGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.nullable_boolean_get().await? {
    ///     NullableBooleanGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_boolean_get(
        &self,
    ) -> ::std::result::Result<NullableBooleanGetResponse, NullableBooleanGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/array/nullable-boolean"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NullableBooleanGetResponse::from_raw(response)
    }
}
/// What [`Client::nullable_boolean_get`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_boolean_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableBooleanGetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<::std::option::Option<bool>>,
    },
}
/// Why [`Client::nullable_boolean_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableBooleanGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableBooleanGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableBooleanGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableBooleanGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
