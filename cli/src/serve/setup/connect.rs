//! The website authorisation workflow, without HTTP types: the consent URL with a single-use
//! `state`, and the callback: check the state, trade the code for a refresh token at Login with
//! Amazon, ask the Sellers API where the seller sells, store the account, use it at once.

use chrono::Utc;
use orderlens::marketplace::Region;

use super::config::CALLBACK_PATH;
use super::session::ConsentRefused;
use crate::serve::config::AccountConfig;
use crate::serve::problem::from_lwa;
use crate::serve::roster;
use crate::serve::service::fetch::fetch;
use crate::serve::spapi::authorization::{Client, Granted};
use crate::serve::spapi::lwa::LwaError;
use crate::serve::spapi::operations;
use crate::serve::spapi::sellers::{participations, Participations};
use crate::serve::state::AppState;
use crate::serve::store::StoredAccount;

/// Where to send the admin's browser, and the consent cookie's value.
pub struct Started {
    pub consent_url: String,
    pub binding: String,
}

/// A consent flow for `session` in `region`; `origin` is where Amazon must send the seller back
/// (`public_url`, else the origin the admin reached the proxy at).
pub fn start(s: &AppState, session: &str, region: Region, origin: &str) -> Result<Started, String> {
    let Some(app) = &s.config.setup.application_id else {
        return Err("Connecting needs the SP-API app: set [app] application_id (and public_url) in the proxy's config file and restart it.".into());
    };
    let redirect_uri = format!("{origin}{CALLBACK_PATH}");
    let (state, binding) = s.sessions.begin_consent(session, region, redirect_uri.clone());
    let base = match (&s.config.fake_amazon_url, &s.config.setup.seller_central_url) {
        (Some(fake), _) => format!("{fake}/{}", region.as_str().to_ascii_lowercase()),
        (None, Some(url)) => url.trim_end_matches('/').to_string(),
        (None, None) => region.seller_central().to_string(),
    };
    let mut url = reqwest::Url::parse(&format!("{base}/apps/authorize/consent"))
        .map_err(|_| "The Seller Central URL is not valid; check seller_central_url.".to_string())?;
    url.query_pairs_mut()
        .append_pair("application_id", app)
        .append_pair("state", &state)
        .append_pair("redirect_uri", &redirect_uri);
    if s.config.setup.draft {
        url.query_pairs_mut().append_pair("version", "beta");
    }
    Ok(Started { consent_url: url.into(), binding })
}

/// What Amazon's redirect brought (query parameters as sent), and the consent cookie.
pub struct Callback<'a> {
    pub state: Option<&'a str>,
    pub binding: Option<&'a str>,
    pub selling_partner_id: Option<&'a str>,
    pub code: Option<&'a str>,
}

/// The account the callback connected (or re-authorised), now in use; else what to do.
pub async fn finish(s: &AppState, cb: Callback<'_>) -> Result<StoredAccount, String> {
    let pending = s
        .sessions
        .finish_consent(cb.state.unwrap_or(""), cb.binding)
        .map_err(|refused: ConsentRefused| refused.explain().to_string())?;
    let Some(code) = cb.code.map(str::trim).filter(|c| !c.is_empty() && c.len() <= 512) else {
        return Err("Amazon sent no authorisation code: the seller may have cancelled on Seller Central's consent page. Nothing was connected; start again with Connect Amazon account.".into());
    };
    let seller = cb.selling_partner_id.map(str::trim).unwrap_or("");
    if seller.is_empty() || seller.len() > 32 || !seller.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err("Amazon's answer has no valid selling_partner_id. Nothing was connected; start again with Connect Amazon account.".into());
    }
    let lwa = Client {
        http: &s.http,
        url: &s.config.lwa_url,
        client_id: &s.config.lwa_client_id,
        client_secret: &s.config.lwa_client_secret,
    };
    let granted = lwa.exchange_code(code, &pending.redirect_uri).await.map_err(refused_code)?;
    let region = pending.region;
    let id = format!("{seller}:{}", region.as_str());
    let (listed, unchecked) = match marketplaces(s, region, &granted).await {
        Ok(p) => (p, None),
        Err(why) => (Participations { marketplaces: Vec::new(), store_name: None }, Some(why)),
    };
    let existing = s.store.list().await.map_err(|e| e.0)?;
    let now = Utc::now();
    let previous = existing.iter().find(|a| a.id == id);
    let account = StoredAccount {
        name: previous
            .map_or_else(|| free_name(s, &existing, listed.store_name.as_deref(), seller, region), |p| p.name.clone()),
        connected_at: previous.map_or(now, |p| p.connected_at),
        id,
        region,
        selling_partner_id: seller.to_string(),
        marketplaces: listed.marketplaces,
        marketplaces_unchecked: unchecked,
        authorised_at: now,
    };
    s.store.save(&account, &granted.refresh_token).await.map_err(|e| e.0)?;
    roster::reload(s).await.map_err(|e| e.0)?;
    tracing::info!(account = account.name, region = region.as_str(), "seller account connected on /setup");
    Ok(account)
}

