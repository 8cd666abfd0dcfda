//! What every operation's error enum shares, written once: [`operation_error!`].

/// Implements what does not differ between the error enums of operations.
///
/// Generated code calls it once per operation, after the enum, with the enum's name and, for
/// each error row of the status table, the row's status code (as the table shows it), its
/// variant (which has a `response` field) and the name of its predicate. The enum's last
/// variant is `Failure(specgen_runtime::Failure)`. It writes:
///
/// - `response()`, `status()` and `is_retryable()`, and the predicate of each row;
/// - `std::error::Error`, whose `source` is the failure's;
/// - `From<E>` for every `E: Into<Failure>`, so that `?` turns a runtime error into the
///   operation's.
///
/// The enum itself, with its typed fields and documentation, and its `Display` differ per
/// operation and stay in the generated code.
///
/// ```
/// use specgen_runtime::{Failure, RawResponse};
///
/// /// Why `get_offer` failed.
/// #[derive(Debug)]
/// pub enum GetOfferError {
///     /// 404 Not Found.
///     NotFound {
///         /// The response as received.
///         response: Box<RawResponse>,
///     },
///     /// Anything else.
///     Failure(Failure),
/// }
/// specgen_runtime::operation_error!(GetOfferError { 404 NotFound is_not_found });
///
/// impl std::fmt::Display for GetOfferError {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         match self {
///             Self::NotFound { .. } => f.write_str("404 Not Found"),
///             Self::Failure(failure) => failure.fmt(f),
///         }
///     }
/// }
///
/// let error = GetOfferError::from(specgen_runtime::RequestError::EmptyPathParameter {
///     name: "offerId",
/// });
/// assert!(error.response().is_none());
/// assert!(!error.is_not_found());
/// assert!(!error.is_retryable());
/// ```
#[macro_export]
macro_rules! operation_error {
    ($name:ident { $($code:literal $row:ident $predicate:ident),* $(,)? }) => {
        impl $name {
            /// The response as received, when a whole one arrived.
            #[must_use]
            pub fn response(&self) -> ::std::option::Option<&$crate::RawResponse> {
                match self {
                    $(Self::$row { response, .. } => ::std::option::Option::Some(response),)*
                    Self::Failure(failure) => failure.response(),
                }
            }

            /// The status code of [`Self::response`].
            #[must_use]
            pub fn status(&self) -> ::std::option::Option<$crate::StatusCode> {
                self.response().map(|response| response.status)
            }

            /// Whether sending the same request again may succeed: a row's status is
            /// retryable as [`specgen_runtime::is_retryable_status`] says, a failure as
            /// [`specgen_runtime::Failure::is_retryable`] says.
            #[must_use]
            pub fn is_retryable(&self) -> bool {
                match self {
                    $(Self::$row { response, .. } => $crate::is_retryable_status(response.status),)*
                    Self::Failure(failure) => failure.is_retryable(),
                }
            }

            $(
                #[doc = concat!(
                    "Whether this is [`Self::", stringify!($row), "`], the ", $code,
                    " row of the status table."
                )]
                #[must_use]
                pub fn $predicate(&self) -> bool {
                    matches!(self, Self::$row { .. })
                }
            )*
        }

        impl ::std::error::Error for $name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    $(Self::$row { .. } => ::std::option::Option::None,)*
                    Self::Failure(failure) => ::std::error::Error::source(failure),
                }
            }
        }

        impl<E: ::std::convert::Into<$crate::Failure>> ::std::convert::From<E> for $name {
            fn from(error: E) -> Self {
                Self::Failure(error.into())
            }
        }
    };
}
