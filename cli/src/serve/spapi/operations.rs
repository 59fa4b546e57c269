//! Every SP-API operation the proxy calls, in one place: Amazon's path (the model's template),
//! the query it sends, the usage plan the limiter paces it by, and the templated messages with
//! their text limits. Nothing else in the proxy spells an SP-API path; the fake of sandbox mode
//! routes by the same templates, and a test holds them against Amazon's models.

use chrono::{DateTime, Utc};
use orderlens::marketplace::Marketplace;
use orderlens::order_view::MessagingAction;
use reqwest::Method;

use super::limiter::Rate;
use crate::serve::order_id::OrderId;

/// Orders v2026-01-01 getOrder.
pub const GET_ORDER: &str = "/orders/2026-01-01/orders/{orderId}";
/// Orders v0 getOrders (the only search by buyer alias).
pub const GET_ORDERS: &str = "/orders/v0/orders";
/// Messaging v1 getMessagingActionsForOrder.
pub const GET_MESSAGING_ACTIONS: &str = "/messaging/v1/orders/{amazonOrderId}";
/// Messaging v1 GetAttributes: the buyer's locale.
pub const GET_ATTRIBUTES: &str = "/messaging/v1/orders/{amazonOrderId}/attributes";
/// Messaging v1: each action is its own operation at this path with the action's name.
pub const SEND_MESSAGE: &str = "/messaging/v1/orders/{amazonOrderId}/messages/{action}";
/// Uploads 2020-11-01 createUploadDestinationForResource (POST, no body; `marketplaceIds`,
/// `contentMD5`, `contentType` in the query). `{resource}` is itself a path: the operation the
/// file is for, without its leading slash (an invoice: `messaging/v1/orders/{id}/messages/invoice`).
pub const CREATE_UPLOAD_DESTINATION: &str = "/uploads/2020-11-01/uploadDestinations/{resource}";
/// Sellers v1 getMarketplaceParticipations: the marketplaces a newly connected account sells in.
pub const GET_MARKETPLACE_PARTICIPATIONS: &str = "/sellers/v1/marketplaceParticipations";

/// What getOrder adds to the order (sp-api.md §2.2): everything the panel shows.
pub const INCLUDED_DATA: &str = "BUYER,RECIPIENT,FULFILLMENT,PACKAGES,PROCEEDS";

/// The usage plans the proxy paces its calls by: one bucket per seller account and plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    GetOrder,
    GetOrders,
    /// Every Messaging operation: reading the actions and sending.
    Messaging,
    /// Sellers getMarketplaceParticipations (once per connected account).
    Sellers,
}

impl Operation {
    pub const ALL: [Operation; 4] =
        [Operation::GetOrder, Operation::GetOrders, Operation::Messaging, Operation::Sellers];

    pub fn as_str(self) -> &'static str {
        match self {
            Operation::GetOrder => "getOrder",
            Operation::GetOrders => "getOrders",
            Operation::Messaging => "messaging",
            Operation::Sellers => "getMarketplaceParticipations",
        }
    }
}

/// Amazon's published plans (sp-api.md §6), overridable for tests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub get_order: Rate,
    pub get_orders: Rate,
    pub messaging: Rate,
    pub sellers: Rate,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            get_order: Rate { per_second: 0.5, burst: 30 },
            get_orders: Rate { per_second: 0.0167, burst: 20 },
            messaging: Rate { per_second: 1.0, burst: 5 },
            sellers: Rate { per_second: 0.016, burst: 15 },
        }
    }
}

impl Limits {
    pub fn of(&self, op: Operation) -> Rate {
        match op {
            Operation::GetOrder => self.get_order,
            Operation::GetOrders => self.get_orders,
            Operation::Messaging => self.messaging,
            Operation::Sellers => self.sellers,
        }
    }
}

/// One call, ready for the client: what to send and which plan paces it.
pub struct Request {
    pub op: Operation,
    /// Amazon's operationId, for logs and problems (`getOrder`).
    pub operation_id: &'static str,
    pub method: Method,
    /// Path below the account's base URL. Order ids and action names are checked before they
    /// get here (`OrderId`, [`message_action`]), so they need no escaping.
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    pub json: Option<serde_json::Value>,
    /// What the call is about, as problems name it ("order 123-…", "the buyer's orders").
    pub subject: String,
    /// The order it concerns, for logs and problems.
    pub order_id: Option<OrderId>,
}

/// getOrder with the data the panel shows.
pub fn get_order(order_id: &OrderId) -> Request {
    Request {
        op: Operation::GetOrder,
        operation_id: "getOrder",
        method: Method::GET,
        path: GET_ORDER.replace("{orderId}", order_id.as_str()),
        query: vec![("includedData", INCLUDED_DATA.to_string())],
        json: None,
        subject: format!("order {order_id}"),
        order_id: Some(order_id.clone()),
    }
}

