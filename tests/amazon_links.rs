//! Only genuine Amazon hosts become links offered as Amazon actions. One rule (derived from the
//! marketplace table: retail domains, Seller Central hosts, their sub-domains on a dot boundary)
//! used by detection, the sidebar and the reply checker; here against the look-alikes a phisher
//! (or a buyer, through an inline forward) would plant, for every marketplace.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Utc};
use orderlens::amazon_host::{is_amazon_action_url, is_amazon_host};
use orderlens::detect::detect;
use orderlens::format::FixedZones;
use orderlens::host::Settings;
use orderlens::host::Ticket;
use orderlens::marketplace::Marketplace;
use orderlens::message::Message;
use orderlens::reply::compliance::{check, CheckContext, Rule};
use orderlens::view::{update, view, Event, State};

/// Hosts that are genuinely this marketplace's.
fn genuine_hosts(m: &Marketplace) -> Vec<String> {
    let d = m.amazon_domain;
    vec![
        d.to_string(),
        format!("www.{d}"),
        format!("sellercentral.{d}"),
        format!("images.{d}"),
        m.seller_central_host().to_string(),
        format!("WWW.{}", d.to_uppercase()),
        format!("www.{d}."),
    ]
}

/// Look-alikes of this marketplace's hosts: prefix, suffix, hyphen, typo, punycode-ish,
/// Unicode, empty labels, characters a host never has.
fn look_alike_hosts(m: &Marketplace) -> Vec<String> {
    let d = m.amazon_domain;
    let tld = d.trim_start_matches("amazon.");
    let sc = m.seller_central_host();
    vec![
        format!("sellercentral-{d}"),
        format!("evil-{d}"),
        format!("evil{d}"),
        format!("{d}.evil.io"),
        format!("{sc}.evil.io"),
        format!("{d}-evil.io"),
        format!("{d}evil"),
        format!("amazon-{tld}.com"),
        format!("amazon-{}", tld.replace('.', "-")),
        format!("arnazon.{tld}"),
        format!("amazom.{tld}"),
        format!("amaz0n.{tld}"),
        format!("amazonn.{tld}"),
        format!("xn--amazon-9ya.{tld}"),
        format!("xn--mazon-3ve.{tld}"),
        format!("\u{0430}mazon.{tld}"), // Cyrillic а
        format!("amazon.{tld}\u{200b}"),
        format!("evil..{d}"),
        format!(".{d}"),
        format!("{d}.."),
        format!("evil_{d}"),
        format!("evil.io/{d}"),
        format!("{d}:443"),
        format!("{d}@evil.io"),
        format!("evil%2e{d}"),
        String::new(),
        "amazon".into(),
        tld.to_string(),
    ]
}

#[test]
fn genuine_hosts_of_every_marketplace_are_amazon() {
    for m in Marketplace::all() {
        for host in genuine_hosts(m) {
            assert!(is_amazon_host(&host), "{}: {host}", m.code);
        }
    }
    for host in Marketplace::seller_central_hosts() {
        assert!(is_amazon_host(host), "{host}");
    }
}

#[test]
fn look_alike_hosts_of_every_marketplace_are_not() {
    for m in Marketplace::all() {
        for host in look_alike_hosts(m) {
            assert!(!is_amazon_host(&host), "{}: {host:?}", m.code);
        }
    }
}

/// URLs of an Amazon action planted in a mail, for one marketplace.
fn look_alike_urls(m: &Marketplace) -> Vec<String> {
    let sc = m.seller_central_host();
    let path = "/messaging/no-response-needed?t=1";
    // (`amazon.de:443` is no host name, but in a URL it is a port: not a look-alike there.)
    let hosts = look_alike_hosts(m).into_iter().filter(|h| !h.ends_with(":443"));
    let mut urls: Vec<String> = hosts.map(|h| format!("https://{h}{path}")).collect();
    urls.extend([
        format!("http://{sc}{path}"),
        format!("https://{sc}@evil.io{path}"),
        format!("https://{}@evil.io/", m.amazon_domain),
        format!("https://evil.io@{sc}{path}"),
        format!("https://user:pass@{sc}{path}"),
        format!("https://{sc}:8443{path}"),
        format!("https://{sc}:{path}x"),
        format!("https://evil.io\\.{sc}{path}"),
        format!("https://evil.io#.{sc}{path}"),
        format!("https://evil.io?.{sc}{path}"),
        format!("https:{sc}{path}"),
        format!("https:///{sc}{path}"),
        format!("//{sc}{path}"),
        format!("javascript:alert(1)//{sc}{path}"),
        format!("data:text/html,https://{sc}{path}"),
        format!("ftp://{sc}{path}"),
        format!("https://{sc} {path}"),
    ]);
    urls
}

