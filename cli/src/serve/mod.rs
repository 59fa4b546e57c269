//! `orderlens serve`: the SP-API proxy the sidebar asks for order details.
//!
//! From the outside in (the imports have no cycle; each folder's `mod.rs` lists its files):
//!
//! - `command` — the subcommand: flags, `--help`, environment, run until Ctrl-C or SIGTERM.
//! - `server` — start: the sandbox fake if asked for, the HTTP client, the listener; `Running`.
//! - `http/` — the HTTP API (axum): one router per resource merged in `http::app`, the token
//!   gate, CORS, load limits, the access log, typed queries, JSON and problem+json answers.
//!   Requests and responses exist only here (and in the sandbox fake).
//! - `service/` — what the API does (order lookup, buyer search, messaging actions, sends) as
//!   plain async functions over the state that answer core's types or a `Problem`.
//! - `setup/` — the admin pages under `/setup` (HTML, no script): admin login, connecting a
//!   seller account through Seller Central's consent, the email checklist; their config keys.
//! - `state` — `AppState`: config, accounts, SP-API client, caches, send ledger, account store,
//!   admin sessions.
//! - `accounts` — the seller accounts at run time and which ones serve a request; `roster` —
//!   building that list from the config file and the store, again whenever the store changes.
//! - `store/` — the account store (one async trait; SQLite by default) with refresh tokens
//!   sealed at rest.
//! - `cache` (coalescing cache), `dedupe` (the send ledger), `audit` (the send audit log).
//! - `shared/` — several replicas as one proxy: limiter, cache and single-flight, LWA tokens and
//!   send ledger in Redis (`redis_url`), each behind the type its in-memory counterpart has.
//! - `problem` — upstream and LWA failures as core's `Problem`.
//! - `spapi/` — Amazon: every SP-API operation in one place, the client, LWA, the limiter, and
//!   one reader per API version (body bytes → core's view types).
//! - `order_id` (the one order-id check), `input` (the marketplace parameter, echoed input).
//! - `config` (file, environment, flags → `Config`), `tokens` (named bearer tokens and their
//!   scope), `secret` (values kept out of logs).
//! - `sandbox/` — the built-in fake SP-API, LWA and Seller Central consent of sandbox mode, the
//!   tests and the benchmark.

pub mod accounts;
pub mod audit;
pub mod cache;
pub mod command;
pub mod config;
pub mod dedupe;
pub mod http;
pub mod input;
pub mod order_id;
pub mod problem;
pub mod roster;
pub mod sandbox;
pub mod secret;
pub mod server;
pub mod service;
pub mod setup;
pub mod shared;
pub mod spapi;
pub mod state;
pub mod store;
pub mod tokens;

pub use command::{run, ServeArgs};
pub use config::Config;
pub use server::{start, Running};
