//! orderlens: the Amazon order behind a helpdesk ticket.
//!
//! `core` is pure Rust (no I/O, no clock, no DOM) and compiles natively and for wasm32;
//! the native `orderlens` binary (crate `cli/`) and the wasm sidebar both build on it.

pub mod core;

/// The wasm sidebar shell (web-sys DOM, host bridge, app loop).
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use crate::core::*;

/// The sidebar runs on one thread (no `atomics`), which talc's wasm allocator is made for; it
/// is smaller in the download than the standard library's dlmalloc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
