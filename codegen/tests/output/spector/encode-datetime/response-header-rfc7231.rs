impl Client {
    /// Reads the `value` response header in its wire form.
    ///
    /// `GET http://localhost:3000/encode/datetime/responseheader/rfc7231`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 204 | The value, in the header. | |
    ///
    /// By status code: 204 [`ResponseHeaderRfc7231Response::NoContent`].
    ///
    /// # Errors
    ///
    /// [`ResponseHeaderRfc7231Error`] for every error row above, and [`ResponseHeaderRfc7231Error::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ResponseHeaderRfc7231Response};
    /// let client = Client::builder().build()?;
    /// match client.response_header_rfc7231().await? {
    ///     ResponseHeaderRfc7231Response::NoContent { .. } => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn response_header_rfc7231(
        &self,
    ) -> ::std::result::Result<
        ResponseHeaderRfc7231Response,
        ResponseHeaderRfc7231Error,
    > {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/encode/datetime/responseheader/rfc7231",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ResponseHeaderRfc7231Response::from_raw(response)
    }
}
/// What [`Client::response_header_rfc7231`] answered.
///
/// A variant per success row of the status table of [`Client::response_header_rfc7231`]: 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseHeaderRfc7231Response {
    /// 204 No Content: The value, in the header.
    NoContent {
        /// The `value` header: The value.
        value: ::specgen_runtime::DateTime,
    },
}
/// Why [`Client::response_header_rfc7231`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseHeaderRfc7231Error {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ResponseHeaderRfc7231Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ResponseHeaderRfc7231Response {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ResponseHeaderRfc7231Error> {
        match response.status.as_u16() {
            204 => {
                Ok(Self::NoContent {
                    value: response
                        .header_with(
                            "value",
                            ::specgen_runtime::encoding::Rfc7231::parse,
                        )?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
