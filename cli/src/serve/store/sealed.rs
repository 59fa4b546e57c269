//! Refresh tokens at rest: sealed with XChaCha20-Poly1305 (RustCrypto) under the store key, a
//! fresh random 24-byte nonce per record, and the account id as associated data, so a sealed
//! token copied onto another account's row does not open.
//!
//! The key is 32 random bytes: `ORDERLENS_STORE_KEY` (base64), else a key file, created on first
//! start with permissions 0600 and refused when others may read it. A previous key
//! (`ORDERLENS_STORE_PREVIOUS_KEY`) still opens tokens during a rotation; the store reseals them
//! under the current key as it reads them.

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use crate::serve::secret::Secret;

const KEY_BYTES: usize = 32;
pub const NONCE_BYTES: usize = 24;

/// The current key, and the one it replaced while a rotation is under way.
pub struct StoreKey {
    current: XChaCha20Poly1305,
    previous: Option<XChaCha20Poly1305>,
}

/// A sealed token as it is stored.
pub struct Sealed {
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// What opening a sealed token gave.
pub enum Opened {
    /// Sealed under the current key.
    Current(Secret),
    /// Sealed under the previous key: reseal it under the current one.
    Previous(Secret),
}

/// Where the key comes from: the environment's value wins over the file; with neither (an
/// in-memory store) the key lives only as long as the process.
#[derive(Debug, Clone, Default)]
pub struct KeySource {
    pub env: Option<Secret>,
    pub previous_env: Option<Secret>,
    pub file: Option<PathBuf>,
}

impl StoreKey {
    /// The key from the environment, else from the key file, which is created if it is missing.
    pub fn load(source: &KeySource) -> Result<StoreKey, String> {
        let current = match (&source.env, &source.file) {
            (Some(value), _) => decode(value, "ORDERLENS_STORE_KEY")?,
            (None, Some(file)) => read_or_create(file)?,
            (None, None) => random_key(),
        };
        let previous = source.previous_env.as_ref().map(|v| decode(v, "ORDERLENS_STORE_PREVIOUS_KEY")).transpose()?;
        Ok(StoreKey { current: cipher(&current), previous: previous.as_ref().map(cipher) })
    }

    pub fn seal(&self, account_id: &str, token: &Secret) -> Result<Sealed, String> {
        let nonce = XNonce::generate();
        let payload = Payload { msg: token.expose().as_bytes(), aad: account_id.as_bytes() };
        let ciphertext =
            self.current.encrypt(&nonce, payload).map_err(|_| "the refresh token could not be sealed".to_string())?;
        Ok(Sealed { nonce: nonce.to_vec(), ciphertext })
    }

    pub fn open(&self, account_id: &str, sealed: &Sealed) -> Result<Opened, String> {
        let cannot = || {
            format!("the refresh token of account id '{account_id}' does not open with the store key: was ORDERLENS_STORE_KEY or the key file changed? Restore the key, or re-authorise the account on /setup")
        };
        let nonce = XNonce::try_from(sealed.nonce.as_slice()).map_err(|_| cannot())?;
        let open = |c: &XChaCha20Poly1305| {
            c.decrypt(&nonce, Payload { msg: &sealed.ciphertext, aad: account_id.as_bytes() })
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .map(Secret::new)
        };
        if let Some(token) = open(&self.current) {
            return Ok(Opened::Current(token));
        }
        self.previous.as_ref().and_then(open).map(Opened::Previous).ok_or_else(cannot)
    }
}

impl StoreKey {
    /// A stored token opened, and, when it was sealed under the previous key, the same token
    /// sealed under the current one for the store to write back (the content is unchanged, so
    /// the store's revision stays).
    pub fn open_row(&self, account_id: &str, sealed: &Sealed) -> (Result<Secret, String>, Option<Sealed>) {
        match self.open(account_id, sealed) {
            Ok(Opened::Current(token)) => (Ok(token), None),
            Ok(Opened::Previous(token)) => match self.seal(account_id, &token) {
                Ok(resealed) => (Ok(token), Some(resealed)),
                Err(why) => (Err(why), None),
            },
            Err(why) => (Err(why), None),
        }
    }
}

fn cipher(key: &[u8; KEY_BYTES]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.into())
}

