//! The proxy's one order-id check. An `OrderId` is what may stand in `/v1/orders/{orderId}` and
//! so in an SP-API path: Amazon's 3-7-7 digits (core's rule), or in sandbox mode also one of
//! Amazon's sandbox ids like `TEST_CASE_200`.

use std::fmt;

use orderlens::order_id::{is_sandbox_id, is_valid};
use orderlens::problem::{Problem, ProblemCode};

use super::input::echo;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderId(String);

impl OrderId {
    pub fn parse(id: &str, sandbox: bool) -> Result<OrderId, Problem> {
        if is_valid(id) || (sandbox && is_sandbox_id(id)) {
            return Ok(OrderId(id.to_string()));
        }
        Err(Problem::new(
            ProblemCode::InvalidOrderId,
            format!("'{}' is not an Amazon order id. Order ids look like 123-1234567-1234567.", echo(id)),
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::OrderId;

    #[test]
    fn order_ids() {
        let ok = |id: &str, sandbox: bool| OrderId::parse(id, sandbox).is_ok();
        assert!(ok("028-1234567-8901234", false));
        assert!(!ok("TEST_CASE_200", false));
        assert!(ok("TEST_CASE_200", true));
        assert!(!ok("../../admin", true));
        assert!(!ok("028-1234567-890123", false));
        assert!(!ok("028-1234567-89012345", false));
        assert!(!ok(" 028-1234567-8901234", false));
        assert!(!ok("028-1234567-8901234/x", true));
    }
}
