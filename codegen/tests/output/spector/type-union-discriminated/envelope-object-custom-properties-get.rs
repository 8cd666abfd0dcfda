impl Client {
    /// Gets a cat (`{"petType": "cat", "petData": {"name": "Whiskers", "meow": true}}`), or the dog when `petType` is `dog`.
    ///
    /// `GET http://localhost:3000/type/union/discriminated/envelope/object/custom-properties`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | petType | The kind of pet to get; a cat when left out. (optional) | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The pet. | [`PetWithCustomNames`](enum@PetWithCustomNames) |
    ///
    /// By status code: 200 [`EnvelopeObjectCustomPropertiesGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`EnvelopeObjectCustomPropertiesGetError`] for every error row above, and [`EnvelopeObjectCustomPropertiesGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, EnvelopeObjectCustomPropertiesGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.envelope_object_custom_properties_get(None).await? {
    ///     EnvelopeObjectCustomPropertiesGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn envelope_object_custom_properties_get(
        &self,
        pet_type: ::std::option::Option<&str>,
    ) -> ::std::result::Result<
        EnvelopeObjectCustomPropertiesGetResponse,
        EnvelopeObjectCustomPropertiesGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/union/discriminated/envelope/object/custom-properties",
                ),
            ],
            query: &[("petType", pet_type.map(::std::string::ToString::to_string))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        EnvelopeObjectCustomPropertiesGetResponse::from_raw(response)
    }
}
/// What [`Client::envelope_object_custom_properties_get`] answered.
///
/// A variant per success row of the status table of [`Client::envelope_object_custom_properties_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum EnvelopeObjectCustomPropertiesGetResponse {
    /// 200 OK: The pet.
    Ok {
        /// The response body.
        body: PetWithCustomNames,
    },
}
/// Why [`Client::envelope_object_custom_properties_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum EnvelopeObjectCustomPropertiesGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for EnvelopeObjectCustomPropertiesGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl EnvelopeObjectCustomPropertiesGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, EnvelopeObjectCustomPropertiesGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
