//! The native side of orderlens. The binary (`src/main.rs`) wires the subcommands; the proxy
//! lives here as a library so `cli/tests` can start it in-process against fake upstreams.

pub mod serve;

/// Amazon's answers → core's types, as pure functions of the body (fuzz targets, schema tests).
pub mod readers {
    pub use crate::serve::lwa::read_token_answer;
    pub use crate::serve::spapi::lenient::{MAX_CODE, MAX_TEXT};
    pub use crate::serve::spapi::{order_summaries, order_view, parse_actions, Asked, MappingError};
}
