//! Templated buyer messages (Messaging v1): which ones Amazon allows for an order now, and
//! sending one at most once. A send is checked first (the token may send, the action takes
//! text, `message_rules`; an invoice is a PDF, `invoice`), recorded in the send ledger before
//! it leaves, and written to the audit log however it ends.

use orderlens::order_view::{MessagingActions, MessagingAttributes};
use orderlens::problem::{Problem, ProblemCode};

use super::fetch::{failed, fetch};
use super::invoice::{self, Pdf};
use super::message_rules;
use super::orders::account_for_order;
use crate::serve::audit::{self, SendRecord};
use crate::serve::dedupe::SendKey;
use crate::serve::input::parse_marketplace;
use crate::serve::order_id::OrderId;
use crate::serve::spapi::client::UpstreamError;
use crate::serve::spapi::messaging::{parse_actions, parse_locale};
use crate::serve::spapi::operations::{self, message_action};
use crate::serve::state::AppState;
use crate::serve::tokens::TokenConfig;

/// `GET /v1/orders/{orderId}/messaging-actions`, `marketplace` as the caller wrote it.
pub async fn actions(
    s: &AppState,
    caller: &TokenConfig,
    order_id: &OrderId,
    marketplace: Option<&str>,
) -> Result<MessagingActions, Problem> {
    let (account, mp) = account_for_order(s, caller, order_id, parse_marketplace(marketplace)?).await?;
    let request = operations::get_messaging_actions(order_id, mp);
    let load = fetch(&s.spapi, &account, &request, parse_actions);
    let cached = s.actions.get(actions_key(account.name(), order_id, mp.code), false, load).await?;
    let actions = (**cached).clone();
    // Said once, not per action: the sidebar greys them all and tells the agent why.
    let may_send = Some(caller.check_send().is_ok());
    Ok(MessagingActions { order_id: order_id.to_string(), marketplace: mp.code.to_string(), actions, may_send })
}

fn actions_key(account: &str, order_id: &OrderId, marketplace: &str) -> (String, String, String) {
    (account.to_string(), order_id.to_string(), marketplace.to_string())
}

/// `GET /v1/orders/{orderId}/messaging-attributes`: the buyer's locale (GetAttributes).
pub async fn attributes(
    s: &AppState,
    caller: &TokenConfig,
    order_id: &OrderId,
    marketplace: Option<&str>,
) -> Result<MessagingAttributes, Problem> {
    let (account, mp) = account_for_order(s, caller, order_id, parse_marketplace(marketplace)?).await?;
    let locale = fetch(&s.spapi, &account, &operations::get_attributes(order_id, mp), parse_locale).await?;
    Ok(MessagingAttributes { order_id: order_id.to_string(), marketplace: mp.code.to_string(), locale })
}

/// What a message carries: text for the text actions, a PDF for `invoice`.
pub enum Payload<'a> {
    Text(&'a str),
    Invoice(Pdf<'a>),
}

/// One message as the caller asked for it.
pub struct Outgoing<'a> {
    pub order_id: &'a OrderId,
    pub action: &'a str,
    pub payload: Payload<'a>,
    /// As written: the body's `"marketplace"`, else the query's.
    pub marketplace: Option<&'a str>,
    /// Send even if the identical text went to this order within the last 10 minutes.
    pub allow_duplicate: bool,
}

/// `POST /v1/orders/{orderId}/messages/{action}`: Amazon's request id once the message is sent.
pub async fn send(s: &AppState, caller: &TokenConfig, message: &Outgoing<'_>) -> Result<Option<String>, Problem> {
    let mut trail = Trail::default();
    let outcome = attempt(s, caller, message, &mut trail).await;
    let record = SendRecord {
        label: &caller.label,
        account: trail.account.as_deref(),
        order_id: message.order_id.as_str(),
        action: message.action,
        request_id: trail.request_id.as_deref(),
        allow_duplicate: message.allow_duplicate,
    };
    audit::send(&record, outcome.as_ref().copied());
    outcome.map(|()| trail.request_id)
}

/// What the audit line needs to know of a send, however far it got.
#[derive(Default)]
struct Trail {
    account: Option<String>,
    request_id: Option<String>,
}

async fn attempt(s: &AppState, caller: &TokenConfig, m: &Outgoing<'_>, trail: &mut Trail) -> Result<(), Problem> {
    caller.check_send()?;
    // What makes two sends "the same": the text, or the file's digest.
    let (action, same) = match &m.payload {
        Payload::Text(text) => (message_rules::validate(m.action, text)?, text.to_string()),
        Payload::Invoice(pdf) => {
            pdf.check()?;
            (
                message_action("invoice").ok_or_else(|| Problem::new(ProblemCode::Internal, "invoice"))?,
                pdf.content_md5(),
            )
        }
    };
    let (account, mp) = account_for_order(s, caller, m.order_id, parse_marketplace(m.marketplace)?).await?;
    trail.account = Some(account.name().to_string());
    let key = SendKey::new(account.name(), m.order_id.as_str(), action.name, &same);
    if m.allow_duplicate {
        s.ledger.record(key).await;
    } else if !s.ledger.reserve(key).await {
        return Err(Problem::new(
            ProblemCode::MessageDuplicate,
            format!("The same '{}' message went to order {} less than 10 minutes ago. Check Buyer-Seller Messages in Seller Central; to send it again anyway, repeat the request with \"allowDuplicate\": true.", m.action, m.order_id),
        ));
    }
    let req = match &m.payload {
        Payload::Text(text) => operations::send_message(m.order_id, action, mp, text),
        // Nothing reached the buyer if the upload failed: the same file may go again at once.
        Payload::Invoice(pdf) => match invoice::upload(s, &account, m.order_id, mp, pdf).await {
            Ok(req) => req,
            Err(problem) => {
                s.ledger.release(key).await;
                return Err(problem);
            }
        },
    };
    match s.spapi.call(&account, &req).await {
        Ok(ok) => {
            trail.request_id = ok.request_id;
            // What Amazon allows for the order may have changed with this message.
            s.actions.forget(&actions_key(account.name(), m.order_id, mp.code)).await;
            Ok(())
        }
        Err(e) => {
            // Only a send that may have arrived stays on record; any other failure surely did not.
            if !matches!(e, UpstreamError::MaybeDelivered { .. }) {
                s.ledger.release(key).await;
            }
            Err(failed(&account, &req, e))
        }
    }
}
