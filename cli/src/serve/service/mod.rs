//! What the API does, free of HTTP: plain async functions over the app state that take what the
//! caller asked for and answer core's types or a `Problem`. The `http` handlers only unpack the
//! request and call them.
//!
//! `orders` (the order lookup across the caller's accounts), `buyers` (a buyer's recent
//! orders), `messaging` (the messages Amazon allows, sending one at most once), on top of
//! `fetch` (one SP-API call, its answer read, its failure recorded), `message_rules` (what a
//! message text must pass before Amazon sees it) and `invoice` (a PDF through the Uploads API).

pub mod buyers;
pub mod fetch;
pub mod invoice;
pub mod message_rules;
pub mod messaging;
pub mod orders;
