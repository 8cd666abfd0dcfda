//! A crate whose client is generated inline works against a loopback server.

specgen_macros::generate_client!("spec/cloud-partner-portal.yaml");

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

/// The spec's example answer of retrieve offers.
const OFFERS: &str = r#"[{"offerTypeId":"microsoft-azure-virtualmachines","publisherId":"contoso","status":"published","id":"059afc24-07de-4126-b004-4e42a51816fe","version":1,"definition":{"displayText":"Contoso Virtual Machine"},"changedTime":"2017-05-23T23:33:47.8802283Z"}]"#;

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    // Answers one request and returns its head.
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream);
        let mut head = Vec::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" || line.is_empty() {
                break;
            }
            head.push(line.trim_end().to_owned());
        }
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{OFFERS}",
            OFFERS.len()
        );
        reader.get_mut().write_all(response.as_bytes()).unwrap();
        head
    });

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let result = runtime.block_on(async {
        let client = Client::builder()
            .base_url(format!("http://{address}"))
            .bearer_token("token-of-the-test")
            .build()
            .unwrap();
        client.retrieve_offers("contoso").await
    });

    let head = server.join().unwrap();
    assert_eq!(
        head[0],
        "GET /api/publishers/contoso/offers?api-version=2017-10-31 HTTP/1.1"
    );
    assert!(head.iter().any(|line| line.eq_ignore_ascii_case("authorization: Bearer token-of-the-test")));
    match result {
        Ok(RetrieveOffersResponse::Ok { body }) => {
            assert_eq!(body.len(), 1);
            assert_eq!(body[0].publisher_id, "contoso");
        }
        Err(error) => panic!("retrieve_offers failed: {error}"),
    }
}
