//! The native side of orderlens. The binary (`src/main.rs`) wires the subcommands; the proxy
//! lives here as a library so `cli/tests` can start it in-process against fake upstreams.

pub mod serve;
