//! The query strings of map and object parameters, exactly as sent, against a loopback server:
//! exploded (`a=1&b=2`, the parameter's name not sent) and joined (`param=a,1,b,2`), with the
//! keys and values form-encoded and constant parameters first.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use spector_clients::query::*;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The raw query of the one request `call` sends.
async fn query_of<F, Fut>(call: F) -> String
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    call(Client::builder().base_url(server.uri()).build().unwrap()).await;
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    requests[0].url.query().unwrap_or_default().to_owned()
}

fn map(entries: &[(&str, i64)]) -> BTreeMap<String, i64> {
    entries
        .iter()
        .map(|(key, value)| ((*key).to_owned(), *value))
        .collect()
}

#[tokio::test]
async fn an_exploded_map_sends_a_pair_per_entry_named_by_its_key() {
    let record = map(&[("b", 2), ("a", 1), ("x y&z", -3)]);
    let query = query_of(|client| async move {
        client.expansion_explode_record(&record).await.unwrap();
    })
    .await;
    assert_eq!(query, "a=1&b=2&x+y%26z=-3");
    let empty = map(&[]);
    let query = query_of(|client| async move {
        client.expansion_explode_record(&empty).await.unwrap();
    })
    .await;
    assert_eq!(query, "");
}

#[tokio::test]
async fn a_joined_map_sends_its_keys_and_values_in_one_pair() {
    let record = map(&[("a", 1), ("b", 2)]);
    let query = query_of(|client| async move {
        client.continuation_standard_record(&record).await.unwrap();
    })
    .await;
    assert_eq!(query, "fixed=true&param=a%2C1%2Cb%2C2");
    let query = query_of(|client| async move {
        client
            .continuation_explode_record(&map(&[("a", 1)]))
            .await
            .unwrap();
    })
    .await;
    assert_eq!(query, "fixed=true&a=1");
}

#[tokio::test]
async fn an_exploded_object_sends_its_properties_in_their_order() {
    let param = ExpandParameters {
        field: "status".into(),
        value: "on/off".into(),
    };
    let query = query_of(|client| async move {
        client.expansion_explode_model(&param).await.unwrap();
    })
    .await;
    assert_eq!(query, "field=status&value=on%2Foff");
}

#[tokio::test]
async fn optional_maps_and_objects_are_left_out_when_none() {
    let query = query_of(|client| async move {
        client.forms(None, None, None, None).await.unwrap();
    })
    .await;
    assert_eq!(query, "");
}

#[tokio::test]
async fn optional_maps_and_objects_are_sent_in_their_forms() {
    let tags = BTreeMap::from([
        ("env".to_owned(), "prod".to_owned()),
        ("team".to_owned(), "a|b".to_owned()),
    ]);
    let filter = QueryFilter {
        state: FilterState::Closed,
        limit: Some(10),
        active: None,
        after: None,
    };
    let page = QueryFilter {
        state: FilterState::Unknown("draft".into()),
        limit: None,
        active: Some(false),
        after: Some("2018-01-01T10:00:00+02:00".parse().unwrap()),
    };
    let since = BTreeMap::from([(
        "created".to_owned(),
        "2018-01-01T10:00:00Z".parse().unwrap(),
    )]);
    let query = query_of(|client| async move {
        client
            .forms(Some(&tags), Some(&filter), Some(&page), Some(&since))
            .await
            .unwrap();
    })
    .await;
    assert_eq!(
        query,
        "tags=env%7Cprod%7Cteam%7Ca%7Cb\
         &filter=state%2Cclosed%2Climit%2C10\
         &state=draft&active=false&after=2018-01-01T10%3A00%3A00%2B02%3A00\
         &created=2018-01-01T10%3A00%3A00Z"
    );
}
