//! One SP-API call on a service's behalf: through the account, its answer read by one of the
//! `spapi` readers, a failure turned into the problem the caller sees and kept as the account's
//! last error for `/v1/health` — except Amazon's "no such order", which is no fault of the
//! account (an order is looked for in several accounts in turn).

use orderlens::problem::{Problem, ProblemCode};

use crate::serve::accounts::Account;
use crate::serve::problem::{from_upstream, invalid_response};
use crate::serve::spapi::client::{SpApi, UpstreamError};
use crate::serve::spapi::lenient::MappingError;
use crate::serve::spapi::operations::Request;

pub async fn fetch<T>(
    spapi: &SpApi,
    account: &Account,
    req: &Request,
    read: impl FnOnce(&[u8]) -> Result<T, MappingError>,
) -> Result<T, Problem> {
    let ok = spapi.call(account, req).await.map_err(|e| failed(account, req, e))?;
    read(&ok.body).map_err(|e| {
        let order_id = req.order_id.as_ref().map(|id| id.as_str());
        tracing::warn!(
            account = account.name(),
            operation = req.operation_id,
            order_id = order_id.unwrap_or("-"),
            cause = e.0,
            "unreadable SP-API answer"
        );
        let what = match order_id {
            Some(id) => format!("{} for order {id}", req.operation_id),
            None => req.operation_id.to_string(),
        };
        recorded(account, invalid_response(&what, account.name(), ok.request_id))
    })
}

/// The problem for a failed call, recorded unless it only says the order is not there.
pub fn failed(account: &Account, req: &Request, e: UpstreamError) -> Problem {
    let p = from_upstream(e, account.name(), &req.subject);
    if p.code == ProblemCode::OrderNotFound {
        p
    } else {
        recorded(account, p)
    }
}

fn recorded(account: &Account, p: Problem) -> Problem {
    account.record_error(&p);
    p
}