#[test]
fn only_https_urls_on_genuine_hosts_are_amazon_actions() {
    for m in Marketplace::all() {
        let sc = m.seller_central_host();
        for url in [
            format!("https://{sc}/messaging/no-response-needed?t=1"),
            format!("HTTPS://{}/messaging/no-response-needed", sc.to_uppercase()),
            format!("https://{sc}./messaging/no-response-needed"),
            format!("https://{sc}:443/messaging/no-response-needed"),
            format!("https://www.{}/gp/help", m.amazon_domain),
            format!("https://{sc}"),
            format!("https://{sc}?x=1"),
        ] {
            assert!(is_amazon_action_url(&url), "{}: {url}", m.code);
        }
        for url in look_alike_urls(m) {
            assert!(!is_amazon_action_url(&url), "{}: {url:?}", m.code);
        }
    }
}

/// A genuine buyer message whose HTML carries `link` as the "no response needed" link.
fn buyer_mail_with_link(m: &Marketplace, link: &str) -> Message {
    let raw = format!(
        "From: \"Kim - Amazon Marketplace\" <ab12cd34ef56gh7@{}>\r\nTo: shop@seller.example\r\n\
         Subject: Inquiry from Amazon customer Kim (Order: 123-4567890-1234567)\r\n\
         Date: Thu, 15 Jan 2026 08:00:00 +0000\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
         <p>Hello</p><a href=\"{link}\">No response needed</a>",
        m.alias_domain()
    );
    Message::from_rfc822(raw.as_bytes())
}

#[test]
fn detection_offers_no_look_alike_as_the_no_response_needed_link() {
    for m in Marketplace::all() {
        let genuine = format!("https://{}/messaging/no-response-needed?t=1", m.seller_central_host());
        let d = detect(&buyer_mail_with_link(m, &genuine));
        assert_eq!(d.no_response_needed_url.as_deref(), Some(genuine.as_str()), "{}", m.code);
        // Older Amazon mail links over plain `http:`: on a genuine host that is the same page
        // over `https:`.
        let http = genuine.replacen("https://", "http://", 1);
        assert_eq!(detect(&buyer_mail_with_link(m, &http)).no_response_needed_url.as_deref(), Some(genuine.as_str()));
        // (`data:text/html,https://…` carries a genuine URL, which detection may read on its own.)
        let planted = look_alike_urls(m).into_iter().filter(|u| !u.starts_with("data:") && *u != http);
        for url in planted {
            let d = detect(&buyer_mail_with_link(m, &url));
            assert!(d.is_amazon, "{url}");
            assert_eq!(d.no_response_needed_url, None, "{}: {url}", m.code);
            assert_eq!(d.report_url, None, "{}: {url}", m.code);
        }
    }
}

#[test]
fn the_sidebar_draws_no_look_alike_as_an_amazon_link() {
    let de = Marketplace::by_code("DE").unwrap();
    let ticket = Ticket::from_value(serde_json::json!({
        "id": "1",
        "subject": "Frage von Amazon-Kunde Kim (Bestellung: 302-1234567-1234567)",
        "requester": { "email": "ab12cd34ef56gh7@marketplace.amazon.de" },
        "comments": [{ "author": { "role": "requester" }, "body_text": "Hallo", "created_at": "2026-01-15T08:00:00Z" }]
    }))
    .unwrap();
    let mut state = State::new(orderlens::lang::Lang::En, Settings::default());
    update(&mut state, Event::TicketChanged(Ok(ticket)));
    let now: DateTime<Utc> = "2026-01-15T09:00:00Z".parse().unwrap();
    let zones = FixedZones { zones: vec![], local_seconds: 0 };
    // Whatever detection let through, the view model checks the link again before drawing it.
    for url in look_alike_urls(de) {
        state.open_mut().unwrap().detection.no_response_needed_url = Some(url.clone());
        let header = view(&state, now, &zones).header.unwrap();
        assert_eq!(header.no_response_needed, None, "{url}");
    }
    let genuine = "https://sellercentral.amazon.de/messaging/no-response-needed?t=1";
    state.open_mut().unwrap().detection.no_response_needed_url = Some(genuine.into());
    assert_eq!(view(&state, now, &zones).header.unwrap().no_response_needed.unwrap().url, genuine);
}

#[test]
fn replies_may_link_genuine_amazon_hosts_only() {
    for m in Marketplace::all() {
        let link_rules = |text: &str| -> Vec<Rule> {
            check(text, &CheckContext::default())
                .into_iter()
                .map(|f| f.rule)
                .filter(|r| matches!(r, Rule::Link | Rule::InsecureLink))
                .collect()
        };
        for host in genuine_hosts(m).iter().filter(|h| !h.ends_with('.')) {
            assert_eq!(link_rules(&format!("See https://{host}/gp/help please.")), [], "{host}");
        }
        for host in look_alike_hosts(m).iter().filter(|h| h.starts_with("sellercentral-") || h.starts_with("evil-")) {
            assert_eq!(link_rules(&format!("See https://{host}/gp/help please.")), [Rule::Link], "{host}");
        }
    }
}
