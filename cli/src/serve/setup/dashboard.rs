//! The main admin page: what connecting involves, the Connect action with its region picker,
//! the accounts in use with their marketplaces and token health, and the Seller Central email
//! checklist for every marketplace they serve (an anchor per site code: `/setup#DE`).

use chrono::{DateTime, Duration, Utc};
use maud::{html, Markup};
use orderlens::marketplace::{Marketplace, Region};
use orderlens::setup_checklist::{anchor, STEPS};

use super::pages::{layout, urlencoded};

/// One account row, as the handler found it.
pub struct Row {
    pub name: String,
    pub region: Region,
    pub marketplaces: Vec<&'static Marketplace>,
    pub source: Source,
    pub health: Health,
}

/// Where an account comes from.
pub enum Source {
    /// Connected on these pages (kept in the account store).
    Stored(Stored),
    /// An `[[accounts]]` entry of the config file (self-authorised).
    File,
    /// Sandbox mode's own account for a region nobody connected.
    Sandbox,
}

pub struct Stored {
    pub id: String,
    pub authorised_at: DateTime<Utc>,
    /// Why the account is not in use, or why its marketplaces are a guess.
    pub problem: Option<String>,
}

/// From the cached LWA state only: rendering never starts a token exchange.
pub enum Health {
    Valid { minutes: u64 },
    Failing(String),
    NotUsedYet,
    NotInUse,
}

pub struct Dashboard {
    pub csrf: String,
    pub rows: Vec<Row>,
    /// Why the Connect action is off, if it is.
    pub connect_off: Option<&'static str>,
    pub draft: bool,
    pub notice: Option<String>,
}

/// Public apps must be re-authorised every 365 days ("Renew Authorizations").
const AUTHORISATION_DAYS: i64 = 365;

pub fn page(d: &Dashboard) -> Markup {
    layout(
        "Seller accounts",
        None,
        html! {
            h1 { "Seller accounts" }
            @if let Some(notice) = &d.notice { p.notice role="status" data-ol="notice" { (notice) } }
            (connect(d))
            h2 { "Connected accounts" }
            (accounts(d))
            h2 { "Email setup in Seller Central" }
            (checklists(&d.rows))
            form method="post" action="/setup/logout" {
                input type="hidden" name="csrf" value=(d.csrf);
                button type="submit" data-ol="logout" { "Log out" }
            }
        },
    )
}

fn connect(d: &Dashboard) -> Markup {
    html! {
        section data-ol="connect-section" {
            h2 { "Connect an Amazon account" }
            p { strong { "Log in to Seller Central as the account owner" } " (the primary user who registered the seller account). A user with admin rights cannot authorise apps; Seller Central then refuses the consent." }
            p { "What the seller sees: after the Seller Central login, a consent page naming this app and the data it asks for (orders, buyer messaging, delivery addresses), with a Confirm button. After Confirm, Amazon sends the browser back here and the account appears below with its marketplaces. One authorisation covers every marketplace of the chosen region." }
            @if d.draft { p.muted { "The app is still a draft: the consent link carries version=beta, so only sellers the app's developer authorised for testing can confirm it." } }
            @if let Some(why) = d.connect_off {
                p.problem data-ol="connect-off" { (why) }
            } @else {
                form.card method="post" action="/setup/connect" {
                    input type="hidden" name="csrf" value=(d.csrf);
                    label for="region" { "Region" }
                    select #region name="region" data-ol="region" {
                        @for r in Region::ALL {
                            option value=(r.as_str()) selected[r == Region::EU] { (r.name()) " (" (r.as_str()) ")" }
                        }
                    }
                    button.primary type="submit" data-ol="connect" { "Connect Amazon account" }
                }
            }
        }
    }
}

fn accounts(d: &Dashboard) -> Markup {
    html! {
        @if d.rows.is_empty() {
            p.muted data-ol="no-accounts" { "No seller account yet. Connect one above." }
        } @else {
            table {
                thead { tr { th { "Account" } th { "Region" } th { "Marketplaces" } th { "Token" } th { "Source" } th {} } }
                tbody {
                    @for row in &d.rows { (account_row(row, &d.csrf)) }
                }
            }
        }
    }
}

fn account_row(row: &Row, csrf: &str) -> Markup {
    let codes: Vec<&str> = row.marketplaces.iter().map(|m| m.code).collect();
    html! {
        tr data-ol="account" data-account=(row.name) data-region=(row.region.as_str()) {
            td { (row.name) }
            td { (row.region.as_str()) }
            td data-ol="marketplaces" { (codes.join(", ")) }
            td data-ol="token-health" { (health(&row.health)) }
            td {
                @match &row.source {
                    Source::Stored(s) => {
                        "Connected here, authorised " (s.authorised_at.format("%Y-%m-%d")) ". "
                        span.muted { "Public apps: re-authorise by " ((s.authorised_at + Duration::days(AUTHORISATION_DAYS)).format("%Y-%m-%d")) "." }
                        @if let Some(problem) = &s.problem { p.warn { (problem) } }
                    }
                    Source::File => { "Config file ([[accounts]])" }
                    Source::Sandbox => { "Built into sandbox mode (until you connect this region)" }
                }
            }
            td {
                @if let Source::Stored(s) = &row.source {
                    form method="post" action="/setup/connect" {
                        input type="hidden" name="csrf" value=(csrf);
                        input type="hidden" name="region" value=(row.region.as_str());
                        button type="submit" data-ol="reauthorise" { "Re-authorise" }
                    }
                    form method="post" action={ "/setup/accounts/" (urlencoded(&s.id)) "/remove" } {
                        input type="hidden" name="csrf" value=(csrf);
                        button type="submit" data-ol="remove" { "Remove" }
                    }
                }
            }
        }
    }
}

fn health(h: &Health) -> Markup {
    html! {
        @match h {
            Health::Valid { minutes } => { "Working: access token valid for " (minutes) " more min" }
            Health::Failing(why) => { span.warn { (why) } }
            Health::NotUsedYet => { "Not used since the proxy started" }
            Health::NotInUse => { span.warn { "Not in use" } }
        }
    }
}

/// One checklist per marketplace the accounts serve, in the marketplace table's order.
fn checklists(rows: &[Row]) -> Markup {
    let marketplaces: Vec<&Marketplace> =
        Marketplace::all().iter().filter(|m| rows.iter().any(|r| r.marketplaces.contains(m))).collect();
    html! {
        p { "Amazon mails buyer messages, claims and refunds, and accepts replies, only as these three settings say. Do them once per marketplace, logged in to Seller Central; each link opens the page for that marketplace." }
        @for m in marketplaces {
            section id=(anchor(m)) data-ol="checklist" data-marketplace=(m.code) {
                h3 { (m.country) " (" (m.code) ", " (m.amazon_domain) ")" }
                ol.steps {
                    @for step in &STEPS {
                        li {
                            a href=(m.seller_central_page(step.page)) target="_blank" rel="noopener noreferrer" data-ol="checklist-link" { (step.title) }
                            br;
                            (step.enter) " " span.muted { (step.why) }
                        }
                    }
                }
            }
        }
    }
}
