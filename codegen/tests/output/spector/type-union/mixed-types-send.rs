impl Client {
    /// Sends `{"prop": {"model": {"name": "test"}, "literal": "a", "int": 2, "boolean": true, "array": [{"name": "test"}, "a", 2, true]}}`.
    ///
    /// `POST http://localhost:3000/type/union/mixed-types`
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
    /// By status code: 204 [`MixedTypesSendResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`MixedTypesSendError`] for every error row above, and [`MixedTypesSendError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Cat, Client, MixedTypesCases, MixedTypesProp, MixedTypesUnion,
    ///     MixedTypesSendResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .mixed_types_send(
    ///         &MixedTypesProp {
    ///             prop: MixedTypesCases {
    ///                 model: MixedTypesUnion::Cat(Cat { name: "test".to_owned() }),
    ///                 literal: MixedTypesUnion::A,
    ///                 int: MixedTypesUnion::Int32(2),
    ///                 boolean: MixedTypesUnion::Boolean(true),
    ///                 array: Vec::from([
    ///                     MixedTypesUnion::Cat(Cat { name: "test".to_owned() }),
    ///                     MixedTypesUnion::A,
    ///                     MixedTypesUnion::Int32(2),
    ///                     MixedTypesUnion::Boolean(true),
    ///                 ]),
    ///             },
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     MixedTypesSendResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn mixed_types_send(
        &self,
        body: &MixedTypesProp,
    ) -> ::std::result::Result<MixedTypesSendResponse, MixedTypesSendError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[::specgen_runtime::PathPart::Literal("/type/union/mixed-types")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        MixedTypesSendResponse::from_raw(response)
    }
}
/// What [`Client::mixed_types_send`] answered.
///
/// A variant per success row of the status table of [`Client::mixed_types_send`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum MixedTypesSendResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::mixed_types_send`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum MixedTypesSendError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for MixedTypesSendError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl MixedTypesSendResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, MixedTypesSendError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
