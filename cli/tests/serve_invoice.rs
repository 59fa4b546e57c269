//! An invoice PDF to the buyer in Amazon's three steps, against the sandbox fake: an upload
//! destination made with the file's MD5, the file uploaded there (the fake refuses a wrong
//! digest), then sendInvoice naming the upload (the fake refuses one that never arrived).

mod common;

use std::sync::atomic::Ordering;

use base64::Engine;
use common::*;
use orderlens_cli::serve::secret::Secret;
use orderlens_cli::serve::tokens::TokenConfig;
use serde_json::{json, Value};

const PATH: &str = "/v1/orders/028-1234567-8901234/invoice?marketplace=TR";
const READER: &str = "readers-0123456789abcdef0123456789ab";

fn pdf() -> Vec<u8> {
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

fn body(bytes: &[u8], name: &str) -> Value {
    json!({ "fileName": name, "contentBase64": base64::engine::general_purpose::STANDARD.encode(bytes) })
}

async fn post(h: &Harness, token: &str, body: Value) -> Answer {
    h.send(h.http.post(h.url(PATH)).bearer_auth(token).json(&body)).await
}

fn stat(h: &Harness, which: fn(&orderlens_cli::serve::sandbox::Stats) -> &std::sync::atomic::AtomicU64) -> u64 {
    which(&h.fake.state.stats).load(Ordering::SeqCst)
}

#[tokio::test]
async fn a_pdf_goes_through_upload_destination_upload_and_send_invoice() {
    let h = harness(|_| {}).await;
    let a = post(&h, TOKEN, body(&pdf(), "invoice-1002.pdf")).await;
    assert_eq!(a.status, 201, "{}", a.json);
    assert_eq!((a.json["action"].as_str(), a.json["sent"].as_bool()), (Some("invoice"), Some(true)));
    assert_eq!(stat(&h, |s| &s.upload_destinations), 1);
    assert_eq!(h.fake.state.uploads.arrived(), 1, "the fake checked the MD5 and took the file");
    assert_eq!(stat(&h, |s| &s.invoices_sent), 1);
    // The same file again within 10 minutes: refused before anything is uploaded.
    post(&h, TOKEN, body(&pdf(), "invoice-1002.pdf")).await.assert_problem(409, "message_duplicate");
    assert_eq!(stat(&h, |s| &s.upload_destinations), 1);
}

#[tokio::test]
async fn only_a_pdf_of_at_most_10_mb_with_a_pdf_name_is_sent() {
    let h = harness(|_| {}).await;
    for (bytes, name) in [
        (b"MZ\x90\x00 not a pdf".to_vec(), "invoice.pdf"),
        (pdf(), "invoice.exe"),
        (pdf(), "../../invoice.pdf"),
        ([b"%PDF-1.7\n".to_vec(), vec![b'0'; 10_000_001]].concat(), "big.pdf"),
    ] {
        let a = post(&h, TOKEN, body(&bytes, name)).await;
        a.assert_problem(422, "message_invalid");
        assert!(
            a.json["detail"].as_str().unwrap().contains("PDF")
                || a.json["detail"].as_str().unwrap().contains("10 MB")
                || a.json["detail"].as_str().unwrap().contains(".pdf"),
            "{}",
            a.json
        );
    }
    let broken = post(&h, TOKEN, json!({ "fileName": "invoice.pdf", "contentBase64": "not base64!" })).await;
    broken.assert_problem(400, "bad_request");
    post(&h, TOKEN, json!({ "text": "hi" })).await.assert_problem(400, "bad_request");
    assert_eq!(stat(&h, |s| &s.upload_destinations), 0, "nothing reached Amazon");
    // The text route points to this one for invoices.
    let text = h
        .send(
            h.http
                .post(h.url("/v1/orders/028-1234567-8901234/messages/invoice"))
                .bearer_auth(TOKEN)
                .json(&json!({"text": "x"})),
        )
        .await;
    text.assert_problem(422, "message_action_unsupported");
    assert!(text.json["detail"].as_str().unwrap().contains("/invoice"), "{}", text.json);
}

#[tokio::test]
async fn a_token_without_send_may_not_send_invoices() {
    let h = harness(|c| c.tokens.push(TokenConfig::reader("readers", Secret::new(READER)))).await;
    let a = post(&h, READER, body(&pdf(), "invoice.pdf")).await;
    a.assert_problem(403, "token_scope");
    assert!(a.json["detail"].as_str().unwrap().contains("send = true"));
    assert_eq!(stat(&h, |s| &s.upload_destinations), 0);
}

#[tokio::test]
async fn the_fake_refuses_a_wrong_digest_and_an_invoice_without_its_upload() {
    let h = harness(|_| {}).await;
    let http = reqwest::Client::new();
    let form =
        [("grant_type", "refresh_token"), ("refresh_token", "Atzr|x"), ("client_id", "c"), ("client_secret", "s")];
    let token: Value = http.post(h.fake.lwa_url()).form(&form).send().await.unwrap().json().await.unwrap();
    let access = token["access_token"].as_str().unwrap().to_string();
    let eu = h.fake.region_url(orderlens::marketplace::Region::EU);
    let digest = base64::engine::general_purpose::STANDARD.encode(md5_of(&pdf()));
    let made: Value = http
        .post(format!(
            "{eu}/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/028-1234567-8901234/messages/invoice"
        ))
        .query(&[
            ("marketplaceIds", "A33AVAJ2PDY3EV"),
            ("contentMD5", digest.as_str()),
            ("contentType", "application/pdf"),
        ])
        .header("x-amz-access-token", &access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = made["payload"]["uploadDestinationId"].as_str().unwrap();
    let url = made["payload"]["url"].as_str().unwrap();
    let send = |id: String| {
        http.post(format!("{eu}/messaging/v1/orders/028-1234567-8901234/messages/invoice"))
            .query(&[("marketplaceIds", "A33AVAJ2PDY3EV")])
            .header("x-amz-access-token", &access)
            .json(&json!({ "attachments": [{ "uploadDestinationId": id, "fileName": "invoice.pdf" }] }))
            .send()
    };
    assert_eq!(send(id.to_string()).await.unwrap().status(), 400, "not uploaded yet");
    let wrong = http.put(url).body(b"%PDF-1.7 tampered".to_vec()).send().await.unwrap();
    assert_eq!(wrong.status(), 400, "BadDigest");
    assert_eq!(http.put(url).body(pdf()).send().await.unwrap().status(), 200);
    assert_eq!(send(id.to_string()).await.unwrap().status(), 201);
    assert_eq!(send("amzn1.tortuga.unknown".into()).await.unwrap().status(), 400);
}

fn md5_of(bytes: &[u8]) -> Vec<u8> {
    use md5::{Digest, Md5};
    Md5::digest(bytes).to_vec()
}
