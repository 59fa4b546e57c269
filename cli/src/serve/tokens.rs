//! Named bearer tokens: who may call the proxy, which seller accounts and marketplaces each may
//! read, and whether it may send messages. The label names the caller in the access and audit logs.
//!
//! Defaults, chosen so a token does the least that is still useful: a `[[tokens]]` entry
//! without `accounts`/`marketplaces` reads every configured account, and sends only with
//! `send = true`. Legacy `tokens = ["…"]` (and `ORDERLENS_TOKENS`) become labels `token-1`,
//! `token-2`, …, read everything and send only in sandbox mode.

use orderlens::marketplace::Marketplace;
use orderlens::problem::{Problem, ProblemCode};
use serde::Deserialize;

use super::secret::{env_key, Secret, SecretLookup};

/// Shorter tokens are refused at start outside sandbox mode (`openssl rand -hex 32` gives 64).
pub const MIN_TOKEN_CHARS: usize = 32;

#[derive(Debug, Clone)]
pub struct TokenConfig {
    pub label: String,
    pub token: Secret,
    /// Names of the accounts it may use; `None` = every account.
    pub accounts: Option<Vec<String>>,
    /// Marketplaces it may read and send in; `None` = every marketplace of its accounts.
    pub marketplaces: Option<Vec<&'static Marketplace>>,
    pub send: bool,
}

/// One element of `tokens` in the file: a bare string (legacy) or a `[[tokens]]` table.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum FileToken {
    Plain(Secret),
    Named(FileNamedToken),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileNamedToken {
    pub label: String,
    pub token: Option<Secret>,
    pub accounts: Option<Vec<String>>,
    pub marketplaces: Option<Vec<String>>,
    pub send: Option<bool>,
}

impl TokenConfig {
    /// A token that reads every account and marketplace and does not send.
    pub fn reader(label: impl Into<String>, token: Secret) -> TokenConfig {
        TokenConfig { label: label.into(), token, accounts: None, marketplaces: None, send: false }
    }

    pub fn may_use_account(&self, account: &str) -> bool {
        self.accounts.as_ref().is_none_or(|names| names.iter().any(|n| n == account))
    }

    pub fn may_read_marketplace(&self, marketplace_id: &str) -> bool {
        self.marketplaces.as_ref().is_none_or(|mps| mps.iter().any(|m| m.id == marketplace_id))
    }

    /// The 403 for a request outside this token's scope, naming what it may do.
    pub fn out_of_scope(&self, what: &str) -> Problem {
        let accounts = self.accounts.as_ref().map_or("all".to_string(), |a| a.join(", "));
        let marketplaces = self
            .marketplaces
            .as_ref()
            .map_or("all".to_string(), |m| m.iter().map(|m| m.code).collect::<Vec<_>>().join(", "));
        Problem::new(
            ProblemCode::TokenScope,
            format!("The token '{}' may not read {what} (its accounts: {accounts}; marketplaces: {marketplaces}). Use a token whose [[tokens]] entry covers it, or ask the proxy's admin to extend this one.", self.label),
        )
    }

    pub fn check_send(&self) -> Result<(), Problem> {
        if self.send {
            return Ok(());
        }
        Err(Problem::new(
            ProblemCode::TokenScope,
            format!("The token '{}' may read orders but not send messages. The proxy's admin can allow it with `send = true` in its [[tokens]] entry.", self.label),
        ))
    }
}

/// File entries (and `ORDERLENS_TOKEN_<LABEL>`) → tokens, checked against the names of the
/// configured accounts unless `names_open` (accounts that will be connected later, or sandbox
/// mode's own).
pub fn resolve(
    file: Vec<FileToken>,
    env: Option<&SecretLookup>,
    sandbox: bool,
    accounts: &[&str],
    names_open: bool,
) -> Result<Vec<TokenConfig>, String> {
    let mut out = Vec::new();
    for (i, entry) in file.into_iter().enumerate() {
        let t = match entry {
            FileToken::Plain(token) => {
                TokenConfig { send: sandbox, ..TokenConfig::reader(format!("token-{}", i + 1), token) }
            }
            FileToken::Named(n) => named(n, env, accounts, names_open)?,
        };
        if !t.token.is_empty() {
            out.push(TokenConfig { token: Secret::new(t.token.expose().trim()), ..t });
        }
    }
    Ok(out)
}

fn named(
    n: FileNamedToken,
    env: Option<&SecretLookup>,
    accounts: &[&str],
    names_open: bool,
) -> Result<TokenConfig, String> {
    let label = n.label.trim().to_string();
    if label.is_empty() || label.len() > 64 || !label.chars().all(|ch| ch.is_ascii_alphanumeric() || "-_.".contains(ch))
    {
        return Err(format!(
            "token label '{}' must be 1-64 letters, digits, '-', '_' or '.'",
            n.label.chars().take(64).collect::<String>()
        ));
    }
    let token = env.and_then(|f| f(&label)).or(n.token).ok_or_else(|| {
        format!(
            "token '{label}' has no value: set token = \"…\" in its [[tokens]] entry or ORDERLENS_TOKEN_{}",
            env_key(&label)
        )
    })?;
    if let Some(names) = &n.accounts {
        let known = |name: &String| names_open || accounts.contains(&name.as_str());
        if let Some(unknown) = names.iter().find(|name| !known(name)) {
            return Err(format!("token '{label}': account '{unknown}' is not an [[accounts]] name"));
        }
    }
    let marketplaces = match n.marketplaces {
        None => None,
        Some(list) => Some(
            list.iter()
                .map(|m| {
                    Marketplace::by_code_or_id(m)
                        .ok_or_else(|| format!("token '{label}': '{m}' is not a marketplace code (UK, DE, US…) or id"))
                })
                .collect::<Result<Vec<_>, String>>()?,
        ),
    };
    Ok(TokenConfig { label, token, accounts: n.accounts, marketplaces, send: n.send.unwrap_or(false) })
}

/// Outside sandbox mode: long enough to resist guessing, labels and values unique.
pub fn validate(tokens: &[TokenConfig]) -> Result<(), String> {
    for (i, t) in tokens.iter().enumerate() {
        let chars = t.token.expose().chars().count();
        if chars < MIN_TOKEN_CHARS {
            return Err(format!("token '{}' has {chars} characters; use at least {MIN_TOKEN_CHARS} random ones (for example `openssl rand -hex 32`)", t.label));
        }
        if let Some(other) = tokens[..i].iter().find(|o| o.label == t.label || o.token == t.token) {
            return Err(format!(
                "tokens '{}' and '{}' share a label or a value; give each caller its own",
                other.label, t.label
            ));
        }
    }
    Ok(())
}
