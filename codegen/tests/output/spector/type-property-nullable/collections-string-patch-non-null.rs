impl Client {
    /// Sends the model as a JSON merge patch (`application/merge-patch+json`); `nullableProperty`, required and nullable, is always sent: `null` when `None`. The body is `{"requiredProperty": "foo", "nullableProperty": ["hello", "world"]}`.
    ///
    /// `PATCH http://localhost:3000/type/property/nullable/collections/string/non-null`
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
    /// By status code: 204 [`CollectionsStringPatchNonNullResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`CollectionsStringPatchNonNullError`] for every error row above, and [`CollectionsStringPatchNonNullError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `PATCH` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, CollectionsStringProperty, CollectionsStringPatchNonNullResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .collections_string_patch_non_null(
    ///         &CollectionsStringProperty {
    ///             required_property: "foo".to_owned(),
    ///             nullable_property: Some(
    ///                 Vec::from(["hello".to_owned(), "world".to_owned()]),
    ///             ),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     CollectionsStringPatchNonNullResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn collections_string_patch_non_null(
        &self,
        body: &CollectionsStringProperty,
    ) -> ::std::result::Result<
        CollectionsStringPatchNonNullResponse,
        CollectionsStringPatchNonNullError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PATCH,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/nullable/collections/string/non-null",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/merge-patch+json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        CollectionsStringPatchNonNullResponse::from_raw(response)
    }
}
/// What [`Client::collections_string_patch_non_null`] answered.
///
/// A variant per success row of the status table of [`Client::collections_string_patch_non_null`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum CollectionsStringPatchNonNullResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::collections_string_patch_non_null`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum CollectionsStringPatchNonNullError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for CollectionsStringPatchNonNullError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl CollectionsStringPatchNonNullResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, CollectionsStringPatchNonNullError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
