impl Client {
    /// An empty model as input and output (`Type_Model_Empty_postRoundTripEmpty`).
    ///
    /// `POST http://localhost:3000/type/model/empty/round-trip`
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
    /// | 200 | The body. | [`EmptyInputOutput`](struct@EmptyInputOutput) |
    ///
    /// By status code: 200 [`EmptyRoundTripResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`EmptyRoundTripError`] for every error row above, and [`EmptyRoundTripError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, EmptyInputOutput, EmptyRoundTripResponse};
    /// let client = Client::builder().build()?;
    /// match client.empty_round_trip(&EmptyInputOutput {}).await? {
    ///     EmptyRoundTripResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn empty_round_trip(
        &self,
        body: &EmptyInputOutput,
    ) -> ::std::result::Result<EmptyRoundTripResponse, EmptyRoundTripError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/model/empty/round-trip"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        EmptyRoundTripResponse::from_raw(response)
    }
}
/// What [`Client::empty_round_trip`] answered.
///
/// A variant per success row of the status table of [`Client::empty_round_trip`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum EmptyRoundTripResponse {
    /// 200 OK: The body.
    Ok {
        /// The response body.
        body: EmptyInputOutput,
    },
}
/// Why [`Client::empty_round_trip`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum EmptyRoundTripError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for EmptyRoundTripError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl EmptyRoundTripResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, EmptyRoundTripError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
