//! The pure core: bytes and structs in, structs out.

pub mod marketplace;
