//! The email setup a seller does once per marketplace in Seller Central, so that the helpdesk
//! both receives Amazon's mail and may answer it. The proxy's `/setup` page shows it for every
//! connected marketplace (an anchor per site code, `/setup#DE`); the sidebar links there when a
//! reply bounced because its sender is not approved.

use crate::core::marketplace::{Marketplace, SellerCentralPage};
use crate::core::view::links::safe_url;

/// One setting: where it is, what to enter, and what goes wrong without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub page: SellerCentralPage,
    pub title: &'static str,
    pub enter: &'static str,
    pub why: &'static str,
}

pub const STEPS: [Step; 3] = [
    Step {
        page: SellerCentralPage::SellerProfile,
        title: "Seller Profile: customer-service and reply-to address",
        enter: "Under Customer Service Details, enter the helpdesk's support address as both the customer-service email and the reply-to email.",
        why: "Buyers' messages and replies to Amazon's order mail then arrive in the helpdesk instead of a personal inbox.",
    },
    Step {
        page: SellerCentralPage::MessagingPermissions,
        title: "Messaging Permissions: approve the helpdesk as a sender",
        enter: "Add the helpdesk's support address (the address its replies are sent from) and set it to Approved.",
        why: "Without the approved sender, every reply from the helpdesk bounces back as a \"delivery failure\" and never reaches the buyer.",
    },
    Step {
        page: SellerCentralPage::NotificationPreferences,
        title: "Notification Preferences: buyer messages, claims and refunds",
        enter: "Under Messaging (Buyer Messages, Delivery Failures) and Returns and Claims (A-to-z claims, refund notifications), enter the helpdesk's support address.",
        why: "Without the notification addresses, claims and refunds never reach the helpdesk and their deadlines pass unseen.",
    },
];

/// The anchor of a marketplace's checklist on the setup page.
pub fn anchor(marketplace: &Marketplace) -> &'static str {
    marketplace.code
}

/// `<setup_url>#<site code>`: the checklist of `marketplace` on the proxy's setup page, if
/// `setup_url` is a plain http(s) URL (the host's `setupUrl` setting, or the proxy's base URL
/// followed by `/setup`).
pub fn checklist_url(setup_url: &str, marketplace: &Marketplace) -> Option<String> {
    let base = safe_url(setup_url)?;
    let base = base.split('#').next().unwrap_or(&base);
    Some(format!("{base}#{}", anchor(marketplace)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_url_names_the_marketplace() {
        let de = Marketplace::by_code("DE").unwrap();
        assert_eq!(
            checklist_url("https://orders.example.com/setup", de).as_deref(),
            Some("https://orders.example.com/setup#DE")
        );
        assert_eq!(checklist_url("https://o.example/setup#UK", de).as_deref(), Some("https://o.example/setup#DE"));
        assert_eq!(checklist_url("javascript:alert(1)", de), None);
    }

    #[test]
    fn every_step_says_what_and_why() {
        let pages: Vec<_> = STEPS.iter().map(|s| s.page).collect();
        assert_eq!(pages, SellerCentralPage::ALL);
        assert!(STEPS.iter().all(|s| s.enter.contains("support address") && !s.why.is_empty()));
        assert!(STEPS[1].why.contains("delivery failure"));
    }
}
