impl Client {
    /// Gets a cat (`{"kind": "cat", "value": {"name": "Whiskers", "meow": true}}`), or the dog when `kind` is `dog`.
    ///
    /// `GET http://localhost:3000/type/union/discriminated/envelope/object/default`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | kind | The kind of pet to get; a cat when left out. (optional) | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The pet. | [`PetWithEnvelope`](enum@PetWithEnvelope) |
    ///
    /// By status code: 200 [`EnvelopeObjectDefaultGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`EnvelopeObjectDefaultGetError`] for every error row above, and [`EnvelopeObjectDefaultGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, EnvelopeObjectDefaultGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.envelope_object_default_get(None).await? {
    ///     EnvelopeObjectDefaultGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn envelope_object_default_get(
        &self,
        kind: ::std::option::Option<&str>,
    ) -> ::std::result::Result<
        EnvelopeObjectDefaultGetResponse,
        EnvelopeObjectDefaultGetError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/union/discriminated/envelope/object/default",
                ),
            ],
            query: &[("kind", kind.map(::std::string::ToString::to_string))],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        EnvelopeObjectDefaultGetResponse::from_raw(response)
    }
}
/// What [`Client::envelope_object_default_get`] answered.
///
/// A variant per success row of the status table of [`Client::envelope_object_default_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum EnvelopeObjectDefaultGetResponse {
    /// 200 OK: The pet.
    Ok {
        /// The response body.
        body: PetWithEnvelope,
    },
}
/// Why [`Client::envelope_object_default_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum EnvelopeObjectDefaultGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for EnvelopeObjectDefaultGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl EnvelopeObjectDefaultGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, EnvelopeObjectDefaultGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
