impl Client {
    /// Sends `{"prop": {"string": "test", "array": ["test1", "test2"]}}`.
    ///
    /// `POST http://localhost:3000/type/union/string-and-array`
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
    /// | 204 | The server received the expected body. | |
    ///
    /// By status code: 204 [`StringAndArraySendResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`StringAndArraySendError`] for every error row above, and [`StringAndArraySendError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{
    ///     Client, StringAndArrayCases, StringAndArrayProp, StringOrStrings,
    ///     StringAndArraySendResponse,
    /// };
    /// let client = Client::builder().build()?;
    /// match client
    ///     .string_and_array_send(
    ///         &StringAndArrayProp {
    ///             prop: StringAndArrayCases {
    ///                 string: StringOrStrings::String("test".to_owned()),
    ///                 array: StringOrStrings::StringList(
    ///                     Vec::from(["test1".to_owned(), "test2".to_owned()]),
    ///                 ),
    ///             },
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     StringAndArraySendResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn string_and_array_send(
        &self,
        body: &StringAndArrayProp,
    ) -> ::std::result::Result<StringAndArraySendResponse, StringAndArraySendError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/type/union/string-and-array"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        StringAndArraySendResponse::from_raw(response)
    }
}
/// What [`Client::string_and_array_send`] answered.
///
/// A variant per success row of the status table of [`Client::string_and_array_send`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum StringAndArraySendResponse {
    /// 204 No Content: The server received the expected body.
    NoContent,
}
/// Why [`Client::string_and_array_send`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum StringAndArraySendError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for StringAndArraySendError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl StringAndArraySendResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, StringAndArraySendError> {
        match response.status.as_u16() {
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
