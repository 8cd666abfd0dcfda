impl Client {
    /// Gets a [`Snake`](enum@Snake). The body is `{"length": 10}`.
    ///
    /// `GET http://localhost:3000/type/model/inheritance/enum-discriminator/fixed-enum/missingdiscriminator`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario answers. | [`Snake`](enum@Snake) |
    ///
    /// By status code: 200 [`GetFixedModelMissingDiscriminatorResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GetFixedModelMissingDiscriminatorError`] for every error row above, and [`GetFixedModelMissingDiscriminatorError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GetFixedModelMissingDiscriminatorResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_fixed_model_missing_discriminator().await? {
    ///     GetFixedModelMissingDiscriminatorResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_fixed_model_missing_discriminator(
        &self,
    ) -> ::std::result::Result<
        GetFixedModelMissingDiscriminatorResponse,
        GetFixedModelMissingDiscriminatorError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/enum-discriminator/fixed-enum/missingdiscriminator",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetFixedModelMissingDiscriminatorResponse::from_raw(response)
    }
}
/// What [`Client::get_fixed_model_missing_discriminator`] answered.
///
/// A variant per success row of the status table of [`Client::get_fixed_model_missing_discriminator`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetFixedModelMissingDiscriminatorResponse {
    /// 200 OK: The model the scenario answers.
    Ok {
        /// The response body.
        body: Snake,
    },
}
/// Why [`Client::get_fixed_model_missing_discriminator`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFixedModelMissingDiscriminatorError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetFixedModelMissingDiscriminatorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GetFixedModelMissingDiscriminatorResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GetFixedModelMissingDiscriminatorError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
