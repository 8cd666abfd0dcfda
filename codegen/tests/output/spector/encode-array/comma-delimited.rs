impl Client {
    /// Sends `{"value": "blue,red,green"}` and gets it back.
    ///
    /// `POST http://localhost:3000/encode/array/property/comma-delimited`
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
    /// | 200 | The list, as sent. | [`CommaDelimitedArrayProperty`](struct@CommaDelimitedArrayProperty) |
    ///
    /// By status code: 200 [`CommaDelimitedResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`CommaDelimitedError`] for every error row above, and [`CommaDelimitedError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, CommaDelimitedArrayProperty, CommaDelimitedResponse};
    /// let client = Client::builder().build()?;
    /// match client
    ///     .comma_delimited(
    ///         &CommaDelimitedArrayProperty {
    ///             value: Vec::from([
    ///                 "blue".to_owned(),
    ///                 "red".to_owned(),
    ///                 "green".to_owned(),
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     CommaDelimitedResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn comma_delimited(
        &self,
        body: &CommaDelimitedArrayProperty,
    ) -> ::std::result::Result<CommaDelimitedResponse, CommaDelimitedError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/array/property/comma-delimited",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        CommaDelimitedResponse::from_raw(response)
    }
}
/// What [`Client::comma_delimited`] answered.
///
/// A variant per success row of the status table of [`Client::comma_delimited`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum CommaDelimitedResponse {
    /// 200 OK: The list, as sent.
    Ok {
        /// The response body.
        body: CommaDelimitedArrayProperty,
    },
}
/// Why [`Client::comma_delimited`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum CommaDelimitedError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for CommaDelimitedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl CommaDelimitedResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, CommaDelimitedError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
