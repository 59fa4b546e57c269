//! Everything that talks to Amazon. What to ask: `operations` (every SP-API path, query and
//! usage plan). How: `client` (one call with its retries), `lwa` (access tokens),
//! `authorization` (the consent flow's code → refresh token), `limiter`
//! (token buckets for the usage plans), `transport` (body cap, error causes). Reading the answers, as pure functions from the body's
//! bytes to core's view types (the fuzz targets and schema tests call them without a server):
//! one file per API version, `orders_v2026` (getOrder v2026-01-01 → `OrderView`), `orders_v0`
//! (getOrders v0 → `OrderSummary`), `messaging` (getMessagingActionsForOrder v1), `sellers`
//! (getMarketplaceParticipations v1), `uploads` (createUploadDestinationForResource 2020-11-01
//! and the upload to its URL), on top of
//! `common` (Money, date-times, fulfilment), `lenient` (tolerant JSON access) and `datetime`
//! (ISO 8601 as Amazon writes it).

pub mod authorization;
pub mod client;
pub mod common;
pub mod datetime;
pub mod lenient;
pub mod limiter;
pub mod lwa;
pub mod messaging;
pub mod operations;
pub mod orders_v0;
pub mod orders_v2026;
pub mod sellers;
pub mod transport;
pub mod uploads;