/// getMarketplaceParticipations with the access token the code exchange gave.
async fn marketplaces(s: &AppState, region: Region, granted: &Granted) -> Result<Participations, String> {
    let config = AccountConfig {
        name: format!("connecting-{}", region.as_str().to_ascii_lowercase()),
        region,
        refresh_token: granted.refresh_token.clone(),
        marketplaces: Vec::new(),
        endpoint: s.config.endpoint_for(region),
    };
    let account = s.account(config);
    account.lwa.seed(granted.access_token.clone(), granted.lifetime).await;
    let found = fetch(&s.spapi, &account, &operations::get_marketplace_participations(), participations)
        .await
        .map_err(|p| p.detail)?;
    if found.marketplaces.is_empty() {
        return Err("Amazon lists no marketplace of the marketplace table this seller takes part in".into());
    }
    Ok(found)
}

/// The code exchange failed: what the admin sees.
fn refused_code(e: LwaError) -> String {
    match e {
        LwaError::InvalidGrant => "Amazon refused the authorisation code: a code is valid for 5 minutes and only once, and this one has expired or was already used. Nothing was connected; click Connect Amazon account again and confirm in Seller Central right away.".into(),
        LwaError::InvalidClient(code) => format!("Login with Amazon refused the app's client id or secret ({code}). Nothing was connected. Put the LWA credentials of the app named by [app] application_id into [lwa] client_id and ORDERLENS_LWA_CLIENT_SECRET, restart, and connect again."),
        LwaError::Refused(code) => format!("Login with Amazon refused the authorisation code ({code}). Nothing was connected. Check that <public_url>/setup/callback is registered as the app's OAuth redirect URI in Solution Provider Portal, then connect again."),
        other => format!("{} Nothing was connected; connect again.", from_lwa(other, "being connected").detail),
    }
}

/// `harbour-lane-goods-eu`: the store's name in the shape of an account name, unique among the
/// file's and the store's accounts.
fn free_name(s: &AppState, stored: &[StoredAccount], store_name: Option<&str>, seller: &str, region: Region) -> String {
    let slug = |text: &str| {
        let mut out = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.ends_with('-') {
                out.push('-');
            }
        }
        out.trim_matches('-').chars().take(40).collect::<String>().trim_end_matches('-').to_string()
    };
    let stem = store_name.map(slug).filter(|s| !s.is_empty()).unwrap_or_else(|| slug(seller));
    let stem = format!("{stem}-{}", region.as_str().to_ascii_lowercase());
    let taken = |name: &str| s.config.accounts.iter().any(|a| a.name == name) || stored.iter().any(|a| a.name == name);
    std::iter::once(stem.clone()).chain((2..).map(|n| format!("{stem}-{n}"))).find(|name| !taken(name)).unwrap_or(stem)
}
