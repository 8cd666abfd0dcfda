impl Client {
    /// Lists the readings above a threshold, of every sensor.
    ///
    /// `GET https://sensors.example.com/readings`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | threshold | The lowest value to return. (optional) | Float (64-bit) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The readings, newest first. | List of [`Reading`](struct@Reading) |
    /// | 400 | The threshold is not a number the service accepts. | [`Problem`](struct@Problem) |
    ///
    /// By status code: 200 [`ListReadingsResponse::Ok`], 400 [`ListReadingsError::BadRequest`].
    ///
    /// # Errors
    ///
    /// [`ListReadingsError`] for every error row above, and [`ListReadingsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use adversarial::scalar_positions::{Client, ListReadingsResponse};
    /// let client = Client::builder().build()?;
    /// match client.list_readings(None).await? {
    ///     ListReadingsResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn list_readings(
        &self,
        threshold: ::std::option::Option<f64>,
    ) -> ::std::result::Result<ListReadingsResponse, ListReadingsError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[::specgen_runtime::PathPart::Literal("/readings")],
            query: &[
                ("threshold", threshold.as_ref().map(::std::string::ToString::to_string)),
            ],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ListReadingsResponse::from_raw(response)
    }
}
/// What [`Client::list_readings`] answered.
///
/// A variant per success row of the status table of [`Client::list_readings`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListReadingsResponse {
    /// 200 OK: The readings, newest first.
    Ok {
        /// The response body.
        body: ::std::vec::Vec<Reading>,
    },
}
/// Why [`Client::list_readings`] failed.
///
/// A variant per error row of the status table of [`Client::list_readings`]: 400 [`Self::BadRequest`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListReadingsError {
    /// 400 Bad Request: The threshold is not a number the service accepts.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<Problem>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ListReadingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => {
                "400 Bad Request: The threshold is not a number the service accepts."
            }
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl ListReadingsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ListReadingsError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            400 => {
                Err(ListReadingsError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
