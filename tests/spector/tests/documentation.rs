//! Documentation: `Documentation_Lists_*` and `Documentation_TextFormatting_*`. The
//! scenarios' doc comments (bullet and numbered lists, bold and italic text) are the
//! descriptions of the spec, and so the rustdoc of the generated client; the server checks the
//! requests, and each test the typed response.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::documentation::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

/// `Documentation_Lists_bulletPointsOp`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn documentation_lists_bullet_points_op() {
    let response = client().bullet_points_op().await.unwrap();
    assert_eq!(response, BulletPointsOpResponse::NoContent);
}

/// `Documentation_Lists_bulletPointsModel`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn documentation_lists_bullet_points_model() {
    let body = BulletPointsModelRequest {
        input: BulletPointsModel {
            prop: BulletPointsEnum::Simple,
        },
    };
    let response = client().bullet_points_model(&body).await.unwrap();
    assert_eq!(response, BulletPointsModelResponse::Ok);
}

/// `Documentation_Lists_numbered`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn documentation_lists_numbered() {
    let response = client().numbered().await.unwrap();
    assert_eq!(response, NumberedResponse::NoContent);
}

/// `Documentation_TextFormatting_boldText`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn documentation_text_formatting_bold_text() {
    let response = client().bold_text().await.unwrap();
    assert_eq!(response, BoldTextResponse::NoContent);
}

/// `Documentation_TextFormatting_italicText`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn documentation_text_formatting_italic_text() {
    let response = client().italic_text().await.unwrap();
    assert_eq!(response, ItalicTextResponse::NoContent);
}

/// `Documentation_TextFormatting_combinedFormatting`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn documentation_text_formatting_combined_formatting() {
    let response = client().combined_formatting().await.unwrap();
    assert_eq!(response, CombinedFormattingResponse::NoContent);
}
