impl Client {
    /// Sends the model as a JSON merge patch (`application/merge-patch+json`); `nullableProperty`, required and nullable, is always sent: `null` when `None`. The body is `{"requiredProperty": "foo", "nullableProperty": null}`.
    ///
    /// `PATCH http://localhost:3000/type/property/nullable/bytes/null`
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
    /// By status code: 204 [`NullableBytesPatchNullResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`NullableBytesPatchNullError`] for every error row above, and [`NullableBytesPatchNullError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `PATCH` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NullableBytesProperty, NullableBytesPatchNullResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .nullable_bytes_patch_null(
    ///         &NullableBytesProperty {
    ///             required_property: "foo".to_owned(),
    ///             nullable_property: None,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     NullableBytesPatchNullResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_bytes_patch_null(
        &self,
        body: &NullableBytesProperty,
    ) -> ::std::result::Result<
        NullableBytesPatchNullResponse,
        NullableBytesPatchNullError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PATCH,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/nullable/bytes/null",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/merge-patch+json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        NullableBytesPatchNullResponse::from_raw(response)
    }
}
/// What [`Client::nullable_bytes_patch_null`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_bytes_patch_null`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableBytesPatchNullResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::nullable_bytes_patch_null`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableBytesPatchNullError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableBytesPatchNullError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableBytesPatchNullResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableBytesPatchNullError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
