impl Client {
    /// Answers a body of another shape with each status.
    ///
    /// `PATCH https://api.example.com/v1/things?api-version=2020-01-01`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | api-version | Version of the API. | Date |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | A list. | List of [`Job`](struct@Job) |
    /// | 201 | A map. | Map of Integer |
    /// | 202 | An enumeration. | [`State`](enum@State) |
    /// | 203 | A scalar. | Integer |
    /// | 206 | A string. | String |
    ///
    /// By status code: 200 [`ListThingsResponse::Jobs`], 201 [`ListThingsResponse::Counts`], 202 [`ListThingsResponse::State`], 203 [`ListThingsResponse::Count`], 206 [`ListThingsResponse::Text`].
    ///
    /// # Errors
    ///
    /// [`ListThingsError`] for every error row above, and [`ListThingsError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `PATCH` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use openapi_coverage::{Client, ListThingsResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.list_things().await? {
    ///     ListThingsResponse::Jobs { .. } => println!("200: Jobs"),
    ///     ListThingsResponse::Counts { .. } => println!("201: Counts"),
    ///     ListThingsResponse::State { .. } => println!("202: State"),
    ///     ListThingsResponse::Count { .. } => println!("203: Count"),
    ///     ListThingsResponse::Text { .. } => println!("206: Text"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn list_things(
        &self,
    ) -> ::std::result::Result<ListThingsResponse, ListThingsError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PATCH,
            path: &[::specgen_runtime::PathPart::Literal("/things")],
            query: &[],
            headers: &[],
            body: None,
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        ListThingsResponse::from_raw(response)
    }
}
/// What [`Client::list_things`] answered.
///
/// A variant per success row of the status table of [`Client::list_things`]: 200 [`Self::Jobs`], 201 [`Self::Counts`], 202 [`Self::State`], 203 [`Self::Count`], 206 [`Self::Text`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListThingsResponse {
    /// 200 OK: A list.
    Jobs {
        /// The response body.
        body: ::std::vec::Vec<Job>,
    },
    /// 201 Created: A map.
    Counts {
        /// The response body.
        body: ::std::collections::BTreeMap<::std::string::String, i64>,
    },
    /// 202 Accepted: An enumeration.
    State {
        /// The response body.
        body: State,
    },
    /// 203: A scalar.
    Count {
        /// The response body.
        body: i64,
    },
    /// 206: A string.
    Text {
        /// The response body.
        body: ::std::string::String,
    },
}
/// Why [`Client::list_things`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ListThingsError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ListThingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ListThingsResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, ListThingsError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Jobs {
                    body: response.json()?,
                })
            }
            201 => {
                Ok(Self::Counts {
                    body: response.json()?,
                })
            }
            202 => {
                Ok(Self::State {
                    body: response.json()?,
                })
            }
            203 => {
                Ok(Self::Count {
                    body: response.json()?,
                })
            }
            206 => {
                Ok(Self::Text {
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
