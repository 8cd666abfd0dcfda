impl Client {
    /// Puts the array of nullable models. The body is `[{"property": "hello"}, null, {"property": "world"}]`.
    ///
    /// `PUT http://localhost:3000/type/array/nullable-model`
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
    /// By status code: 204 [`NullableModelPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`NullableModelPutError`] for every error row above, and [`NullableModelPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, InnerModel, NullableModelPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .nullable_model_put(
    ///         &Vec::from([
    ///             Some(InnerModel {
    ///                 property: "hello".to_owned(),
    ///             }),
    ///             None,
    ///             Some(InnerModel {
    ///                 property: "world".to_owned(),
    ///             }),
    ///         ]),
    ///     )
    ///     .await?
    /// {
    ///     NullableModelPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_model_put(
        &self,
        body: &[::std::option::Option<InnerModel>],
    ) -> ::std::result::Result<NullableModelPutResponse, NullableModelPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[::specgen_runtime::PathPart::Literal("/type/array/nullable-model")],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NullableModelPutResponse::from_raw(response)
    }
}
/// What [`Client::nullable_model_put`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_model_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableModelPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::nullable_model_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableModelPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableModelPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableModelPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableModelPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
