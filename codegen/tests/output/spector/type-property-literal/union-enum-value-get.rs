impl Client {
    /// Gets the model; the body is `{"property": "value2"}`.
    ///
    /// `GET http://localhost:3000/type/property/value-types/union-enum-value`
    ///
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The model. | [`UnionEnumValueProperty`](struct@UnionEnumValueProperty) |
    ///
    /// By status code: 200 [`UnionEnumValueGetResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`UnionEnumValueGetError`] for every error row above, and [`UnionEnumValueGetError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, UnionEnumValueGetResponse};
    /// let client = Client::builder().build()?;
    /// match client.union_enum_value_get().await? {
    ///     UnionEnumValueGetResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn union_enum_value_get(
        &self,
    ) -> ::std::result::Result<UnionEnumValueGetResponse, UnionEnumValueGetError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/type/property/value-types/union-enum-value",
                ),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        UnionEnumValueGetResponse::from_raw(response)
    }
}
/// What [`Client::union_enum_value_get`] answered.
///
/// A variant per success row of the status table of [`Client::union_enum_value_get`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnionEnumValueGetResponse {
    /// 200 OK: The model.
    Ok {
        /// The response body.
        body: UnionEnumValueProperty,
    },
}
/// Why [`Client::union_enum_value_get`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum UnionEnumValueGetError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for UnionEnumValueGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl UnionEnumValueGetResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, UnionEnumValueGetError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
