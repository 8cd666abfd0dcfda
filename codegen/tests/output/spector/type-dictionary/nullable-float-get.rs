impl Client {
    /// Gets the dictionary of nullable float values. The body is `{"k1": 1.25, "k2": 0.5, "k3": null}`.
    ///
    /// `GET http://localhost:3000/type/dictionary/nullable-float`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | Map of Float (64-bit) or null |
    ///
    /// By status code: 200 [`NullableFloatGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NullableFloatGetError`] for every error row above, and [`NullableFloatGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NullableFloatGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.nullable_float_get().await? {
    ///     NullableFloatGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_float_get(
        &self,
    ) -> ::std::result::Result<NullableFloatGetResponse, NullableFloatGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/dictionary/nullable-float"),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NullableFloatGetResponse::from_raw(response)
    }
}
/// What [`Client::nullable_float_get`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_float_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableFloatGetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<f64>,
        >,
    },
}
/// Why [`Client::nullable_float_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableFloatGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableFloatGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableFloatGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableFloatGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
