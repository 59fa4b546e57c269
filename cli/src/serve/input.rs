//! What callers write besides an order id: the marketplace a request names, and how their input
//! is echoed in a problem.

use orderlens::marketplace::Marketplace;
use orderlens::problem::{Problem, ProblemCode};

/// `?marketplace=` (or a send's `"marketplace"`) accepts a code (`UK`, `GB`, `de`) or an id
/// (`A1PA6795UKMFR9`); empty is none.
pub fn parse_marketplace(value: Option<&str>) -> Result<Option<&'static Marketplace>, Problem> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => Marketplace::by_code_or_id(v).map(Some).ok_or_else(|| {
            Problem::new(
                ProblemCode::UnknownMarketplace,
                format!("'{}' is not an Amazon marketplace. Use a site code such as US, UK, DE, JP or a marketplace id such as A1PA6795UKMFR9.", echo(v)),
            )
        }),
    }
}

/// Input echoed in a problem: at most 40 characters, so a huge value cannot bloat the answer.
pub fn echo(input: &str) -> String {
    input.chars().take(40).collect()
}