/// getOrders: the orders a buyer alias placed in `marketplace` since `created_after`.
pub fn get_orders_by_buyer(marketplace: &Marketplace, alias: &str, created_after: DateTime<Utc>) -> Request {
    Request {
        op: Operation::GetOrders,
        operation_id: "getOrders",
        method: Method::GET,
        path: GET_ORDERS.to_string(),
        query: vec![
            ("MarketplaceIds", marketplace.id.to_string()),
            ("BuyerEmail", alias.to_string()),
            ("CreatedAfter", created_after.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
        ],
        json: None,
        subject: "the buyer's orders".to_string(),
        order_id: None,
    }
}

/// getMessagingActionsForOrder: the messages Amazon allows for the order now.
pub fn get_messaging_actions(order_id: &OrderId, marketplace: &Marketplace) -> Request {
    Request {
        op: Operation::Messaging,
        operation_id: "getMessagingActionsForOrder",
        method: Method::GET,
        path: GET_MESSAGING_ACTIONS.replace("{amazonOrderId}", order_id.as_str()),
        query: vec![("marketplaceIds", marketplace.id.to_string())],
        json: None,
        subject: format!("the messaging actions of order {order_id}"),
        order_id: Some(order_id.clone()),
    }
}

/// GetAttributes: the buyer's preferred locale, for writing a messaging action in it.
pub fn get_attributes(order_id: &OrderId, marketplace: &Marketplace) -> Request {
    Request {
        op: Operation::Messaging,
        operation_id: "GetAttributes",
        method: Method::GET,
        path: GET_ATTRIBUTES.replace("{amazonOrderId}", order_id.as_str()),
        query: vec![("marketplaceIds", marketplace.id.to_string())],
        json: None,
        subject: format!("the buyer attributes of order {order_id}"),
        order_id: Some(order_id.clone()),
    }
}

/// One templated message with its text.
pub fn send_message(order_id: &OrderId, action: &MessageAction, marketplace: &Marketplace, text: &str) -> Request {
    Request {
        op: Operation::Messaging,
        operation_id: action.operation_id,
        method: Method::POST,
        path: SEND_MESSAGE.replace("{amazonOrderId}", order_id.as_str()).replace("{action}", action.name),
        query: vec![("marketplaceIds", marketplace.id.to_string())],
        json: Some(serde_json::json!({ "text": text })),
        subject: format!("the '{}' message for order {order_id}", action.name),
        order_id: Some(order_id.clone()),
    }
}

/// createUploadDestinationForResource for an invoice to `order_id`: where to put the file.
/// Paced with the Messaging calls it serves (Uploads' own plan, 10/s burst 10, is looser).
pub fn create_invoice_destination(
    order_id: &OrderId,
    marketplace: &Marketplace,
    content_md5: &str,
    content_type: &str,
) -> Request {
    let resource = invoice_path(order_id);
    Request {
        op: Operation::Messaging,
        operation_id: "createUploadDestinationForResource",
        method: Method::POST,
        path: CREATE_UPLOAD_DESTINATION.replace("{resource}", resource.trim_start_matches('/')),
        query: vec![
            ("marketplaceIds", marketplace.id.to_string()),
            ("contentMD5", content_md5.to_string()),
            ("contentType", content_type.to_string()),
        ],
        json: None,
        subject: format!("the invoice upload for order {order_id}"),
        order_id: Some(order_id.clone()),
    }
}

/// sendInvoice: the uploaded file as the invoice message's one attachment.
pub fn send_invoice(
    order_id: &OrderId,
    marketplace: &Marketplace,
    upload_destination_id: &str,
    file_name: &str,
) -> Request {
    Request {
        op: Operation::Messaging,
        operation_id: "sendInvoice",
        method: Method::POST,
        path: invoice_path(order_id),
        query: vec![("marketplaceIds", marketplace.id.to_string())],
        json: Some(serde_json::json!({
            "attachments": [{ "uploadDestinationId": upload_destination_id, "fileName": file_name }]
        })),
        subject: format!("the invoice for order {order_id}"),
        order_id: Some(order_id.clone()),
    }
}

fn invoice_path(order_id: &OrderId) -> String {
    SEND_MESSAGE.replace("{amazonOrderId}", order_id.as_str()).replace("{action}", "invoice")
}

/// getMarketplaceParticipations: where the seller who just authorised the app sells.
pub fn get_marketplace_participations() -> Request {
    Request {
        op: Operation::Sellers,
        operation_id: "getMarketplaceParticipations",
        method: Method::GET,
        path: GET_MARKETPLACE_PARTICIPATIONS.to_string(),
        query: Vec::new(),
        json: None,
        subject: "the seller's marketplaces".to_string(),
        order_id: None,
    }
}

/// A templated buyer message of Messaging v1: its name (in `_links.actions[].name` and in the
/// path), Amazon's operationId, and the text limit from the model (sp-api.md §8).
#[derive(Debug, PartialEq, Eq)]
pub struct MessageAction {
    pub name: &'static str,
    pub operation_id: &'static str,
    /// `None`: the action takes attachments only (the proxy sends only the invoice's, through
    /// its own route).
    pub max_text: Option<u32>,
}

const MESSAGE_ACTIONS: &[MessageAction] = &[
    action("confirmCustomizationDetails", "confirmCustomizationDetails", Some(800)),
    action("confirmDeliveryDetails", "createConfirmDeliveryDetails", Some(2000)),
    action("legalDisclosure", "createLegalDisclosure", None),
    action("confirmOrderDetails", "createConfirmOrderDetails", Some(2000)),
    action("confirmServiceDetails", "createConfirmServiceDetails", Some(2000)),
    action("warranty", "CreateWarranty", None),
    action("digitalAccessKey", "createDigitalAccessKey", Some(400)),
    action("unexpectedProblem", "createUnexpectedProblem", Some(2000)),
    action("invoice", "sendInvoice", None),
];

const fn action(name: &'static str, operation_id: &'static str, max_text: Option<u32>) -> MessageAction {
    MessageAction { name, operation_id, max_text }
}

/// The action of that name, if the Messaging model has it.
pub fn message_action(name: &str) -> Option<&'static MessageAction> {
    MESSAGE_ACTIONS.iter().find(|a| a.name == name)
}

