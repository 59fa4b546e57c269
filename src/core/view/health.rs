//! Health where it matters: when the proxy says the seller account behind this ticket's
//! marketplace cannot reach Amazon — its credentials refused, its authorisation needing
//! renewal, or Amazon's rate limit used up for a long while — the panel says so in one line with
//! what to do, instead of a generic error. Decided by the problem's code, never its wording.

use crate::core::host::Failure;
use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;
use crate::core::marketplace::Marketplace;
use crate::core::problem::ProblemCode;

use super::events::Event;
use super::model::{Button, HealthView};

/// A wait longer than this is "rate-limited for long": the agent should not sit and wait.
pub const LONG_WAIT_SECONDS: u64 = 60;

/// The health line for `failure`, when it is the account's fault rather than this request's.
pub fn health(failure: &Failure, marketplace: Option<&'static Marketplace>, ui: Lang) -> Option<HealthView> {
    let Failure::Problem(problem) = failure else { return None };
    let text = match problem.code {
        ProblemCode::UpstreamUnauthorized => Text::HealthCredentialsRefused,
        ProblemCode::UpstreamForbidden => Text::HealthAccessDenied,
        ProblemCode::UpstreamRateLimited | ProblemCode::RateLimited
            if problem.retry_after.unwrap_or(0) > LONG_WAIT_SECONDS =>
        {
            Text::HealthRateLimited
        }
        _ => return None,
    };
    let minutes = problem.retry_after.unwrap_or(0).div_ceil(60).to_string();
    let place = marketplace.map_or_else(|| "Amazon".to_string(), |m| format!("{} ({})", m.amazon_domain, m.code));
    Some(HealthView {
        code: problem.code.as_str(),
        text: fill(t(ui, text), &[("marketplace", &place), ("minutes", &minutes)]),
        retry: Button { label: t(ui, Text::Retry).to_string(), event: Event::Retry, enabled: true },
    })
}
