//! The host interface, Rust side. docs/host-interface.md is the contract between the sidebar and
//! a host adapter (`www/hosts/*.js`); this folder is its Rust half, in one place: the open
//! [`Ticket`], the installation's [`Settings`], what the sidebar asks the proxy through
//! `host.request` ([`ProxyRequest`], [`ProxyResponse`]) and how it reads the answers ([`proxy`]).
//! Everything here comes from code we do not control, so it is read forgivingly (with
//! `crate::core::lenient`): anything unexpected becomes a default or a [`Failure`], never a panic.

pub mod proxy;
pub mod related;
pub mod settings;
pub mod ticket;

pub use proxy::{Failure, ProxyRequest, ProxyResponse};
pub use related::{RelatedQuery, RelatedTicket};
pub use settings::{FieldMap, Settings};
pub use ticket::{Comment, Person, Role, Ticket, TicketError};
