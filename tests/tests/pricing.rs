//! The pricing page (`cloud-partner-portal-api-setting-price.md`), typed: a plan priced from
//! typed values (decimals, the customized core pricing variant) is sent as the page writes
//! it, and the page's three pricing snippets, and a plan without a price, decode back into
//! their variants with every digit, on a loopback server.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::str::FromStr;

use cloud_partner_portal::{
    Client, CreateOfferResponse, CustomizedCorePricing, Decimal, IndividualCorePrices,
    LicenseTerms, Offer, OfferDefinition, OfferListing, PerCorePricing, Plan, SingleCorePrice,
    Spreadsheet, SpreadsheetPricing, Url, VirtualMachinePricing,
};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn decimal(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// A plan with customized core pricing, from typed values only.
fn priced_plan() -> Plan {
    let individually = [
        ("sharedcore", "2"),
        ("1core", "2"),
        ("2core", "3.25"),
        ("4core", "4"),
    ]
    .map(|(cores, price)| (cores.to_owned(), decimal(price)))
    .into();
    Plan {
        plan_id: "contososkuidentifier".to_owned(),
        sku_title: Some("Contoso App".to_owned()),
        virtual_machine_pricing: Some(VirtualMachinePricing::CustomizedCorePricing(
            CustomizedCorePricing {
                is_byol: Some(false),
                core_multiplier: IndividualCorePrices {
                    currency: "USD".to_owned(),
                    individually,
                },
                ..Default::default()
            },
        )),
        regions: vec!["US".to_owned()],
        ..Default::default()
    }
}

fn offer(plans: Vec<Plan>) -> Offer {
    Offer {
        offer_type_id: "microsoft-azure-virtualmachines".to_owned(),
        publisher_id: "contoso".to_owned(),
        id: "contosovirtualmachine".to_owned(),
        definition: OfferDefinition {
            display_text: "Contoso Virtual Machine Offer".to_owned(),
            offer: Some(OfferListing {
                title: Some("Contoso App".to_owned()),
                ..Default::default()
            }),
            plans,
        },
        ..Default::default()
    }
}

/// The three snippets of the page, completed into plans (its `...` left out), and a plan that
/// brings its own license.
fn page_plans() -> Value {
    json!([
        {"planId": "customized", "virtualMachinePricing": {"coreMultiplier": {"currency": "USD",
            "individually": {"sharedcore": 2, "1core": 2, "2core": 3, "4core": 4, "6core": 5,
            "8core": 2, "12core": 4, "16core": 4, "20core": 4, "24core": 4, "32core": 4,
            "36core": 4, "40core": 4, "64core": 4, "128core": 4}}}},
        {"planId": "per-core", "virtualMachinePricing": {"coreMultiplier": {"currency": "USD", "single": 1.0}}},
        {"planId": "spreadsheet", "virtualMachinePricing": {"spreadSheetPricing": {
            "uri": "https://blob.storage.azure.com/your_spreadsheet_location_here/prices.xlsx"}}},
        {"planId": "byol", "virtualMachinePricing": {"isByol": true, "freeTrialDurationInMonths": 0}},
    ])
}

#[tokio::test]
async fn a_priced_plan_is_sent_as_the_page_writes_it_and_the_pages_pricing_reads_back() {
    let server = MockServer::start().await;
    let sent = json!({
        "offerTypeId": "microsoft-azure-virtualmachines",
        "publisherId": "contoso",
        "id": "contosovirtualmachine",
        "definition": {
            "displayText": "Contoso Virtual Machine Offer",
            "offer": {"microsoft-azure-marketplace.title": "Contoso App"},
            "plans": [{
                "planId": "contososkuidentifier",
                "microsoft-azure-virtualmachines.skuTitle": "Contoso App",
                "virtualMachinePricing": {"isByol": false, "coreMultiplier": {"currency": "USD",
                    "individually": {"1core": 2, "2core": 3.25, "4core": 4, "sharedcore": 2}}},
                "regions": ["US"],
            }],
        },
    });
    let mut answered = sent.clone();
    answered["definition"]["plans"] = page_plans();
    answered["version"] = json!(1);
    Mock::given(method("PUT"))
        .and(path("/api/publishers/contoso/offers/contosovirtualmachine"))
        .and(body_json(&sent))
        .respond_with(ResponseTemplate::new(201).set_body_json(&answered))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token("token".to_owned())
        .build()
        .unwrap();
    let response = client
        .create_offer(
            "contoso",
            "contosovirtualmachine",
            None,
            &offer(vec![priced_plan()]),
        )
        .await
        .unwrap();
    let CreateOfferResponse::Created { body } = response else {
        panic!("{response:?}");
    };
    let pricing: Vec<VirtualMachinePricing> = body
        .definition
        .plans
        .into_iter()
        .map(|plan| plan.virtual_machine_pricing.unwrap())
        .collect();
    let [customized, per_core, spreadsheet, byol] = pricing.try_into().unwrap();
    let VirtualMachinePricing::CustomizedCorePricing(customized) = customized else {
        panic!("{customized:?}");
    };
    assert_eq!(customized.core_multiplier.individually.len(), 15);
    assert_eq!(
        customized.core_multiplier.individually["6core"],
        decimal("5")
    );
    assert_eq!(
        per_core,
        VirtualMachinePricing::PerCorePricing(PerCorePricing {
            core_multiplier: SingleCorePrice {
                currency: "USD".to_owned(),
                single: decimal("1.0"),
            },
            ..Default::default()
        })
    );
    let uri = "https://blob.storage.azure.com/your_spreadsheet_location_here/prices.xlsx";
    assert_eq!(
        spreadsheet,
        VirtualMachinePricing::SpreadsheetPricing(SpreadsheetPricing {
            is_byol: None,
            free_trial_duration_in_months: None,
            spread_sheet_pricing: Spreadsheet {
                uri: Url::parse(uri).unwrap(),
            },
        })
    );
    assert_eq!(
        byol,
        VirtualMachinePricing::LicenseTerms(LicenseTerms {
            is_byol: Some(true),
            free_trial_duration_in_months: Some(0),
        })
    );
}

#[test]
fn prices_keep_every_digit_both_ways() {
    let wire = r#"{"coreMultiplier": {"currency": "EUR", "single": 0.1234567890123456789}}"#;
    let pricing: VirtualMachinePricing = serde_json::from_str(wire).unwrap();
    let VirtualMachinePricing::PerCorePricing(per_core) = &pricing else {
        panic!("{pricing:?}");
    };
    // Read through the union, the price went through JSON: about 17 significant digits.
    assert!(
        per_core
            .core_multiplier
            .single
            .to_string()
            .starts_with("0.12345678901234")
    );
    // Sent from a typed value, every digit goes out as written.
    let exact = PerCorePricing {
        core_multiplier: SingleCorePrice {
            currency: "EUR".to_owned(),
            single: decimal("0.1234567890123456789"),
        },
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&exact).unwrap(),
        r#"{"coreMultiplier":{"currency":"EUR","single":0.1234567890123456789}}"#
    );
}
