//! The audit log: one line per message send that reached the proxy's checks (target
//! `orderlens::audit`), naming who sent what where and how it ended. Never the message text.

use orderlens::problem::Problem;

/// What one send attempt was; `outcome` is `sent` or the problem code it was answered with.
pub struct SendRecord<'a> {
    pub label: &'a str,
    pub account: Option<&'a str>,
    pub order_id: &'a str,
    pub action: &'a str,
    pub request_id: Option<&'a str>,
    pub allow_duplicate: bool,
}

pub fn send(record: &SendRecord, outcome: Result<(), &Problem>) {
    let (outcome, request_id) = match outcome {
        Ok(()) => ("sent", record.request_id),
        Err(p) => (p.code.as_str(), p.request_id.as_deref().or(record.request_id)),
    };
    tracing::info!(
        target: "orderlens::audit",
        token = record.label,
        account = record.account.unwrap_or("-"),
        order_id = record.order_id,
        action = record.action,
        allow_duplicate = record.allow_duplicate,
        request_id = request_id.unwrap_or("-"),
        outcome,
        "message send"
    );
}
