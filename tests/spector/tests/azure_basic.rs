//! `Azure_Core_Basic_{get,delete,export,list}`: every request carries the API version.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::azure_basic::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

fn madge() -> User {
    User {
        id: 1,
        name: "Madge".into(),
        orders: Vec::new(),
        etag: "11bdc430-65e8-45ad-81d9-8ffa60d55b59".into(),
    }
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_basic_get() {
    let response = client().get(1).await.unwrap();
    assert_eq!(response, GetResponse::Ok { body: madge() });
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_basic_delete() {
    assert_eq!(client().delete(1).await.unwrap(), DeleteResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_basic_export() {
    let response = client().export(1, "json").await.unwrap();
    assert_eq!(response, ExportResponse::Ok { body: madge() });
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_basic_list() {
    let response = client()
        .list(
            Some(5),
            Some(10),
            None,
            Some(&["id"]),
            Some("id lt 10"),
            Some(&["id", "orders", "etag"]),
            Some(&["orders"]),
        )
        .await
        .unwrap();
    let ListResponse::Ok { body } = response;
    let users: Vec<(i64, &str, usize)> = body
        .value
        .iter()
        .map(|user| (user.id, user.name.as_str(), user.orders.len()))
        .collect();
    assert_eq!(users, [(1, "Madge", 1), (2, "John", 1)]);
    assert_eq!(body.value[0].orders[0].detail, "a recorder");
    assert_eq!(body.next_link, None);
}
