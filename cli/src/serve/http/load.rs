//! Limits on the proxy's own load: a deadline for every request (`request_deadline_ms`, answered
//! 504 `upstream_timeout`, or `message_maybe_sent` for a message send cut off mid-way) and a cap on
//! requests in flight (`max_concurrent_requests`, answered 429 `rate_limited` at once).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::response::Response;
use orderlens::problem::{Problem, ProblemCode};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::answer::problem_response;

pub struct Load {
    pub deadline: Duration,
    pub in_flight: Arc<Semaphore>,
}

impl Load {
    pub fn new(deadline: Duration, max_concurrent: usize) -> Load {
        Load { deadline, in_flight: Arc::new(Semaphore::new(max_concurrent.max(1))) }
    }

    /// A place among the requests in flight, held until the answer; or the 429 to answer.
    pub fn admit(&self) -> Result<OwnedSemaphorePermit, Problem> {
        self.in_flight.clone().try_acquire_owned().map_err(|_| {
            Problem::new(
                ProblemCode::RateLimited,
                "The proxy is handling as many requests as it is configured for (max_concurrent_requests). Try again in a second.",
            )
            .with_retry_after(1)
        })
    }

    /// `answer`, or the problem of a request cut off at the deadline (`sends`: a message send).
    pub async fn within_deadline(&self, sends: bool, answer: impl Future<Output = Response>) -> Response {
        match tokio::time::timeout(self.deadline, answer).await {
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
