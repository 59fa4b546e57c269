//! `orderlens serve`: the SP-API proxy the sidebar asks for order details.
//!
//! One file per job: `command` (the subcommand: flags, help, run until a signal), `config`
//! (file/env/flags), `tokens` (named bearer tokens and their scope), `secret` (redacted strings),
//! `lwa` (access tokens), `limiter` (Amazon's usage plans), `upstream` (the SP-API client and its
//! retries), `cache` (coalescing cache), `spapi` (SP-API JSON → core's view types), `messaging`
//! (action table and text rules), `accounts` (seller accounts and routing), `routes` (HTTP API v1
//! reads), `send` (message sends), `dedupe` (the send ledger), `audit` (the send audit log),
//! `health`, `auth` and `origins` (bearer token, CORS), `load` (deadline, concurrency cap),
//! `access_log`, `problem` (errors → problem+json), `sandbox` (the built-in fake SP-API and LWA),
//! `server` (assembly).

pub mod access_log;
pub mod accounts;
pub mod audit;
pub mod auth;
pub mod cache;
pub mod command;
pub mod config;
pub mod dedupe;
pub mod health;
pub mod input;
pub mod load;
pub mod messaging;
pub mod order_id;
pub mod origins;
pub mod problem;
pub mod routes;
pub mod sandbox;
pub mod secret;
pub mod send;
pub mod server;
pub mod spapi;
pub mod state;
pub mod tokens;

pub use command::{run, ServeArgs};
pub use config::Config;
pub use server::{start, Running};