impl MessageAction {
    /// As the order view lists it.
    pub fn view(&self) -> MessagingAction {
        MessagingAction {
            name: self.name.to_string(),
            max_text_length: self.max_text,
            // Text actions, and the invoice (`POST /v1/orders/{id}/invoice`, `service::invoice`).
            sendable: self.max_text.is_some() || self.name == "invoice",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// (method, path template, operationId) of every operation in Amazon's models, from the
    /// fixture indexes (tests/fixtures/spapi/README.md).
    fn model_operations() -> Vec<(String, String, String)> {
        let indexes = [
            include_str!("../../../../tests/fixtures/spapi/orders/v2026-01-01/index.json"),
            include_str!("../../../../tests/fixtures/spapi/orders/index.json"),
            include_str!("../../../../tests/fixtures/spapi/messaging/index.json"),
            include_str!("../../../../tests/fixtures/spapi/sellers/index.json"),
        ];
        let field = |e: &Value, k: &str| e[k].as_str().unwrap_or_default().to_string();
        indexes
            .iter()
            .flat_map(|text| serde_json::from_str::<Value>(text).unwrap()["entries"].as_array().unwrap().clone())
            .map(|e| (field(&e, "method"), field(&e, "path"), field(&e, "operationId")))
            .collect()
    }

    fn assert_in_model(req: &Request, template: &str) {
        let ops = model_operations();
        let found = (req.method.to_string(), template.to_string(), req.operation_id.to_string());
        assert!(ops.contains(&found), "{found:?} is not an operation of Amazon's models");
    }

    #[test]
    fn every_call_is_an_operation_of_amazons_models() {
        let mp = Marketplace::by_code_or_id("UK").unwrap();
        let id = OrderId::parse("202-1234567-8901234", false).unwrap();
        let get_order = get_order(&id);
        assert_eq!(get_order.path, format!("/orders/2026-01-01/orders/{id}"));
        assert_in_model(&get_order, GET_ORDER);
        assert_in_model(&get_orders_by_buyer(mp, "a@marketplace.amazon.co.uk", Utc::now()), GET_ORDERS);
        assert_in_model(&get_messaging_actions(&id, mp), GET_MESSAGING_ACTIONS);
        assert_in_model(&get_attributes(&id, mp), GET_ATTRIBUTES);
        assert_in_model(&send_invoice(&id, mp, "dest-1", "invoice.pdf"), &SEND_MESSAGE.replace("{action}", "invoice"));
        let upload = create_invoice_destination(&id, mp, "1B2M2Y8AsgTpgAmY7PhCfg==", "application/pdf");
        assert_eq!(
            upload.path,
            format!("/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/{id}/messages/invoice")
        );
        assert_in_model(&get_marketplace_participations(), GET_MARKETPLACE_PARTICIPATIONS);
        for a in MESSAGE_ACTIONS {
            let req = send_message(&id, a, mp, "Hello");
            assert_eq!(req.path, format!("/messaging/v1/orders/{id}/messages/{}", a.name));
            assert_in_model(&req, &SEND_MESSAGE.replace("{action}", a.name));
        }
    }

    #[test]
    fn amazons_plans_are_the_defaults() {
        let l = Limits::default();
        assert_eq!((l.get_order.per_second, l.get_order.burst), (0.5, 30));
        assert_eq!((l.get_orders.per_second, l.get_orders.burst), (0.0167, 20));
        assert_eq!((l.messaging.per_second, l.messaging.burst), (1.0, 5));
        assert_eq!((l.sellers.per_second, l.sellers.burst), (0.016, 15));
    }
}
