//! The admin pages' HTML, server-rendered with maud (which escapes every value it writes), no
//! script at all: the frame, the login form, and the one-message pages (errors, a finished
//! connection). The main page is `dashboard`.

use maud::{html, Markup, DOCTYPE};

use crate::serve::store::StoredAccount;

/// The stylesheet the pages link (the CSP allows styles from this origin only).
pub const STYLESHEET: &str = include_str!("setup.css");

/// A whole page; `refresh` sends the browser on to that path (a same-site navigation).
pub fn layout(title: &str, refresh: Option<&str>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                @if let Some(to) = refresh {
                    meta http-equiv="refresh" content={ "0; url=" (to) };
                }
                title { (title) " · orderlens setup" }
                link rel="stylesheet" href="/setup/setup.css";
            }
            body {
                header.bar { a href="/setup" { "orderlens" } " · seller accounts and email setup" }
                main { (body) }
            }
        }
    }
}

/// The admin token form. `problem`: why the last attempt failed.
pub fn login(problem: Option<&str>) -> Markup {
    layout(
        "Log in",
        None,
        html! {
            h1 { "Admin login" }
            p { "These pages connect Amazon seller accounts to this orderlens proxy. Enter the proxy's admin token (" code { "admin_token" } " or " code { "ORDERLENS_ADMIN_TOKEN" } "; " code { "sandbox-admin" } " in sandbox mode). A sidebar token does not open them." }
            @if let Some(problem) = problem {
                p.problem role="alert" data-ol="problem" { (problem) }
            }
            form method="post" action="/setup/login" {
                label for="admin-token" { "Admin token" }
                input #admin-token type="password" name="token" data-ol="admin-token" autocomplete="current-password" required autofocus;
                button type="submit" data-ol="login" { "Log in" }
            }
        },
    )
}

/// A page with one message and the way back.
pub fn message(title: &str, text: &str) -> Markup {
    layout(
        title,
        None,
        html! {
            h1 { (title) }
            p.problem role="alert" data-ol="problem" { (text) }
            p { a href="/setup" data-ol="back" { "Back to the setup page" } }
        },
    )
}

/// After the callback stored the account: on to `/setup` (the Strict session cookie travels on
/// this same-site step, not on Amazon's cross-site redirect).
pub fn connected(account: &StoredAccount) -> Markup {
    let to = format!("/setup?connected={}", urlencoded(&account.name));
    let codes: Vec<&str> = account.marketplaces.iter().map(|m| m.code).collect();
    layout(
        "Connected",
        Some(&to),
        html! {
            h1 { "Connected " (account.name) }
            p data-ol="notice" {
                "Amazon authorised the app for seller " (account.selling_partner_id) " in region " (account.region.as_str()) ". "
                @if codes.is_empty() { "Its marketplaces could not be read; it serves every marketplace of its region for now." }
                @else { "Marketplaces: " (codes.join(", ")) "." }
            }
            p { a href=(to) { "Continue to the setup page" } }
        },
    )
}

/// A query value: letters, digits and `-` `_` `.` stay, everything else is percent-encoded.
pub fn urlencoded(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped() {
        let page = message("Oops <b>", "<script>alert(1)</script> & \"x\"").into_string();
        assert!(!page.contains("<script>alert") && !page.contains("Oops <b>"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), "{page}");
        assert_eq!(urlencoded("a b/ü"), "a%20b%2F%C3%BC");
    }
}
