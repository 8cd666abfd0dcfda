impl Client {
    /// Gets a [`Bird`](enum@Bird). The body is `{"wingspan": 1}`.
    ///
    /// `GET http://localhost:3000/type/model/inheritance/single-discriminator/missingdiscriminator`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model the scenario answers. | [`Bird`](enum@Bird) |
    ///
    /// By status code: 200 [`GetMissingDiscriminatorResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GetMissingDiscriminatorError`] for every error row above, and [`GetMissingDiscriminatorError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GetMissingDiscriminatorResponse};
    /// let client = Client::builder().build()?;
    /// match client.get_missing_discriminator().await? {
    ///     GetMissingDiscriminatorResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn get_missing_discriminator(
        &self,
    ) -> ::std::result::Result<
        GetMissingDiscriminatorResponse,
        GetMissingDiscriminatorError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/model/inheritance/single-discriminator/missingdiscriminator",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetMissingDiscriminatorResponse::from_raw(response)
    }
}
/// What [`Client::get_missing_discriminator`] answered.
///
/// A variant per success row of the status table of [`Client::get_missing_discriminator`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetMissingDiscriminatorResponse {
    /// 200 OK: The model the scenario answers.
    Ok {
        /// The response body.
        body: Bird,
    },
}
/// Why [`Client::get_missing_discriminator`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GetMissingDiscriminatorError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetMissingDiscriminatorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GetMissingDiscriminatorResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GetMissingDiscriminatorError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
