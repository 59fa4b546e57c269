//! The pure core: bytes and structs in, structs out. Nothing here touches the DOM,
//! the network or the clock (time is passed in), so it is tested with plain `cargo test`
//! and runs unchanged inside the wasm sidebar.

pub mod amazon_host;
pub mod case;
pub mod detect;
pub mod format;
pub mod host;
pub mod i18n;
pub mod lang;
pub(crate) mod lenient;
pub mod letter_case;
pub mod marketplace;
pub mod message;
pub mod order_id;
pub mod order_view;
pub mod problem;
pub mod reply;
pub mod setup_checklist;
pub mod sla;
pub mod stable_sort;
pub mod text;
pub mod view;
