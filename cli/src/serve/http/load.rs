//! Limits on the proxy's own load: a deadline for every request (`request_deadline_ms`, answered
//! 504 `upstream_timeout`, or `message_maybe_sent` for a message send cut off mid-way) and a cap on
//! requests in flight (`max_concurrent_requests`, answered 429 `rate_limited` at once).

use std::time::Duration;

use axum::extract::Request;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use orderlens::problem::{Problem, ProblemCode};
use tokio::sync::Semaphore;

use super::answer::problem_response;

pub struct Load {
    pub deadline: Duration,
    pub in_flight: Semaphore,
}

impl Load {
    pub fn new(deadline: Duration, max_concurrent: usize) -> Load {
        Load { deadline, in_flight: Semaphore::new(max_concurrent.max(1)) }
    }

    /// Runs the rest of the stack on `request` within the limits.
    pub async fn run(&self, request: Request, next: Next) -> Response {
        let Ok(_permit) = self.in_flight.try_acquire() else {
            return problem_response(
                &Problem::new(
                    ProblemCode::RateLimited,
                    "The proxy is handling as many requests as it is configured for (max_concurrent_requests). Try again in a second.",
                )
                .with_retry_after(1),
            );
        };
        let sends = request.method() == Method::POST;
        match tokio::time::timeout(self.deadline, next.run(request)).await {
            Ok(response) => response,
            Err(_) if sends => problem_response(&Problem::new(
                ProblemCode::MessageMaybeSent,
                "The send took longer than the proxy's deadline and was cut off; the message may have been sent. Check Buyer-Seller Messages in Seller Central before sending it again.",
            )),
            Err(_) => problem_response(
                &Problem::new(
                    ProblemCode::UpstreamTimeout,
                    format!("The request took longer than the proxy's deadline of {} ms (request_deadline_ms). Try again in a moment.", self.deadline.as_millis()),
                )
                .with_retry_after(5),
            ),
        }
    }
}
