impl Client {
    /// Sends `{"value": "blue,red,green"}` and gets it back.
    ///
    /// `POST http://localhost:3000/encode/array/property/extensible-enum/comma-delimited`
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
    /// | 200 | The list, as sent. | [`CommaDelimitedExtensibleEnumArrayProperty`](struct@CommaDelimitedExtensibleEnumArrayProperty) |
    ///
    /// By status code: 200 [`ExtensibleEnumCommaDelimitedResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExtensibleEnumCommaDelimitedError`] for every error row above, and [`ExtensibleEnumCommaDelimitedError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, ColorsExtensibleEnum, CommaDelimitedExtensibleEnumArrayProperty,
    ///     ExtensibleEnumCommaDelimitedResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .extensible_enum_comma_delimited(
    ///         &CommaDelimitedExtensibleEnumArrayProperty {
    ///             value: Vec::from([
    ///                 ColorsExtensibleEnum::Blue,
    ///                 ColorsExtensibleEnum::Red,
    ///                 ColorsExtensibleEnum::Green,
    ///             ]),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     ExtensibleEnumCommaDelimitedResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn extensible_enum_comma_delimited(
        &self,
        body: &CommaDelimitedExtensibleEnumArrayProperty,
    ) -> ::std::result::Result<
        ExtensibleEnumCommaDelimitedResponse,
        ExtensibleEnumCommaDelimitedError,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/array/property/extensible-enum/comma-delimited",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        ExtensibleEnumCommaDelimitedResponse::from_raw(response)
    }
}
/// What [`Client::extensible_enum_comma_delimited`] answered.
///
/// A variant per success row of the status table of [`Client::extensible_enum_comma_delimited`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtensibleEnumCommaDelimitedResponse {
    /// 200 OK: The list, as sent.
    Ok {
        /// The response body.
        body: CommaDelimitedExtensibleEnumArrayProperty,
    },
}
/// Why [`Client::extensible_enum_comma_delimited`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExtensibleEnumCommaDelimitedError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExtensibleEnumCommaDelimitedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExtensibleEnumCommaDelimitedResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExtensibleEnumCommaDelimitedError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
