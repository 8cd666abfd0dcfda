impl Client {
    /// Sends `{"value": "blue\nred\ngreen"}` and gets it back.
    ///
    /// `POST http://localhost:3000/encode/array/property/newline-delimited`
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
    /// | 200 | The list, as sent. | [`NewlineDelimitedArrayProperty`](struct@NewlineDelimitedArrayProperty) |
    ///
    /// By status code: 200 [`NewlineDelimitedResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`NewlineDelimitedError`] for every error row above, and [`NewlineDelimitedError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, NewlineDelimitedArrayProperty, NewlineDelimitedResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .newline_delimited(
    ///         &NewlineDelimitedArrayProperty {
    ///             value: Vec::from([
    ///                 "blue".to_owned(),
    ///                 "red".to_owned(),
    ///                 "green".to_owned(),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     NewlineDelimitedResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn newline_delimited(
        &self,
        body: &NewlineDelimitedArrayProperty,
    ) -> ::std::result::Result<NewlineDelimitedResponse, NewlineDelimitedError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/array/property/newline-delimited",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        NewlineDelimitedResponse::from_raw(response)
    }
}
/// What [`Client::newline_delimited`] answered.
///
/// A variant per success row of the status table of [`Client::newline_delimited`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum NewlineDelimitedResponse {
    /// 200 OK: The list, as sent.
    Ok {
        /// The response body.
        body: NewlineDelimitedArrayProperty,
    },
}
/// Why [`Client::newline_delimited`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum NewlineDelimitedError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for NewlineDelimitedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl NewlineDelimitedResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, NewlineDelimitedError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
