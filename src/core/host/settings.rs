//! The installation's settings as the host adapter gives them (`host.settings()`,
//! docs/host-interface.md), read forgivingly.

use crate::core::lenient;

/// The installation's settings (`host.settings()`); never secrets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// `false`: the sidebar explains what to set, where.
    pub proxy_configured: bool,
    /// Fills `{seller_name}` in replies.
    pub seller_name: Option<String>,
    pub field_map: FieldMap,
    /// Add the `amazon`, marketplace and kind tags on insert.
    pub tags: bool,
    /// The proxy's setup page (`https://orders.example.com/setup`): after a delivery failure
    /// for an unapproved sender the sidebar links to its checklist
    /// (`setup_checklist::checklist_url`).
    pub setup_url: Option<String>,
}

/// Host ticket-field ids to write on insert.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldMap {
    pub order_id: Option<String>,
    pub marketplace: Option<String>,
    pub kind: Option<String>,
}

impl Settings {
    /// Reads `host.settings()` as JSON; anything unreadable is the default (proxy not configured).
    pub fn from_json(json: &str) -> Settings {
        let v = serde_json::from_str::<serde_json::Value>(json).unwrap_or_default();
        let map = &v["fieldMap"];
        Settings {
            proxy_configured: v["proxyConfigured"].as_bool().unwrap_or(false),
            seller_name: lenient::optional_text(&v["sellerName"]),
            field_map: FieldMap {
                order_id: lenient::optional_text(&map["order_id"]),
                marketplace: lenient::optional_text(&map["marketplace"]),
                kind: lenient::optional_text(&map["kind"]),
            },
            tags: v["tags"].as_bool().unwrap_or(false),
            setup_url: lenient::optional_text(&v["setupUrl"]),
        }
    }
}