fn random_key() -> [u8; KEY_BYTES] {
    rand::random()
}

fn decode(value: &Secret, what: &str) -> Result<[u8; KEY_BYTES], String> {
    let bytes = STANDARD
        .decode(value.expose().trim())
        .map_err(|_| format!("{what} is not base64; make one with `openssl rand -base64 32`"))?;
    bytes
        .try_into()
        .map_err(|_| format!("{what} must be 32 bytes (44 base64 characters); make one with `openssl rand -base64 32`"))
}

fn read_or_create(path: &Path) -> Result<[u8; KEY_BYTES], String> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            refuse_if_readable_by_others(path)?;
            decode(&Secret::new(text), &format!("the store key file {}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => create(path),
        Err(e) => Err(format!("cannot read the store key file {}: {e}", path.display())),
    }
}

/// A new key file that only its owner may read; never overwrites one that appeared meanwhile.
fn create(path: &Path) -> Result<[u8; KEY_BYTES], String> {
    let key = random_key();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(path).and_then(|mut f| {
        f.write_all(STANDARD.encode(key).as_bytes())?;
        f.write_all(b"\n")?;
        f.sync_all()
    });
    match written {
        Ok(()) => {
            tracing::info!(path = %path.display(), "created the account store key file (back it up: without it the stored refresh tokens cannot be opened)");
            Ok(key)
        }
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_or_create(path),
        Err(e) => Err(format!(
            "cannot create the store key file {}: {e}. Create its folder, or set store_key_file or ORDERLENS_STORE_KEY",
            path.display()
        )),
    }
}

#[cfg(unix)]
fn refuse_if_readable_by_others(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let mode =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?.permissions().mode();
    if mode & 0o077 != 0 {
        return Err(format!(
            "the store key file {} may be read by other users (mode {:o}); run `chmod 600 {}` and start again",
            path.display(),
            mode & 0o777,
            path.display()
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_if_readable_by_others(_: &Path) -> Result<(), String> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_opens_only_under_its_key_and_account_id() {
        let key = StoreKey::load(&KeySource::default()).unwrap();
        let token = Secret::new("Atzr|IwEBIA-very-secret");
        let sealed = key.seal("A3FHEXAMPLEYWS:EU", &token).unwrap();
        assert!(!sealed.ciphertext.windows(6).any(|w| w == b"Atzr|I"), "not in the clear");
        assert!(matches!(key.open("A3FHEXAMPLEYWS:EU", &sealed), Ok(Opened::Current(t)) if t == token));
        assert!(key.open("OTHER:EU", &sealed).is_err(), "bound to the account id");
        assert!(
            StoreKey::load(&KeySource::default()).unwrap().open("A3FHEXAMPLEYWS:EU", &sealed).is_err(),
            "another key"
        );
        let again = key.seal("A3FHEXAMPLEYWS:EU", &token).unwrap();
        assert_ne!(again.nonce, sealed.nonce, "a fresh nonce per record");
    }

    #[test]
    fn the_previous_key_still_opens_during_a_rotation() {
        let old = [7u8; KEY_BYTES];
        let sealed = StoreKey { current: cipher(&old), previous: None }.seal("id", &Secret::new("Atzr|x")).unwrap();
        let rotated = StoreKey { current: cipher(&[9u8; KEY_BYTES]), previous: Some(cipher(&old)) };
        assert!(matches!(rotated.open("id", &sealed), Ok(Opened::Previous(_))));
    }

    #[test]
    fn keys_must_be_32_bytes_of_base64() {
        assert!(decode(&Secret::new(STANDARD.encode([1u8; 32])), "k").is_ok());
        let short = decode(&Secret::new(STANDARD.encode([1u8; 16])), "k").unwrap_err();
        assert!(short.contains("32 bytes"), "{short}");
        assert!(decode(&Secret::new("not base64!"), "k").unwrap_err().contains("openssl rand -base64 32"));
    }
}
