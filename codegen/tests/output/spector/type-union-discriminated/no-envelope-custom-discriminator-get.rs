impl Client {
    /// Gets a cat (`{"type": "cat", "name": "Whiskers", "meow": true}`), or the dog when `type` is `dog`.
    ///
    /// `GET http://localhost:3000/type/union/discriminated/no-envelope/custom-discriminator`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | type | The kind of pet to get; a cat when left out. (optional) | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The pet. | [`PetInlineWithCustomDiscriminator`](enum@PetInlineWithCustomDiscriminator) |
    ///
    /// By status code: 200 [`NoEnvelopeCustomDiscriminatorGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NoEnvelopeCustomDiscriminatorGetError`] for every error row above, and [`NoEnvelopeCustomDiscriminatorGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, NoEnvelopeCustomDiscriminatorGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.no_envelope_custom_discriminator_get(None).await? {
    ///     NoEnvelopeCustomDiscriminatorGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn no_envelope_custom_discriminator_get(
        &self,
        r#type: ::std::option::Option<&str>,
    ) -> ::std::result::Result<
        NoEnvelopeCustomDiscriminatorGetResponse,
        NoEnvelopeCustomDiscriminatorGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/union/discriminated/no-envelope/custom-discriminator",
                ),
            ],
            query: &[("type", r#type.map(::std::string::ToString::to_string))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NoEnvelopeCustomDiscriminatorGetResponse::from_raw(response)
    }
}
/// What [`Client::no_envelope_custom_discriminator_get`] answered.
///
/// A variant per success row of the status table of [`Client::no_envelope_custom_discriminator_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NoEnvelopeCustomDiscriminatorGetResponse {
    /// 200 OK: The pet.
    Ok {
        /// The response body.
        body: PetInlineWithCustomDiscriminator,
    },
}
/// Why [`Client::no_envelope_custom_discriminator_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NoEnvelopeCustomDiscriminatorGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NoEnvelopeCustomDiscriminatorGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NoEnvelopeCustomDiscriminatorGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NoEnvelopeCustomDiscriminatorGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
