//! What the admin pages' handlers share.

use std::sync::Arc;

use crate::serve::http::auth::Gate;
use crate::serve::state::AppState;

/// What the handlers share: the app, and a gate of its own for the admin token (wrong tokens
/// are braked per address, as for the API).
pub struct SetupState {
    pub app: Arc<AppState>,
    pub gate: Gate,
}
