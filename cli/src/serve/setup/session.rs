//! Admin sessions and consent flows in flight, kept in this process.
//!
//! A session is a random id in an `HttpOnly`, `SameSite=Strict` cookie with a CSRF token that
//! every form of the admin pages carries. A consent flow is a single-use `state` bound to the
//! session that started it and to a second random value in a `SameSite=Lax` cookie scoped to
//! the callback: Amazon's redirect back is a cross-site navigation, on which browsers withhold
//! Strict cookies but send Lax ones, so the callback can tell the browser that started the flow
//! from any other.

use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use orderlens::marketplace::Region;
use subtle::ConstantTimeEq;

/// The session cookie.
pub const SESSION_COOKIE: &str = "orderlens_admin";
/// The consent flow's cookie (path `/setup/callback` only).
pub const CONSENT_COOKIE: &str = "orderlens_consent";
/// A session ends this long after login, or after this long unused.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(12 * 3600);
pub const SESSION_IDLE: Duration = Duration::from_secs(2 * 3600);
/// Time the seller has to log in to Seller Central and confirm (Amazon's code then lives 5 minutes).
pub const CONSENT_LIFETIME: Duration = Duration::from_secs(30 * 60);

pub struct Session {
    /// Hidden in every form; a post without it is refused.
    pub csrf: String,
}

/// A consent flow started from `/setup`, waiting for Amazon's redirect.
#[derive(Clone)]
pub struct Pending {
    pub session: String,
    binding: String,
    pub region: Region,
    /// The redirect URI the consent named: the code exchange must name it again.
    pub redirect_uri: String,
}

pub struct Sessions {
    sessions: moka::sync::Cache<String, Arc<Session>>,
    pending: moka::sync::Cache<String, Pending>,
}

impl Default for Sessions {
    fn default() -> Sessions {
        Sessions::new()
    }
}

impl Sessions {
    pub fn new() -> Sessions {
        Sessions {
            sessions: moka::sync::Cache::builder()
                .max_capacity(10_000)
                .time_to_live(SESSION_LIFETIME)
                .time_to_idle(SESSION_IDLE)
                .build(),
            pending: moka::sync::Cache::builder().max_capacity(10_000).time_to_live(CONSENT_LIFETIME).build(),
        }
    }

    /// A new session after a correct admin token: its id, for the cookie.
    pub fn open(&self) -> String {
        let id = random();
        self.sessions.insert(id.clone(), Arc::new(Session { csrf: random() }));
        id
    }

    pub fn get(&self, id: &str) -> Option<Arc<Session>> {
        self.sessions.get(id)
    }

    pub fn close(&self, id: &str) {
        self.sessions.invalidate(id);
    }

    /// A consent flow for `session`: the `state` for Amazon and the value of the consent cookie.
    pub fn begin_consent(&self, session: &str, region: Region, redirect_uri: String) -> (String, String) {
        let (state, binding) = (random(), random());
        let pending = Pending { session: session.to_string(), binding: binding.clone(), region, redirect_uri };
        self.pending.insert(state.clone(), pending);
        (state, binding)
    }

    /// The flow `state` started, used up by this call whatever it answers, if the callback came
    /// to the same browser (`binding`, the consent cookie) while its session still lives.
    pub fn finish_consent(&self, state: &str, binding: Option<&str>) -> Result<Pending, ConsentRefused> {
        let Some(pending) = self.pending.remove(state) else { return Err(ConsentRefused::UnknownState) };
        let same_browser = binding.is_some_and(|b| bool::from(b.as_bytes().ct_eq(pending.binding.as_bytes())));
        if !same_browser {
            return Err(ConsentRefused::OtherBrowser);
        }
        if self.get(&pending.session).is_none() {
            return Err(ConsentRefused::SessionEnded);
        }
        Ok(pending)
    }
}

/// Why a callback is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentRefused {
    /// Never issued, already used, or older than `CONSENT_LIFETIME`.
    UnknownState,
    /// Issued to another browser (or its consent cookie is gone).
    OtherBrowser,
    /// The admin logged out (or the session expired) meanwhile.
    SessionEnded,
}

impl ConsentRefused {
    pub fn explain(self) -> &'static str {
        match self {
            ConsentRefused::UnknownState => "This authorisation link was already used, has expired (after 30 minutes) or was not started here. Nothing was connected. Start again with Connect Amazon account.",
            ConsentRefused::OtherBrowser => "This authorisation was started in another browser or session, so it is refused. Nothing was connected. Start it again from this browser with Connect Amazon account.",
            ConsentRefused::SessionEnded => "The admin session that started this authorisation has ended. Nothing was connected. Log in again and start again with Connect Amazon account.",
        }
    }
}

/// 32 random bytes (the thread-local CSPRNG, seeded by the OS), URL-safe.
fn random() -> String {
    URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>())
}

/// Compares a presented CSRF token with the session's in constant time.
pub fn csrf_matches(session: &Session, presented: &str) -> bool {
    bool::from(session.csrf.as_bytes().ct_eq(presented.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_is_single_use_and_bound_to_its_browser() {
        let s = Sessions::new();
        let admin = s.open();
        let (state, binding) = s.begin_consent(&admin, Region::EU, "http://x/setup/callback".into());
        assert_eq!(s.finish_consent(&state, Some(&binding)).ok().map(|p| p.region), Some(Region::EU));
        assert_eq!(s.finish_consent(&state, Some(&binding)).err(), Some(ConsentRefused::UnknownState), "replayed");

        let (state, _) = s.begin_consent(&admin, Region::EU, "u".into());
        let (_, other_binding) = s.begin_consent(&s.open(), Region::EU, "u".into());
        assert_eq!(s.finish_consent(&state, Some(&other_binding)).err(), Some(ConsentRefused::OtherBrowser));
        assert_eq!(
            s.finish_consent(&state, Some(&other_binding)).err(),
            Some(ConsentRefused::UnknownState),
            "used up by the refusal"
        );

        let (state, binding) = s.begin_consent(&admin, Region::NA, "u".into());
        s.close(&admin);
        assert_eq!(s.finish_consent(&state, Some(&binding)).err(), Some(ConsentRefused::SessionEnded));
        assert_eq!(s.finish_consent("made-up", None).err(), Some(ConsentRefused::UnknownState));
    }
}
