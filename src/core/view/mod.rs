//! The sidebar's view model: from what the sidebar knows ([`State`]: detection, the order's
//! state, the buyer's orders, the composer, settings) and the moment ([`view`]'s `now` and
//! [`Zones`]), a plain [`SidebarView`] of localised strings the DOM layer draws without
//! thinking. Every change goes through the pure [`update`], so behaviour is tested natively.
//!
//! [`Zones`]: crate::core::format::Zones

mod case_block;
pub mod composer;
pub mod events;
pub mod links;
pub mod model;
mod order_panel;
pub mod pack_loads;
pub mod packs;
mod present;
pub mod state;
mod time;
pub mod update;

#[cfg(test)]
mod case_tests;
#[cfg(test)]
mod tests;

pub use composer::IMPORTANT_MARKER;
pub use events::{Effect, Event, HostCall, Purpose};
pub use model::*;
pub use present::{failed, failure_text, view};
pub use state::{BuyerOrdersState, OrderState, State, TicketSlot, TicketState};
pub use update::update;
