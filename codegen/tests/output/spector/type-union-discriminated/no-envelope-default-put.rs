impl Client {
    /// Puts `{"kind": "cat", "name": "Whiskers", "meow": true}`, and gets it back.
    ///
    /// `PUT http://localhost:3000/type/union/discriminated/no-envelope/default`
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
    /// | 200 | The pet, as sent. | [`PetInline`](enum@PetInline) |
    ///
    /// By status code: 200 [`NoEnvelopeDefaultPutResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NoEnvelopeDefaultPutError`] for every error row above, and [`NoEnvelopeDefaultPutError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Cat, Client, PetInline, NoEnvelopeDefaultPutResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .no_envelope_default_put(
    ///         &PetInline::Cat(Cat {
    ///             name: "Whiskers".to_owned(),
    ///             meow: true,
    ///         }),
    ///     )
    ///     .await?
    /// {
    ///     NoEnvelopeDefaultPutResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn no_envelope_default_put(
        &self,
        body: &PetInline,
    ) -> ::std::result::Result<NoEnvelopeDefaultPutResponse, NoEnvelopeDefaultPutError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/union/discriminated/no-envelope/default",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        NoEnvelopeDefaultPutResponse::from_raw(response)
    }
}
/// What [`Client::no_envelope_default_put`] answered.
///
/// A variant per success row of the status table of [`Client::no_envelope_default_put`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NoEnvelopeDefaultPutResponse {
    /// 200 OK: The pet, as sent.
    Ok {
        /// The response body.
        body: PetInline,
    },
}
/// Why [`Client::no_envelope_default_put`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NoEnvelopeDefaultPutError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NoEnvelopeDefaultPutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NoEnvelopeDefaultPutResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NoEnvelopeDefaultPutError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
