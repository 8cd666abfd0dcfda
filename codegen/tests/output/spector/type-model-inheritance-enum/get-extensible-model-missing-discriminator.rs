impl Client {
    /// Gets a [`Dog`](enum@Dog). The body is `{"weight": 10}`.
    ///
    /// `GET http://localhost:3000/type/model/inheritance/enum-discriminator/extensible-enum/missingdiscriminator`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario answers. | [`Dog`](enum@Dog) |
    ///
    /// By status code: 200 [`GetExtensibleModelMissingDiscriminatorResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GetExtensibleModelMissingDiscriminatorError`] for every error row above, and [`GetExtensibleModelMissingDiscriminatorError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GetExtensibleModelMissingDiscriminatorResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_extensible_model_missing_discriminator().await? {
    ///     GetExtensibleModelMissingDiscriminatorResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_extensible_model_missing_discriminator(
        &self,
    ) -> ::std::result::Result<
        GetExtensibleModelMissingDiscriminatorResponse,
        GetExtensibleModelMissingDiscriminatorError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/enum-discriminator/extensible-enum/missingdiscriminator",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetExtensibleModelMissingDiscriminatorResponse::from_raw(response)
    }
}
/// What [`Client::get_extensible_model_missing_discriminator`] answered.
///
/// A variant per success row of the status table of [`Client::get_extensible_model_missing_discriminator`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetExtensibleModelMissingDiscriminatorResponse {
    /// 200 OK: The model the scenario answers.
    Ok {
        /// The response body.
        body: Dog,
    },
}
/// Why [`Client::get_extensible_model_missing_discriminator`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetExtensibleModelMissingDiscriminatorError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetExtensibleModelMissingDiscriminatorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GetExtensibleModelMissingDiscriminatorResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GetExtensibleModelMissingDiscriminatorError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
