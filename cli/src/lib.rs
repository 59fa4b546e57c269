//! The native side of orderlens. The binary (`src/main.rs`) wires the subcommands; the proxy
//! lives here as a library so `cli/tests` can start it in-process against fake upstreams.

pub mod serve;

/// Amazon's answers → core's types, as pure functions of the body (fuzz targets, schema tests).
pub mod readers {
    pub use crate::serve::spapi::lenient::{MappingError, MAX_CODE, MAX_TEXT};
    pub use crate::serve::spapi::lwa::read_token_answer;
    pub use crate::serve::spapi::messaging::{parse_actions, parse_locale};
    pub use crate::serve::spapi::orders_v0::order_summaries;
    pub use crate::serve::spapi::orders_v2026::{order_view, Asked};
}
