//! `orderlens serve`: the SP-API proxy the sidebar asks for order details.
//!
//! Layers, each importing only those below it:
//!
//! - `command` — the subcommand: flags, `--help`, environment, run until Ctrl-C or SIGTERM.
//! - `server` — start: the sandbox fake if asked for, the HTTP client, the listener; `Running`.
//! - `http/` — the HTTP API (axum): one router per resource, the token gate, CORS, load limits,
//!   the access log, JSON and problem+json answers. The only place with HTTP types.
//! - `service/` — what the API does (the order lookup, buyer search, messaging and sends) as
//!   plain functions over the state that answer core's types or a `Problem`.
//! - `state` — `AppState`: config, accounts, SP-API client, caches, send ledger.
//! - `spapi/` — Amazon: every SP-API operation in one place, the client, LWA, the limiter, and
//!   one reader per API version (body bytes → core's view types).
//! - `accounts` (seller accounts and which one serves a request), `cache` (coalescing cache),
//!   `dedupe` (the send ledger), `audit` (the send audit log), `problem` (upstream failures →
//!   `Problem`), `order_id` (the one order-id check), `input` (marketplace parameter, echoed
//!   input).
//! - `config` (file, environment, flags → `Config`), `tokens` (named bearer tokens and their
//!   scope), `secret` (values kept out of logs).
//! - `sandbox/` — the built-in fake SP-API and LWA of sandbox mode, the tests and the benchmark.

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
pub mod sandbox;
pub mod secret;
pub mod server;
pub mod service;
pub mod spapi;
pub mod state;
pub mod tokens;

pub use command::{run, ServeArgs};
pub use config::Config;
pub use server::{start, Running};
