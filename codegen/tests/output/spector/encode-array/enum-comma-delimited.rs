impl Client {
    /// Sends `{"value": "blue,red,green"}` and gets it back.
    ///
    /// `POST http://localhost:3000/encode/array/property/enum/comma-delimited`
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
    /// | 200 | The list, as sent. | [`CommaDelimitedEnumArrayProperty`](struct@CommaDelimitedEnumArrayProperty) |
    ///
    /// By status code: 200 [`EnumCommaDelimitedResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`EnumCommaDelimitedError`] for every error row above, and [`EnumCommaDelimitedError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, Colors, CommaDelimitedEnumArrayProperty, EnumCommaDelimitedResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .enum_comma_delimited(
    ///         &CommaDelimitedEnumArrayProperty {
    ///             value: Vec::from([Colors::Blue, Colors::Red, Colors::Green]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     EnumCommaDelimitedResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn enum_comma_delimited(
        &self,
        body: &CommaDelimitedEnumArrayProperty,
    ) -> ::std::result::Result<EnumCommaDelimitedResponse, EnumCommaDelimitedError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/array/property/enum/comma-delimited",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        EnumCommaDelimitedResponse::from_raw(response)
    }
}
/// What [`Client::enum_comma_delimited`] answered.
///
/// A variant per success row of the status table of [`Client::enum_comma_delimited`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum EnumCommaDelimitedResponse {
    /// 200 OK: The list, as sent.
    Ok {
        /// The response body.
        body: CommaDelimitedEnumArrayProperty,
    },
}
/// Why [`Client::enum_comma_delimited`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum EnumCommaDelimitedError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for EnumCommaDelimitedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl EnumCommaDelimitedResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, EnumCommaDelimitedError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
