//! The error body of the orderlens proxy (`application/problem+json`, RFC 9457), shared so the
//! sidebar can read errors with the same type the proxy writes them with.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::lenient::{Field, FromWire};

/// Media type of every error the proxy answers with.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// One error answer. `code` is stable and meant for programs; `detail` is a sentence for a
/// person that says what to do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// A URI naming the problem kind: `urn:orderlens:problem:<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub code: ProblemCode,
    pub detail: String,
    /// Seconds after which trying again makes sense (also sent as the `Retry-After` header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Amazon's `x-amzn-RequestId` of the failed upstream call; Amazon support asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl Problem {
    pub fn new(code: ProblemCode, detail: impl Into<String>) -> Problem {
        Problem {
            kind: format!("urn:orderlens:problem:{}", code.as_str()),
            title: code.title().to_string(),
            status: code.status(),
            code,
            detail: detail.into(),
            retry_after: None,
            request_id: None,
        }
    }

    pub fn with_retry_after(mut self, seconds: u64) -> Problem {
        self.retry_after = Some(seconds);
        self
    }

    pub fn with_request_id(mut self, request_id: Option<String>) -> Problem {
        self.request_id = request_id;
        self
    }
}

impl FromWire for Problem {
    fn from_wire(v: &Value) -> Option<Self> {
        let code = v.get("code")?.as_str()?;
        let mut complete = true;
        let problem = Problem {
            kind: Field::read(v, "type", &mut complete),
            title: Field::read(v, "title", &mut complete),
            status: Field::read(v, "status", &mut complete),
            // A code this sidebar does not know yet is still a problem it can show.
            code: ProblemCode::ALL.iter().copied().find(|c| c.as_str() == code).unwrap_or(ProblemCode::Unknown),
            detail: Field::read(v, "detail", &mut complete),
            retry_after: Field::read(v, "retryAfter", &mut complete),
            request_id: Field::read(v, "requestId", &mut complete),
        };
        complete.then_some(problem)
    }
}

macro_rules! problem_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $status:literal, $title:literal; )*) => {
        /// The stable error codes. Both ends match on these; the HTTP status of each is fixed.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ProblemCode {
            $( $(#[$doc])* #[serde(rename = $code)] $variant, )*
            /// A code this build does not know yet (a newer proxy); read `status` and `detail`.
            #[serde(other)]
            Unknown,
        }

        impl ProblemCode {
            pub const ALL: &'static [ProblemCode] = &[$( ProblemCode::$variant, )*];

            pub fn as_str(self) -> &'static str {
                match self { $( ProblemCode::$variant => $code, )* ProblemCode::Unknown => "unknown" }
            }

            /// The HTTP status the proxy answers this code with.
            pub fn status(self) -> u16 {
                match self { $( ProblemCode::$variant => $status, )* ProblemCode::Unknown => 500 }
            }

            pub fn title(self) -> &'static str {
                match self { $( ProblemCode::$variant => $title, )* ProblemCode::Unknown => "Unknown problem" }
            }
        }
    };
}

problem_codes! {
    /// Missing or wrong `Authorization: Bearer` token.
    Unauthorized = "unauthorized", 401, "Missing or wrong access token";
    /// The request's `Origin` is not in the proxy's allowed origins.
    OriginNotAllowed = "origin_not_allowed", 403, "Origin not allowed";
    /// The order id is not an Amazon order id (3-7-7 digits).
    InvalidOrderId = "invalid_order_id", 400, "Invalid order id";
    /// The marketplace is neither a known code nor a known id.
    UnknownMarketplace = "unknown_marketplace", 400, "Unknown marketplace";
    /// No configured seller account sells in that marketplace.
    MarketplaceNotConfigured = "marketplace_not_configured", 404, "No seller account for this marketplace";
    /// Amazon does not know the order (in any configured account).
    OrderNotFound = "order_not_found", 404, "Order not found";
    /// No such route on the proxy.
    NotFound = "not_found", 404, "Not found";
    /// The proxy's own rate limiter: the request could not get an Amazon quota token in time.
    RateLimited = "rate_limited", 429, "Too many requests";
    /// Amazon kept answering 429 QuotaExceeded after the proxy's retries.
    UpstreamRateLimited = "upstream_rate_limited", 429, "Amazon rate limit reached";
    /// Login with Amazon refused the app's credentials or the seller's refresh token.
    UpstreamUnauthorized = "upstream_unauthorized", 502, "Amazon refused the credentials";
    /// SP-API answered 403 (a role is missing or the authorisation does not cover the call).
    UpstreamForbidden = "upstream_forbidden", 502, "Amazon denied access";
    /// SP-API rejected the request as invalid (400).
    UpstreamRejected = "upstream_rejected", 502, "Amazon rejected the request";
    /// SP-API did not answer in time.
    UpstreamTimeout = "upstream_timeout", 504, "Amazon did not answer in time";
    /// SP-API or Login with Amazon failed (5xx, connection refused) after the retries.
    UpstreamUnavailable = "upstream_unavailable", 502, "Amazon is unavailable";
    /// SP-API answered something that is not the documented JSON.
    UpstreamInvalidResponse = "upstream_invalid_response", 502, "Amazon sent an unreadable answer";
    /// A message body failed the Messaging API's rules (length, HTML, email addresses).
    MessageInvalid = "message_invalid", 422, "Message not allowed";
    /// The messaging action is unknown, or needs attachments the proxy cannot send.
    MessageActionUnsupported = "message_action_unsupported", 422, "Messaging action not supported";
    /// The request is malformed (bad JSON body, bad query parameter).
    BadRequest = "bad_request", 400, "Bad request";
    /// A bug in the proxy; the log line with the same time has more.
    Internal = "internal", 500, "Internal error";
    /// The bearer token is valid, but not for this seller account or marketplace, or not for sending.
    TokenScope = "token_scope", 403, "Not allowed for this token";
    /// Amazon failed after the message left the proxy: it may have been delivered.
    MessageMaybeSent = "message_maybe_sent", 502, "Message may have been sent";
    /// The same text went to the same order with the same action less than 10 minutes ago.
    MessageDuplicate = "message_duplicate", 409, "Same message sent recently";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reads_unknown_codes() {
        let p = Problem::new(ProblemCode::UpstreamTimeout, "Try again.").with_retry_after(5);
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains(r#""code":"upstream_timeout""#), "{json}");
        assert!(json.contains(r#""type":"urn:orderlens:problem:upstream_timeout""#), "{json}");
        assert!(json.contains(r#""retryAfter":5"#), "{json}");
        assert_eq!(serde_json::from_str::<Problem>(&json).unwrap(), p);
        let newer = json.replace("upstream_timeout", "something_new");
        assert_eq!(serde_json::from_str::<Problem>(&newer).unwrap().code, ProblemCode::Unknown);
    }

    #[test]
    fn codes_are_unique() {
        for (i, a) in ProblemCode::ALL.iter().enumerate() {
            for b in &ProblemCode::ALL[i + 1..] {
                assert_ne!(a.as_str(), b.as_str());
            }
        }
    }
}
