//! What the serde tests of the adversarial types share.
#![allow(clippy::expect_used, dead_code)]

use specgen_runtime::serde_json::{self, Value};

/// Decodes `wire` as a `T`, checks it encodes back to `wire` exactly, and returns it.
pub fn round_trip<T>(wire: &Value) -> T
where
    T: specgen_runtime::serde::de::DeserializeOwned + specgen_runtime::serde::Serialize,
{
    let value: T = serde_json::from_value(wire.clone()).expect("decodes");
    assert_eq!(
        serde_json::to_value(&value).expect("encodes"),
        *wire,
        "sent as read"
    );
    value
}
