//! Middleware at a lower price per request than axum's `middleware::from_fn`, which clones the
//! inner service, boxes it as `Next` and boxes its own future on every request: here the route is
//! called at once with the request `enter` looked at, and `leave` wraps the route's answer. One
//! boxed future per request. `edge` and `auth` are the two users.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::extract::Request;
use axum::response::Response;
use orderlens::problem::Problem;
use tower::{Layer, Service};

use super::answer::problem_response;

pub trait Around: Send + Sync + 'static {
    /// What `enter` hands to `leave` about the request.
    type Ticket: Send + 'static;

    /// Before the route: the ticket, or the problem to answer at once instead of the route.
    fn enter(&self, request: &mut Request) -> Result<Self::Ticket, Problem>;

    /// The route's answer (`answer`, not started yet), as the client gets it.
    fn leave(
        self: Arc<Self>,
        ticket: Self::Ticket,
        answer: impl Future<Output = Response> + Send + 'static,
    ) -> impl Future<Output = Response> + Send;
}

/// `around` as a tower layer (for `Router::layer`, `route_layer` or a `ServiceBuilder`).
pub fn layer<A: Around>(around: Arc<A>) -> AroundLayer<A> {
    AroundLayer(around)
}

pub struct AroundLayer<A>(Arc<A>);

impl<A> Clone for AroundLayer<A> {
    fn clone(&self) -> Self {
        AroundLayer(self.0.clone())
    }
}

impl<A, S> Layer<S> for AroundLayer<A> {
    type Service = AroundService<A, S>;

    fn layer(&self, inner: S) -> Self::Service {
        AroundService { around: self.0.clone(), inner }
    }
}

pub struct AroundService<A, S> {
    around: Arc<A>,
    inner: S,
}

impl<A, S: Clone> Clone for AroundService<A, S> {
    fn clone(&self) -> Self {
        AroundService { around: self.around.clone(), inner: self.inner.clone() }
    }
}

impl<A, S> Service<Request> for AroundService<A, S>
where
    A: Around,
    S: Service<Request, Response = Response, Error = Infallible>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        match self.around.enter(&mut request) {
            Err(problem) => Box::pin(std::future::ready(Ok(problem_response(&problem)))),
            Ok(ticket) => {
                let answer = self.inner.call(request);
                let answer = async move { answer.await.unwrap_or_else(|never| match never {}) };
                let around = self.around.clone();
                Box::pin(async move { Ok(around.leave(ticket, answer).await) })
            }
        }
    }
}
