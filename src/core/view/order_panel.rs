//! The order panel: one [`OrderView`] from the proxy, localised for the agent.

use crate::core::format::{format_date_range, format_money, Zones};
use crate::core::i18n::{order_status_text, t, Text};
use crate::core::lang::Lang;
use crate::core::marketplace::Marketplace;
use crate::core::order_view::{Address, FulfilledBy, Money, OrderItem, OrderView, Package, TimeWindow};

use super::model::{Badge, Fact, ItemView, OrderPanel};
use super::time::{agent_time, zone_offset, zoned_time};

pub fn order_panel(
    order: &OrderView,
    detected: Option<&'static Marketplace>,
    lang: Lang,
    zones: &dyn Zones,
) -> OrderPanel {
    // The proxy's marketplace is the order's own; the detected one is a fallback.
    let marketplace = Marketplace::by_code(&order.marketplace).or(detected);
    let text = |x| t(lang, x).to_string();
    let window = |w: &Option<TimeWindow>| {
        let w = w.as_ref()?;
        let at = w.latest.or(w.earliest)?;
        format_date_range(w.earliest, w.latest, zone_offset(marketplace, at, zones), lang)
    };

    let mut facts = vec![
        Fact::new(text(Text::OrderStatus), status_text(&order.status, lang)),
        Fact {
            label: text(Text::Purchased),
            lines: vec![zoned_time(order.created, marketplace, lang, zones), agent_time(order.created, lang, zones)],
        },
    ];
    if let Some(by) = order.fulfilled_by {
        let channel = match by {
            FulfilledBy::Amazon => Text::FulfilledByAmazon,
            FulfilledBy::Merchant => Text::FulfilledByMerchant,
        };
        facts.push(Fact::new(text(Text::Fulfilment), text(channel)));
    }
    if let Some(range) = window(&order.ship_by) {
        facts.push(Fact::new(text(Text::ShipBy), range));
    }
    if let Some(range) = window(&order.deliver_by) {
        facts.push(Fact::new(text(Text::DeliverBy), range));
    }

    let badges = [(order.prime, "prime", Text::Prime), (order.business, "business", Text::Business)]
        .into_iter()
        .filter(|(on, _, _)| *on)
        .map(|(_, key, label)| Badge { key, label: text(label) })
        .collect();

    let totals =
        order.breakdowns.iter().map(|b| Fact::new(breakdown_label(&b.kind, lang), money(&b.amount, lang))).collect();

    OrderPanel {
        facts,
        badges,
        note: (order.fulfilled_by == Some(FulfilledBy::Amazon)).then(|| text(Text::FbaCustomerServiceNote)),
        items_heading: text(Text::Items),
        items: order.items.iter().map(|i| item(i, lang)).collect(),
        totals,
        grand_total: order.total.as_ref().map(|m| Fact::new(text(Text::GrandTotal), money(m, lang))),
        packages_heading: text(Text::Packages),
        packages: order.packages.iter().map(|p| package(p, lang)).filter(|p| !p.is_empty()).collect(),
        address: Fact {
            label: text(Text::DeliveryAddress),
            lines: order
                .delivery_address
                .as_ref()
                .map(address_lines)
                .filter(|lines| !lines.is_empty())
                .unwrap_or_else(|| vec![text(Text::RestrictedByAmazon)]),
        },
    }
}

/// Amazon's status in the UI language; a status this build does not know, as Amazon wrote it.
pub fn status_text(status: &str, lang: Lang) -> String {
    match order_status_text(status) {
        Some(known) => t(lang, known).to_string(),
        None => humanise(status),
    }
}

fn money(m: &Money, lang: Lang) -> String {
    format_money(&m.amount, &m.currency, lang)
}

fn item(i: &OrderItem, lang: Lang) -> ItemView {
    let text = |x| t(lang, x).to_string();
    let mut facts = Vec::new();
    let mut add = |label: Text, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            facts.push(Fact::new(text(label), v));
        }
    };
    add(Text::Asin, i.asin.clone());
    add(Text::Sku, i.sku.clone());
    add(Text::Quantity, Some(i.quantity.to_string()));
    add(Text::UnitPrice, i.unit_price.as_ref().map(|m| money(m, lang)));
    let title = [&i.title, &i.asin, &i.sku]
        .into_iter()
        .flatten()
        .find(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| i.order_item_id.clone());
    let subtotal = i.subtotal.as_ref().map(|m| Fact::new(text(Text::Subtotal), money(m, lang)));
    ItemView { title, subtotal, facts }
}

fn package(p: &Package, lang: Lang) -> Vec<Fact> {
    [
        (Text::Carrier, p.carrier.clone().or_else(|| p.shipping_service.clone())),
        (Text::TrackingNumber, p.tracking_number.clone()),
        (Text::PackageStatus, p.status.as_deref().map(humanise)),
    ]
    .into_iter()
    .filter_map(|(label, value)| Some(Fact::new(t(lang, label), value.filter(|v| !v.trim().is_empty())?)))
    .collect()
}

fn address_lines(a: &Address) -> Vec<String> {
    let city = [a.postal_code.as_deref(), a.city.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    [a.name.clone(), a.company.clone()]
        .into_iter()
        .flatten()
        .chain(a.lines.iter().cloned())
        .chain(
            [Some(city), a.district.clone(), a.state_or_region.clone(), a.country_code.clone(), a.phone.clone()]
                .into_iter()
                .flatten(),
        )
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// The label of a total: ours for the kinds we know, Amazon's word (made readable) otherwise.
fn breakdown_label(kind: &str, lang: Lang) -> String {
    let upper = kind.trim().to_ascii_uppercase();
    let known = match upper.as_str() {
        "ITEM" | "ITEMS" => Some(Text::ItemsTotal),
        "SHIPPING" => Some(Text::Shipping),
        "TAX" => Some(Text::Tax),
        k if k.contains("PROMOTION") || k.contains("DISCOUNT") => Some(Text::Promotions),
        _ => None,
    };
    known.map_or_else(|| humanise(kind), |k| t(lang, k).to_string())
}

/// `IN_TRANSIT` → "In transit".
fn humanise(word: &str) -> String {
    // Amazon's words are ASCII: ASCII case keeps Unicode's case tables out of the sidebar.
    let mut spaced = word.trim().replace('_', " ").to_ascii_lowercase();
    if let Some(first) = spaced.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    spaced
}
