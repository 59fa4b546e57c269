//! orderlens: the Amazon order behind a helpdesk ticket.
//!
//! `core` is pure Rust (no I/O, no clock, no DOM) and compiles natively and for wasm32;
//! the native `orderlens` binary (crate `cli/`) and the wasm sidebar both build on it.

pub mod core;

/// The wasm sidebar shell (web-sys DOM, host bridge, app loop).
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use crate::core::*;
