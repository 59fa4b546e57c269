//! A string that must never reach a log line or a debug dump (tokens, client secrets), and how
//! secrets are found in the environment.

use std::fmt;

use serde::Deserialize;

#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The only way to read the value: spelled out so every use is easy to audit.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

/// Looks up a secret by the name of what it belongs to (an account, a token label).
pub type SecretLookup = dyn Fn(&str) -> Option<Secret>;

/// `acme-eu` → `ACME_EU`, for `ORDERLENS_REFRESH_TOKEN_<NAME>` and `ORDERLENS_TOKEN_<LABEL>`.
pub fn env_key(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

/// A server URL as logs and pages may show it: `redis://user:secret@host/0` → `redis://user@host/0`.
pub fn without_password(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => "(an unparsable URL)".into(),
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn debug_redacts() {
        let s = super::Secret::new("Atzr|very-secret");
        assert_eq!(format!("{s:?}"), "Secret(***)");
    }

    #[test]
    fn server_urls_lose_their_password() {
        use super::without_password;
        assert_eq!(without_password("redis://:s3cret@cache:6379/0"), "redis://cache:6379/0");
        assert_eq!(without_password("postgres://app:s3cret@db/orderlens"), "postgres://app@db/orderlens");
        assert!(!without_password("rediss://u:s3cret@h").contains("s3cret"));
    }
}
