//! LWA access tokens shared by the replicas: the first replica that needs one takes a lease and
//! exchanges the refresh token; the others poll until the token is there (or the lease is gone,
//! then one of them takes it). In Redis a token is sealed (XChaCha20-Poly1305) under a key
//! derived from the LWA client secret and the refresh token, so only a holder of both — who
//! could get a token from Amazon anyway — opens it; its Redis key names a digest, not the
//! account. Nothing of it is ever logged.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, Generate, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

use super::flight::{now_ms, set_px, Lease};
use super::redis::{Down, Redis};
use crate::serve::secret::Secret;

const FIRST_POLL: Duration = Duration::from_millis(10);
const LAST_POLL: Duration = Duration::from_millis(200);

pub struct SharedToken {
    redis: Arc<Redis>,
    key: String,
    cipher: XChaCha20Poly1305,
}

impl SharedToken {
    pub fn new(redis: Arc<Redis>, client_id: &str, client_secret: &Secret, refresh_token: &Secret) -> SharedToken {
        let digest = |label: &str, a: &str| {
            let mut h = Sha256::new();
            for part in [label, a, refresh_token.expose()] {
                h.update(part.as_bytes());
                h.update([0]);
            }
            h.finalize()
        };
        let name = digest("orderlens lwa name", client_id);
        let key = format!("ol:lwa:{}", name[..16].iter().map(|b| format!("{b:02x}")).collect::<String>());
        let secret: [u8; 32] = digest("orderlens lwa seal", client_secret.expose()).into();
        let cipher = XChaCha20Poly1305::new(&secret.into());
        SharedToken { redis, key, cipher }
    }

    /// A token (with how long it stays in use) from Redis, or from `exchange` run here while
    /// this replica holds the lease. `Err(Down)` before `exchange` ran: the caller exchanges.
    pub async fn obtain<F, E>(&self, exchange: F) -> Result<Result<(Secret, Duration), E>, Down>
    where
        F: Future<Output = Result<(Secret, Duration), E>>,
    {
        let lease_key = format!("{}:lease", self.key);
        let mut pause = FIRST_POLL;
        loop {
            if let Some(token) = self.read().await? {
                return Ok(Ok(token));
            }
            if let Some(lease) = Lease::take(&self.redis, &lease_key).await? {
                let answer = exchange.await;
                if let Ok((token, lifetime)) = &answer {
                    self.write(token, *lifetime).await;
                }
                lease.release().await;
                return Ok(answer);
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(LAST_POLL);
        }
    }

    /// Amazon refused `stale`: drop it from Redis too, unless another replica replaced it.
    pub async fn forget(&self, stale: &Secret) {
        if let Ok(Some((token, _))) = self.read().await {
            if &token == stale {
                let _ = self.redis.run::<i64>(redis::Cmd::del(&self.key)).await;
            }
        }
    }

    /// `<refresh at, ms since epoch>.<nonce>.<sealed token>`.
    async fn write(&self, token: &Secret, lifetime: Duration) {
        let nonce = XNonce::generate();
        let Ok(sealed) = self.cipher.encrypt(&nonce, token.expose().as_bytes()) else { return };
        let until = now_ms() + lifetime.as_millis() as u64;
        let value = format!("{until}.{}.{}", STANDARD.encode(nonce), STANDARD.encode(sealed));
        let _ = self.redis.run::<()>(set_px(&self.key, value, lifetime)).await;
    }

    async fn read(&self) -> Result<Option<(Secret, Duration)>, Down> {
        let Some(value) = self.redis.run::<Option<String>>(redis::Cmd::get(&self.key)).await? else {
            return Ok(None);
        };
        Ok(self.open(&value))
    }

    fn open(&self, value: &str) -> Option<(Secret, Duration)> {
        let mut parts = value.splitn(3, '.');
        let until: u64 = parts.next()?.parse().ok()?;
        let nonce = STANDARD.decode(parts.next()?).ok()?;
        let sealed = STANDARD.decode(parts.next()?).ok()?;
        let nonce = XNonce::try_from(nonce.as_slice()).ok()?;
        let token = String::from_utf8(self.cipher.decrypt(&nonce, sealed.as_slice()).ok()?).ok()?;
        let left = Duration::from_millis(until.checked_sub(now_ms())?);
        Some((Secret::new(token), left))
    }
}
