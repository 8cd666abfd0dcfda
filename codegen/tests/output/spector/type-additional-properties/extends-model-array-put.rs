impl Client {
    /// Puts a [`ExtendsModelArrayAdditionalProperties`](struct@ExtendsModelArrayAdditionalProperties). The body is `{"knownProp": [{"state": "ok"}, {"state": "ok"}], "prop": [{"state": "ok"}, {"state": "ok"}]}`.
    ///
    /// `PUT http://localhost:3000/type/property/additionalProperties/extendsRecordModelArray`
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
    /// By status code: 204 [`ExtendsModelArrayPutResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ExtendsModelArrayPutError`] for every error row above, and [`ExtendsModelArrayPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, ExtendsModelArrayAdditionalProperties, ModelForRecord,
    ///     ExtendsModelArrayPutResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .extends_model_array_put(
    ///         &ExtendsModelArrayAdditionalProperties {
    ///             known_prop: Vec::from([
    ///                 ModelForRecord {
    ///                     state: "ok".to_owned(),
    ///                 },
    ///                 ModelForRecord {
    ///                     state: "ok".to_owned(),
    ///                 },
    ///             ]),
    ///             additional_properties: ::std::collections::BTreeMap::from([
    ///                 (
    ///                     "prop".to_owned(),
    ///                     Vec::from([
    ///                         ModelForRecord {
    ///                             state: "ok".to_owned(),
    ///                         },
    ///                         ModelForRecord {
    ///                             state: "ok".to_owned(),
    ///                         },
    ///                     ]),
    ///                 ),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     ExtendsModelArrayPutResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extends_model_array_put(
        &self,
        body: &ExtendsModelArrayAdditionalProperties,
    ) -> ::std::result::Result<ExtendsModelArrayPutResponse, ExtendsModelArrayPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/additionalProperties/extendsRecordModelArray",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExtendsModelArrayPutResponse::from_raw(response)
    }
}
/// What [`Client::extends_model_array_put`] answered.
///
/// A variant per success row of the status table of [`Client::extends_model_array_put`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsModelArrayPutResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::extends_model_array_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtendsModelArrayPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtendsModelArrayPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtendsModelArrayPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtendsModelArrayPutError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
