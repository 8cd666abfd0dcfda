impl Client {
    /// Gets a [`Snake`](enum@Snake). The body is `{"length": 10, "kind": "cobra"}`.
    ///
    /// `GET http://localhost:3000/type/model/inheritance/enum-discriminator/fixed-enum`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario answers. | [`Snake`](enum@Snake) |
    ///
    /// By status code: 200 [`GetFixedModelResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GetFixedModelError`] for every error row above, and [`GetFixedModelError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GetFixedModelResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_fixed_model().await? {
    ///     GetFixedModelResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_fixed_model(
        &self,
    ) -> ::std::result::Result<GetFixedModelResponse, GetFixedModelError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/enum-discriminator/fixed-enum",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetFixedModelResponse::from_raw(response)
    }
}
/// What [`Client::get_fixed_model`] answered.
///
/// A variant per success row of the status table of [`Client::get_fixed_model`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetFixedModelResponse {
    /// 200 OK: The model the scenario answers.
    Ok {
        /// The response body.
        body: Snake,
    },
}
/// Why [`Client::get_fixed_model`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFixedModelError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetFixedModelError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GetFixedModelResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GetFixedModelError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
