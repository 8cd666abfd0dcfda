impl Client {
    /// Sends the model as a JSON merge patch (`application/merge-patch+json`); `nullableProperty`, required and nullable, is always sent: `null` when `None`. The body is `{"requiredProperty": "foo", "nullableProperty": "aGVsbG8sIHdvcmxkIQ=="}`.
    ///
    /// `PATCH http://localhost:3000/type/property/nullable/bytes/non-null`
    ///
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/merge-patch+json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`NullableBytesPatchNonNullResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`NullableBytesPatchNonNullError`] for every error row above, and [`NullableBytesPatchNonNullError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `PATCH` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, NullableBytesProperty, NullableBytesPatchNonNullResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .nullable_bytes_patch_non_null(
    ///         &NullableBytesProperty {
    ///             required_property: "foo".to_owned(),
    ///             nullable_property: Some(
    ///                 ::specgen_runtime::encoding::Base64::parse("aGVsbG8sIHdvcmxkIQ==")?,
    ///             ),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     NullableBytesPatchNonNullResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_bytes_patch_non_null(
        &self,
        body: &NullableBytesProperty,
    ) -> ::std::result::Result<
        NullableBytesPatchNonNullResponse,
        NullableBytesPatchNonNullError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PATCH,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/nullable/bytes/non-null",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/merge-patch+json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        NullableBytesPatchNonNullResponse::from_raw(response)
    }
}
/// What [`Client::nullable_bytes_patch_non_null`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_bytes_patch_non_null`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableBytesPatchNonNullResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::nullable_bytes_patch_non_null`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableBytesPatchNonNullError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableBytesPatchNonNullError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableBytesPatchNonNullResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableBytesPatchNonNullError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
