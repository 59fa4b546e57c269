//! Several replicas as one proxy: the state Amazon's quota and the sellers' data make shared,
//! kept in Redis when `redis_url` is set. Each piece sits behind the type its in-memory
//! counterpart already has, chosen once at start (`AppState::new`), and falls back to memory
//! whenever Redis does not answer:
//!
//! - `redis` — the connection, whether Redis answers now, and the probe that notices it back;
//! - `limiter` — Amazon's usage plans as one GCRA reservation per call (a Lua script);
//! - `flight` — the order and buyer caches, and one upstream call per key across replicas;
//! - `lwa` — access tokens, sealed, refreshed by one replica at a time;
//! - `ledger` — the send ledger (`SET NX PX`), so no message goes out twice.

pub mod flight;
pub mod ledger;
pub mod limiter;
pub mod lwa;
pub mod redis;

pub use self::redis::Redis;
