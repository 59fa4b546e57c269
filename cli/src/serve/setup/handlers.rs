//! The admin pages' handlers: unpack the request, check it (`guard`), call `connect` or the
//! store, answer a page or a redirect.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use maud::Markup;
use orderlens::marketplace::Region;
use serde::Deserialize;

use super::connect::{self, Callback};
use super::dashboard::{self, Dashboard, Health, Row, Source, Stored};
use super::guard::{self, form_session};
use super::pages::{self, STYLESHEET};
use super::session::CONSENT_COOKIE;
use super::state::SetupState;
use crate::serve::roster;
use crate::serve::state::AppState;

type St = State<Arc<SetupState>>;

fn page(status: StatusCode, markup: Markup) -> Response {
    let mut r = (status, markup.into_string()).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    r
}

fn problem(status: StatusCode, title: &str, text: &str) -> Response {
    page(status, pages::message(title, text))
}

/// 303 to `location`, setting `cookies`.
fn see_other(location: &str, cookies: &[String]) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    for c in cookies {
        if let Ok(v) = HeaderValue::from_str(c) {
            r.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    r
}

fn unreadable() -> Response {
    problem(StatusCode::BAD_REQUEST, "Not understood", "The request's form or query could not be read (a field given twice or missing). Reload the admin page and try again.")
}

/// Without an admin token the pages are off.
fn off(s: &AppState) -> Option<Response> {
    s.config.setup.admin_token.is_none().then(|| {
        problem(StatusCode::NOT_FOUND, "Admin pages are off", "The admin pages are off because no admin token is configured. Set admin_token in the proxy's config file (or ORDERLENS_ADMIN_TOKEN), at least 32 random characters, and restart it.")
    })
}

#[derive(Deserialize)]
pub struct HomeQuery {
    connected: Option<String>,
    removed: Option<String>,
}

pub async fn home(State(st): St, headers: HeaderMap, query: Result<Query<HomeQuery>, QueryRejection>) -> Response {
    let s = &st.app;
    if let Some(r) = off(s) {
        return r;
    }
    let Some((_, session)) = guard::session(s, &headers) else { return page(StatusCode::OK, pages::login(None)) };
    let Ok(Query(q)) = query else { return unreadable() };
    let rows = rows(s).await;
    let notice = match (q.connected, q.removed) {
        (Some(name), _) if rows.iter().any(|r| r.name == name) => Some(format!("Connected {name}. Do the email setup below for each of its marketplaces.")),
        (_, Some(_)) => Some("The account was removed and its refresh token deleted. To stop Amazon's side too, the seller can remove the app under Manage Your Apps in Seller Central.".into()),
        _ => None,
    };
    let dashboard = Dashboard {
        csrf: session.csrf.clone(),
        rows,
        connect_off: s.config.setup.application_id.is_none().then_some("Connecting is off: set [app] application_id (your SP-API app's id) and public_url in the proxy's config file and restart it. Until then, add self-authorised accounts as [[accounts]] entries."),
        draft: s.config.setup.draft,
        notice,
    };
    page(StatusCode::OK, dashboard::page(&dashboard))
}

/// Every account in use, then stored ones that cannot be used; health from the cached LWA state.
async fn rows(s: &AppState) -> Vec<Row> {
    let stored = s.stored();
    let mut rows = Vec::new();
    for a in s.accounts.all().iter() {
        let lwa = a.lwa.status().await;
        let health = match (lwa.failure, lwa.valid_for_secs) {
            (Some(e), _) => Health::Failing(crate::serve::problem::from_lwa(e, a.name()).detail),
            (None, Some(secs)) => Health::Valid { minutes: secs / 60 },
            (None, None) => Health::NotUsedYet,
        };
        let entry = stored.iter().find(|e| e.account.name == a.name() && e.problem.is_none());
        let source = match entry {
            Some(e) => Source::Stored(Stored {
                id: e.account.id.clone(),
                authorised_at: e.account.authorised_at,
                problem: e.account.marketplaces_unchecked.clone().map(|why| format!("Amazon did not list the marketplaces ({why}); it serves every marketplace of its region until re-authorised.")),
            }),
            None if s.config.accounts.iter().any(|c| c.name == a.name()) => Source::File,
            None => Source::Sandbox,
        };
        rows.push(Row {
            name: a.name().to_string(),
            region: a.config.region,
            marketplaces: a.config.marketplaces.clone(),
            source,
            health,
        });
    }
    for e in stored.iter().filter(|e| e.problem.is_some()) {
        rows.push(Row {
            name: e.account.name.clone(),
            region: e.account.region,
            marketplaces: e.account.marketplaces.clone(),
            source: Source::Stored(Stored {
                id: e.account.id.clone(),
                authorised_at: e.account.authorised_at,
                problem: e.problem.clone(),
            }),
            health: Health::NotInUse,
        });
    }
    rows
}

#[derive(Deserialize)]
pub struct LoginForm {
    token: String,
}

pub async fn login(
    State(st): St,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    form: Result<Form<LoginForm>, FormRejection>,
) -> Response {
    let s = &st.app;
    if let Some(r) = off(s) {
        return r;
    }
    if let Some(why) = guard::cross_site(s, &headers) {
        return problem(StatusCode::FORBIDDEN, "Refused", why);
    }
    let ip = Some(peer.ip());
    if st.gate.is_blocked(ip) {
        return page(
            StatusCode::TOO_MANY_REQUESTS,
            pages::login(Some("Too many wrong tokens came from this address. Wait a minute, then try again.")),
        );
    }
    let Ok(Form(form)) = form else { return unreadable() };
    match st.gate.attempt(ip, form.token.trim()) {
        Some(_) => {
            let id = s.sessions.open();
            tracing::info!("admin logged in on /setup");
            see_other("/setup", &[guard::session_cookie(s, &headers, &id)])
        }
        None => {
            tracing::warn!("wrong admin token on /setup");
            page(StatusCode::UNAUTHORIZED, pages::login(Some("That is not the admin token. Sidebar tokens do not open these pages; use admin_token from the proxy's config.")))
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

pub async fn logout(State(st): St, headers: HeaderMap, form: Result<Form<CsrfForm>, FormRejection>) -> Response {
    let s = &st.app;
    let Ok(Form(form)) = form else { return unreadable() };
    match form_session(s, &headers, &form.csrf) {
        Ok((id, _)) => {
            s.sessions.close(&id);
            see_other("/setup", &[guard::clear_session_cookie(s, &headers)])
        }
        Err(why) => problem(StatusCode::FORBIDDEN, "Refused", why),
    }
}

#[derive(Deserialize)]
pub struct ConnectForm {
    csrf: String,
    region: String,
}

pub async fn connect(State(st): St, headers: HeaderMap, form: Result<Form<ConnectForm>, FormRejection>) -> Response {
    let s = &st.app;
    let Ok(Form(form)) = form else { return unreadable() };
    let (session, _) = match form_session(s, &headers, &form.csrf) {
        Ok(found) => found,
        Err(why) => return problem(StatusCode::FORBIDDEN, "Refused", why),
    };
    let Some(region) = Region::parse(&form.region) else {
        return problem(StatusCode::BAD_REQUEST, "Unknown region", "Pick a region from the list: NA, EU or FE.");
    };
    match connect::start(s, &session, region, &guard::own_origin(s, &headers)) {
        Ok(started) => see_other(&started.consent_url, &[guard::consent_cookie(s, &headers, &started.binding)]),
        Err(why) => problem(StatusCode::CONFLICT, "Cannot connect", &why),
    }
}

pub async fn remove(
    State(st): St,
    Path(id): Path<String>,
    headers: HeaderMap,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Response {
    let s = &st.app;
    let Ok(Form(form)) = form else { return unreadable() };
    if let Err(why) = form_session(s, &headers, &form.csrf) {
        return problem(StatusCode::FORBIDDEN, "Refused", why);
    }
    let removed = match s.store.remove(&id).await {
        Ok(removed) => removed,
        Err(e) => return problem(StatusCode::INTERNAL_SERVER_ERROR, "Not removed", &e.0),
    };
    if let Err(e) = roster::reload(s).await {
        return problem(StatusCode::INTERNAL_SERVER_ERROR, "Removed, not reloaded", &e.0);
    }
    if removed {
        tracing::info!("seller account removed on /setup");
        see_other("/setup?removed=1", &[])
    } else {
        problem(
            StatusCode::NOT_FOUND,
            "No such account",
            "That account is not in the store (maybe it was removed already). Reload the admin page.",
        )
    }
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    state: Option<String>,
    selling_partner_id: Option<String>,
    spapi_oauth_code: Option<String>,
}

pub async fn callback(
    State(st): St,
    headers: HeaderMap,
    query: Result<Query<CallbackQuery>, QueryRejection>,
) -> Response {
    let s = &st.app;
    if let Some(r) = off(s) {
        return r;
    }
    let Ok(Query(q)) = query else { return unreadable() };
    let cb = Callback {
        state: q.state.as_deref(),
        binding: guard::cookie(&headers, CONSENT_COOKIE),
        selling_partner_id: q.selling_partner_id.as_deref(),
        code: q.spapi_oauth_code.as_deref(),
    };
    let mut r = match connect::finish(s, cb).await {
        Ok(account) => page(StatusCode::OK, pages::connected(&account)),
        Err(why) => {
            tracing::warn!("consent callback refused");
            problem(StatusCode::BAD_REQUEST, "Not connected", &why)
        }
    };
    if let Ok(v) = HeaderValue::from_str(&guard::clear_consent_cookie(s, &headers)) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

pub async fn stylesheet() -> Response {
    let mut r = STYLESHEET.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    r
}
