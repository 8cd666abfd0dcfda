impl Client {
    /// Puts the array of nullable int32 values. The body is `[1, null, 3]`.
    ///
    /// `PUT http://localhost:3000/type/array/nullable-int32`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`NullableInt32PutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`NullableInt32PutError`] for every error row above, and [`NullableInt32PutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NullableInt32PutResponse};
    /// let client = Client::builder().build()?;
    /// match client.nullable_int32_put(&Vec::from([Some(1), None, Some(3)])).await? {
    ///     NullableInt32PutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_int32_put(
        &self,
        body: &[::std::option::Option<i32>],
    ) -> ::std::result::Result<NullableInt32PutResponse, NullableInt32PutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[::specgen_runtime::PathPart::Literal("/type/array/nullable-int32")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NullableInt32PutResponse::from_raw(response)
    }
}
/// What [`Client::nullable_int32_put`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_int32_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableInt32PutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::nullable_int32_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableInt32PutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableInt32PutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableInt32PutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableInt32PutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
