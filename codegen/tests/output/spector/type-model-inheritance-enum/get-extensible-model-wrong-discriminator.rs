impl Client {
    /// Gets a [`Dog`](enum@Dog). The body is `{"weight": 8, "kind": "wrongKind"}`.
    ///
    /// `GET http://localhost:3000/type/model/inheritance/enum-discriminator/extensible-enum/wrongdiscriminator`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario answers. | [`Dog`](enum@Dog) |
    ///
    /// By status code: 200 [`GetExtensibleModelWrongDiscriminatorResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GetExtensibleModelWrongDiscriminatorError`] for every error row above, and [`GetExtensibleModelWrongDiscriminatorError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GetExtensibleModelWrongDiscriminatorResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_extensible_model_wrong_discriminator().await? {
    ///     GetExtensibleModelWrongDiscriminatorResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_extensible_model_wrong_discriminator(
        &self,
    ) -> ::std::result::Result<
        GetExtensibleModelWrongDiscriminatorResponse,
        GetExtensibleModelWrongDiscriminatorError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/enum-discriminator/extensible-enum/wrongdiscriminator",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetExtensibleModelWrongDiscriminatorResponse::from_raw(response)
    }
}
/// What [`Client::get_extensible_model_wrong_discriminator`] answered.
///
/// A variant per success row of the status table of [`Client::get_extensible_model_wrong_discriminator`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetExtensibleModelWrongDiscriminatorResponse {
    /// 200 OK: The model the scenario answers.
    Ok {
        /// The response body.
        body: Dog,
    },
}
/// Why [`Client::get_extensible_model_wrong_discriminator`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetExtensibleModelWrongDiscriminatorError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetExtensibleModelWrongDiscriminatorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GetExtensibleModelWrongDiscriminatorResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GetExtensibleModelWrongDiscriminatorError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
