impl Client {
    /// Gets the array of nullable models. The body is `[{"property": "hello"}, null, {"property": "world"}]`.
    ///
    /// `GET http://localhost:3000/type/array/nullable-model`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The value the scenario sends. | List of [`InnerModel`](struct@InnerModel) or null |
    ///
    /// By status code: 200 [`NullableModelGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NullableModelGetError`] for every error row above, and [`NullableModelGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NullableModelGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.nullable_model_get().await? {
    ///     NullableModelGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn nullable_model_get(
        &self,
    ) -> ::std::result::Result<NullableModelGetResponse, NullableModelGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/type/array/nullable-model")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NullableModelGetResponse::from_raw(response)
    }
}
/// What [`Client::nullable_model_get`] answered.
///
/// A variant per success row of the status table of [`Client::nullable_model_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NullableModelGetResponse {
    /// 200 OK: The value the scenario sends.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<::std::option::Option<InnerModel>>,
    },
}
/// Why [`Client::nullable_model_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NullableModelGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NullableModelGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NullableModelGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NullableModelGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
