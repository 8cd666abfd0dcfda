//! Unions: `Type_Union_*`. Each GET must decode the variant the server sends (the literal, or
//! the first type that holds the value), and each send must write it back as it came; a
//! discriminated union reads the variant its discriminator names, with or without an envelope.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::type_union::*;
use spector_clients::type_union_discriminated as discriminated;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

/// Gets the body with `$get`, checks it is `$body`, and sends it back with `$send`.
macro_rules! get_and_send {
    ($client:expr, $get:ident, $send:ident, $body:expr, $got:ident, $sent:ident) => {{
        let body = $body;
        assert_eq!(
            $client.$get().await.unwrap(),
            $got::Ok { body: body.clone() }
        );
        assert_eq!($client.$send(&body).await.unwrap(), $sent::NoContent);
    }};
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn literals_and_scalars() {
    let client = client();
    get_and_send!(
        client,
        strings_only_get,
        strings_only_send,
        StringsOnlyProp {
            prop: StringsOnly::B
        },
        StringsOnlyGetResponse,
        StringsOnlySendResponse
    );
    // Neither literal: the `string` variant keeps it.
    get_and_send!(
        client,
        string_extensible_get,
        string_extensible_send,
        StringExtensibleProp {
            prop: StringExtensible::String("custom".to_owned())
        },
        StringExtensibleGetResponse,
        StringExtensibleSendResponse
    );
    get_and_send!(
        client,
        string_extensible_named_get,
        string_extensible_named_send,
        StringExtensibleNamedProp {
            prop: StringExtensibleNamed::String("custom".to_owned())
        },
        StringExtensibleNamedGetResponse,
        StringExtensibleNamedSendResponse
    );
    get_and_send!(
        client,
        ints_only_get,
        ints_only_send,
        IntsOnlyProp {
            prop: IntsOnly::Value2
        },
        IntsOnlyGetResponse,
        IntsOnlySendResponse
    );
    get_and_send!(
        client,
        floats_only_get,
        floats_only_send,
        FloatsOnlyProp {
            prop: FloatsOnly::Value2_2
        },
        FloatsOnlyGetResponse,
        FloatsOnlySendResponse
    );
    get_and_send!(
        client,
        mixed_literals_get,
        mixed_literals_send,
        MixedLiteralsProp {
            prop: MixedLiteralsCases {
                string_literal: MixedLiteralsUnion::A,
                int_literal: MixedLiteralsUnion::Value2,
                float_literal: MixedLiteralsUnion::Value3_3,
                boolean_literal: MixedLiteralsUnion::True,
            }
        },
        MixedLiteralsGetResponse,
        MixedLiteralsSendResponse
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn models_enums_and_collections() {
    let client = client();
    let cat = Cat {
        name: "test".to_owned(),
    };
    get_and_send!(
        client,
        models_only_get,
        models_only_send,
        ModelsOnlyProp {
            prop: CatOrDog::Cat(cat.clone())
        },
        ModelsOnlyGetResponse,
        ModelsOnlySendResponse
    );
    get_and_send!(
        client,
        enums_only_get,
        enums_only_send,
        EnumsOnlyProp {
            prop: EnumsOnlyCases {
                lr: LrOrUd::Lr(Lr::Right),
                ud: Ud::Up,
            }
        },
        EnumsOnlyGetResponse,
        EnumsOnlySendResponse
    );
    get_and_send!(
        client,
        string_and_array_get,
        string_and_array_send,
        StringAndArrayProp {
            prop: StringAndArrayCases {
                string: StringOrStrings::String("test".to_owned()),
                array: StringOrStrings::StringList(vec!["test1".to_owned(), "test2".to_owned()]),
            }
        },
        StringAndArrayGetResponse,
        StringAndArraySendResponse
    );
    let cases = MixedTypesCases {
        model: MixedTypesUnion::Cat(cat.clone()),
        literal: MixedTypesUnion::A,
        int: MixedTypesUnion::Int32(2),
        boolean: MixedTypesUnion::Boolean(true),
        array: vec![
            MixedTypesUnion::Cat(cat),
            MixedTypesUnion::A,
            MixedTypesUnion::Int32(2),
            MixedTypesUnion::Boolean(true),
        ],
    };
    get_and_send!(
        client,
        mixed_types_get,
        mixed_types_send,
        MixedTypesProp { prop: cases },
        MixedTypesGetResponse,
        MixedTypesSendResponse
    );
}

fn discriminated_client() -> discriminated::Client {
    discriminated::Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

fn whiskers() -> discriminated::Cat {
    discriminated::Cat {
        name: "Whiskers".to_owned(),
        meow: true,
    }
}

fn rex() -> discriminated::Dog {
    discriminated::Dog {
        name: "Rex".to_owned(),
        bark: false,
    }
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn discriminated_with_an_envelope() {
    use discriminated::*;
    let client = discriminated_client();
    let cat = PetWithEnvelope::Cat(whiskers());
    assert_eq!(
        client.envelope_object_default_get(None).await.unwrap(),
        EnvelopeObjectDefaultGetResponse::Ok { body: cat.clone() }
    );
    assert_eq!(
        client
            .envelope_object_default_get(Some("dog"))
            .await
            .unwrap(),
        EnvelopeObjectDefaultGetResponse::Ok {
            body: PetWithEnvelope::Dog(rex())
        }
    );
    assert_eq!(
        client.envelope_object_default_put(&cat).await.unwrap(),
        EnvelopeObjectDefaultPutResponse::Ok { body: cat }
    );
    let cat = PetWithCustomNames::Cat(whiskers());
    assert_eq!(
        client
            .envelope_object_custom_properties_get(None)
            .await
            .unwrap(),
        EnvelopeObjectCustomPropertiesGetResponse::Ok { body: cat.clone() }
    );
    assert_eq!(
        client
            .envelope_object_custom_properties_get(Some("dog"))
            .await
            .unwrap(),
        EnvelopeObjectCustomPropertiesGetResponse::Ok {
            body: PetWithCustomNames::Dog(rex())
        }
    );
    assert_eq!(
        client
            .envelope_object_custom_properties_put(&cat)
            .await
            .unwrap(),
        EnvelopeObjectCustomPropertiesPutResponse::Ok { body: cat }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn discriminated_without_an_envelope() {
    use discriminated::*;
    let client = discriminated_client();
    let cat = PetInline::Cat(whiskers());
    assert_eq!(
        client.no_envelope_default_get(None).await.unwrap(),
        NoEnvelopeDefaultGetResponse::Ok { body: cat.clone() }
    );
    assert_eq!(
        client.no_envelope_default_get(Some("dog")).await.unwrap(),
        NoEnvelopeDefaultGetResponse::Ok {
            body: PetInline::Dog(rex())
        }
    );
    assert_eq!(
        client.no_envelope_default_put(&cat).await.unwrap(),
        NoEnvelopeDefaultPutResponse::Ok { body: cat }
    );
    let cat = PetInlineWithCustomDiscriminator::Cat(whiskers());
    assert_eq!(
        client
            .no_envelope_custom_discriminator_get(None)
            .await
            .unwrap(),
        NoEnvelopeCustomDiscriminatorGetResponse::Ok { body: cat.clone() }
    );
    assert_eq!(
        client
            .no_envelope_custom_discriminator_get(Some("dog"))
            .await
            .unwrap(),
        NoEnvelopeCustomDiscriminatorGetResponse::Ok {
            body: PetInlineWithCustomDiscriminator::Dog(rex())
        }
    );
    assert_eq!(
        client
            .no_envelope_custom_discriminator_put(&cat)
            .await
            .unwrap(),
        NoEnvelopeCustomDiscriminatorPutResponse::Ok { body: cat }
    );
}
