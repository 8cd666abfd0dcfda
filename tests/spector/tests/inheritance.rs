//! Inheritance: `Type_Model_Inheritance_*`. Each GET must decode the derived type its
//! discriminator names, typed (nested discriminators, recursive references through lists, maps
//! and boxed options), or keep a value of another or no discriminator whole in `Other`; each
//! PUT must send the discriminators back, as the server checks. And, against a loopback
//! server, a derived type's member of the wrong type: a decode error, with the body kept.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;

use specgen_runtime::serde_json::json;
use spector_clients::{
    type_model_inheritance_enum as enums, type_model_inheritance_nested as nested,
    type_model_inheritance_plain as plain, type_model_inheritance_single as single,
};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

macro_rules! client {
    ($module:ident) => {
        $module::Client::builder()
            .base_url(common::base_url())
            .build()
            .unwrap()
    };
}

fn map<T, const N: usize>(entries: [(&str, T); N]) -> BTreeMap<String, T> {
    entries
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

const NO_MEMBERS: BTreeMap<String, specgen_runtime::serde_json::Value> = BTreeMap::new();

fn sparrow(wingspan: i32) -> single::Bird {
    single::Bird::Sparrow(single::Sparrow { wingspan })
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_inheritance_single_discriminator() {
    use single::*;
    let client = client!(single);
    let got = client.get_model().await.unwrap();
    assert_eq!(got, GetModelResponse::Ok { body: sparrow(1) });
    assert_eq!(
        client.put_model(&sparrow(1)).await.unwrap(),
        PutModelResponse::NoContent
    );

    let eagle = Bird::Eagle(Eagle {
        wingspan: 5,
        friends: vec![Bird::SeaGull(SeaGull { wingspan: 2 })],
        hate: map([("key3", sparrow(1))]),
        partner: Some(Box::new(Bird::Goose(Goose { wingspan: 2 }))),
    });
    let got = client.get_recursive_model().await.unwrap();
    assert_eq!(
        got,
        GetRecursiveModelResponse::Ok {
            body: eagle.clone()
        }
    );
    let sent = client.put_recursive_model(&eagle).await.unwrap();
    assert_eq!(sent, PutRecursiveModelResponse::NoContent);

    let missing = Bird::Other(UnknownBird {
        kind: None,
        wingspan: 1,
        additional_properties: NO_MEMBERS,
    });
    let got = client.get_missing_discriminator().await.unwrap();
    assert_eq!(got, GetMissingDiscriminatorResponse::Ok { body: missing });
    let wrong = Bird::Other(UnknownBird {
        kind: Some("wrongKind".to_owned()),
        wingspan: 1,
        additional_properties: NO_MEMBERS,
    });
    let got = client.get_wrong_discriminator().await.unwrap();
    assert_eq!(got, GetWrongDiscriminatorResponse::Ok { body: wrong });

    let got = client.get_legacy_model().await.unwrap();
    let t_rex = Dinosaur::TRex(TRex { size: 20 });
    assert_eq!(got, GetLegacyModelResponse::Ok { body: t_rex });

    let fish = Fish {
        kind: "salmon".to_owned(),
        size: 10,
    };
    let got = client.get_no_subtypes_model().await.unwrap();
    assert_eq!(got, GetNoSubtypesModelResponse::Ok { body: fish.clone() });
    let sent = client.put_no_subtypes_model(&fish).await.unwrap();
    assert_eq!(sent, PutNoSubtypesModelResponse::NoContent);
}

fn goblin(age: i32) -> nested::Fish {
    nested::Fish::Shark(nested::Shark::GoblinShark(nested::GoblinShark { age }))
}

fn saw(age: i32) -> nested::Fish {
    nested::Fish::Shark(nested::Shark::SawShark(nested::SawShark { age }))
}

fn salmon(age: i32) -> nested::Salmon {
    nested::Salmon {
        age,
        friends: Vec::new(),
        hate: BTreeMap::new(),
        partner: None,
    }
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_inheritance_nested_discriminator() {
    use nested::*;
    let client = client!(nested);
    assert_eq!(
        client.get_model().await.unwrap(),
        GetModelResponse::Ok { body: goblin(1) }
    );
    assert_eq!(
        client.put_model(&goblin(1)).await.unwrap(),
        PutModelResponse::NoContent
    );

    let friend = Salmon {
        partner: Some(Box::new(Fish::Salmon(salmon(3)))),
        hate: map([("key1", Fish::Salmon(salmon(4))), ("key2", goblin(2))]),
        ..salmon(2)
    };
    let hated = Salmon {
        friends: vec![Fish::Salmon(salmon(1)), goblin(4)],
        ..salmon(2)
    };
    let recursive = Fish::Salmon(Salmon {
        partner: Some(Box::new(saw(2))),
        friends: vec![Fish::Salmon(friend), goblin(3)],
        hate: map([("key3", saw(3)), ("key4", Fish::Salmon(hated))]),
        ..salmon(1)
    });
    let got = client.get_recursive_model().await.unwrap();
    assert_eq!(
        got,
        GetRecursiveModelResponse::Ok {
            body: recursive.clone()
        }
    );
    let sent = client.put_recursive_model(&recursive).await.unwrap();
    assert_eq!(sent, PutRecursiveModelResponse::NoContent);

    let missing = Fish::Other(UnknownFish {
        kind: None,
        age: 1,
        additional_properties: BTreeMap::new(),
    });
    let got = client.get_missing_discriminator().await.unwrap();
    assert_eq!(got, GetMissingDiscriminatorResponse::Ok { body: missing });
    let wrong = Fish::Other(UnknownFish {
        kind: Some("wrongKind".to_owned()),
        age: 1,
        additional_properties: BTreeMap::new(),
    });
    let got = client.get_wrong_discriminator().await.unwrap();
    assert_eq!(got, GetWrongDiscriminatorResponse::Ok { body: wrong });
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_inheritance_enum_discriminator() {
    use enums::*;
    let client = client!(enums);
    let golden = Dog::Golden(Golden { weight: 10 });
    let got = client.get_extensible_model().await.unwrap();
    assert_eq!(
        got,
        GetExtensibleModelResponse::Ok {
            body: golden.clone()
        }
    );
    let sent = client.put_extensible_model(&golden).await.unwrap();
    assert_eq!(sent, PutExtensibleModelResponse::NoContent);
    let other = |kind: Option<&str>, weight| {
        Dog::Other(UnknownDog {
            kind: kind.map(str::to_owned),
            weight,
            additional_properties: BTreeMap::new(),
        })
    };
    let got = client
        .get_extensible_model_missing_discriminator()
        .await
        .unwrap();
    assert_eq!(
        got,
        GetExtensibleModelMissingDiscriminatorResponse::Ok {
            body: other(None, 10)
        }
    );
    let got = client
        .get_extensible_model_wrong_discriminator()
        .await
        .unwrap();
    let body = other(Some("wrongKind"), 8);
    assert_eq!(
        got,
        GetExtensibleModelWrongDiscriminatorResponse::Ok { body }
    );

    let cobra = Snake::Cobra(Cobra { length: 10 });
    let got = client.get_fixed_model().await.unwrap();
    assert_eq!(
        got,
        GetFixedModelResponse::Ok {
            body: cobra.clone()
        }
    );
    assert_eq!(
        client.put_fixed_model(&cobra).await.unwrap(),
        PutFixedModelResponse::NoContent
    );
    let other = |kind: Option<&str>, length| {
        Snake::Other(UnknownSnake {
            kind: kind.map(str::to_owned),
            length,
            additional_properties: BTreeMap::new(),
        })
    };
    let got = client
        .get_fixed_model_missing_discriminator()
        .await
        .unwrap();
    assert_eq!(
        got,
        GetFixedModelMissingDiscriminatorResponse::Ok {
            body: other(None, 10)
        }
    );
    let got = client.get_fixed_model_wrong_discriminator().await.unwrap();
    let body = other(Some("wrongKind"), 8);
    assert_eq!(got, GetFixedModelWrongDiscriminatorResponse::Ok { body });
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_inheritance_not_discriminated_and_recursive() {
    use plain::*;
    let client = client!(plain);
    let siamese = Siamese {
        name: "abc".to_owned(),
        age: 32,
        smart: true,
    };
    assert_eq!(
        client.post_valid(&siamese).await.unwrap(),
        PostValidResponse::NoContent
    );
    let got = client.get_valid().await.unwrap();
    assert_eq!(
        got,
        GetValidResponse::Ok {
            body: siamese.clone()
        }
    );
    let got = client.put_valid(&siamese).await.unwrap();
    assert_eq!(got, PutValidResponse::Ok { body: siamese });

    let leaf = |level| Extension {
        extension: Vec::new(),
        level,
    };
    let tree = Extension {
        extension: vec![
            Extension {
                extension: vec![leaf(2)],
                level: 1,
            },
            leaf(1),
        ],
        level: 0,
    };
    assert_eq!(
        client.put_recursive(&tree).await.unwrap(),
        PutRecursiveResponse::NoContent
    );
    let got = client.get_recursive().await.unwrap();
    assert_eq!(got, GetRecursiveResponse::Ok { body: tree });
}

/// Unknown members of a value of an unknown `kind` are kept, and sent back as they came; a
/// known `kind` whose members do not decode is a decode error that keeps the body.
#[tokio::test]
async fn other_values_keep_every_member_and_bad_variants_keep_the_body() {
    use single::*;
    let server = MockServer::start().await;
    let unknown = json!({"kind": "penguin", "wingspan": 3, "swims": true});
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(&unknown))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let GetModelResponse::Ok { body } = client.get_model().await.unwrap();
    let Bird::Other(other) = &body else {
        panic!("{body:?}")
    };
    assert_eq!(other.kind.as_deref(), Some("penguin"));
    assert_eq!(other.additional_properties, map([("swims", json!(true))]));
    assert_eq!(
        specgen_runtime::serde_json::to_value(&body).unwrap(),
        unknown
    );

    // The partner's `wingspan` is missing.
    let known = r#"{"kind": "eagle", "wingspan": 3, "partner": {"kind": "goose"}}"#;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(known, "application/json"))
        .mount(&server)
        .await;
    let error = client.get_model().await.unwrap_err();
    let GetModelError::Failure(Failure::Decode(decode)) = &error else {
        panic!("expected a decode failure, got {error:?}");
    };
    let DecodeErrorKind::Body(json) = &decode.kind else {
        panic!("expected the body not to decode, got {:?}", decode.kind);
    };
    assert!(json.to_string().contains("wingspan"), "{json}");
    assert_eq!(decode.response.body.as_ref(), known.as_bytes());
}
