//! The Seller Central page where each kind of case is worked on, built from the marketplace
//! table (one source for hosts). Paths: the order page and the returns search are the links
//! Amazon's own notices carry; the others are list pages (Amazon documents no per-order deep
//! link for them; docs/sidebar-dom.md says which).

use crate::core::marketplace::{Marketplace, SellerCentralPage};

/// A Seller Central page a case block links to (`data-page` on the link).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CasePage {
    /// The order's page (`/orders-v3/order/<id>`): shipping, refunds, "Cancel order".
    Order,
    /// Manage Returns, searched for the order.
    Returns,
    /// A-to-z Guarantee claims (list page).
    AtozClaims,
    /// Chargeback claims (list page).
    Chargebacks,
    /// Feedback Manager (list page).
    FeedbackManager,
    /// Buyer-Seller Messaging → Messaging Permissions: approved sender addresses.
    MessagingPermissions,
}

impl CasePage {
    pub fn as_str(self) -> &'static str {
        match self {
            CasePage::Order => "order",
            CasePage::Returns => "returns",
            CasePage::AtozClaims => "atoz-claims",
            CasePage::Chargebacks => "chargebacks",
            CasePage::FeedbackManager => "feedback-manager",
            CasePage::MessagingPermissions => "messaging-permissions",
        }
    }

    /// The page's URL for `marketplace` (and the order, where the page takes one); `None`
    /// for an order page without an order id.
    pub fn url(self, marketplace: &Marketplace, order_id: Option<&str>) -> Option<String> {
        Some(match self {
            CasePage::Order => marketplace.order_url(order_id?),
            CasePage::Returns => match order_id {
                Some(id) => marketplace.seller_central_url(&format!("/returns/list?searchString={id}")),
                None => marketplace.seller_central_url("/returns/list"),
            },
            CasePage::AtozClaims => marketplace.seller_central_url("/guarantee/claims"),
            CasePage::Chargebacks => marketplace.seller_central_url("/gp/chargebacks/index.html"),
            CasePage::FeedbackManager => marketplace.seller_central_url("/feedback-manager/index.html"),
            CasePage::MessagingPermissions => marketplace.seller_central_page(SellerCentralPage::MessagingPermissions),
        })
    }
}
