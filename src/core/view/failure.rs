//! The sentence for a failed proxy call, wherever the panel shows one.

use crate::core::host::Failure;
use crate::core::i18n::{fill, problem_text, t, Text};
use crate::core::lang::Lang;
use crate::core::problem::ProblemCode;

/// The sentence for a failed proxy call: what happened and what to do.
pub fn failure_text(failure: &Failure, lang: Lang) -> String {
    match failure {
        Failure::Network(_) => t(lang, Text::Network).to_string(),
        Failure::Unreadable { status } => fill(t(lang, Text::ProxyUnreadable), &[("status", &status.to_string())]),
        Failure::Problem(problem) => {
            // A newer proxy's code: name the code the proxy sent (read from `type`), it helps the admin.
            let shown_code = match problem.kind.rsplit_once(':') {
                Some((_, c)) if problem.code == ProblemCode::Unknown && !c.is_empty() => c,
                _ => problem.code.as_str(),
            };
            let seconds = problem.retry_after.unwrap_or(5).to_string();
            fill(t(lang, problem_text(problem.code)), &[("seconds", &seconds), ("code", shown_code)])
        }
    }
}
