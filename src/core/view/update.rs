//! [`update`] applies one [`Event`] to the [`State`] and answers the [`Effect`]s the web shell
//! must carry out (ask the proxy, copy, insert). Pure, so every behaviour is tested natively.

use crate::core::detect::Kind;
use crate::core::host::proxy::{buyer_orders_request, order_request, read_buyer_orders, read_order, ProxyResponse};
use crate::core::host::{Ticket, TicketError};

use super::drafts;
use super::events::{Effect, Event, Purpose};
use super::packs;
use super::related;
use super::state::{BuyerOrdersState, OrderState, State, TicketSlot, TicketState};

/// Applies one event; when it changed what the agent typed on the open ticket, the draft is
/// saved (or forgotten) too; then asks for the language packs the sidebar now needs.
pub fn update(state: &mut State, event: Event) -> Vec<Effect> {
    let before = state.open().map(|t| (t.generation, drafts::of(t)));
    let mut effects = apply(state, event);
    if let (Some(t), Some((generation, draft))) = (state.open(), before) {
        let now = drafts::of(t);
        if t.generation == generation && now != draft {
            effects.push(drafts::save(t, now.as_ref()));
        }
    }
    effects.extend(packs::load_needed(state));
    effects
}

fn apply(state: &mut State, event: Event) -> Vec<Effect> {
    match event {
        Event::TicketChanged(ticket) => ticket_changed(state, ticket),
        Event::Answer { purpose, result } => answer(state, purpose, result),
        Event::Action(step) => {
            let Some(t) = state.open_mut() else { return Vec::new() };
            let Some(order_id) = t.order_id.clone() else { return Vec::new() };
            let marketplace = t.marketplace_code().map(String::from);
            t.actions.step(step, t.generation, &order_id, marketplace.as_deref())
        }
        Event::Related { generation, result } => {
            if let Some(t) = state.open_mut().filter(|t| t.generation == generation) {
                t.related = related::answered(result, &t.ticket_id);
            }
            Vec::new()
        }
        Event::DraftLoaded { generation, draft } => match (state.open_mut(), draft) {
            (Some(t), Some(json)) if t.generation == generation => drafts::restore(t, &json),
            _ => Vec::new(),
        },
        Event::Retry => retry(state),
        Event::FindBuyerOrders => find_buyer_orders(state, false),
        Event::ChooseOrder(order_id) => {
            let configured = state.settings.proxy_configured;
            let Some(t) = state.open_mut() else { return Vec::new() };
            t.order_id = Some(order_id);
            t.copied = false;
            t.actions = Default::default(); // the other order's actions are not this one's
            request_order(t, configured, false)
        }
        Event::CopyOrderId => {
            let Some(t) = state.open_mut() else { return Vec::new() };
            let Some(id) = t.order_id.clone() else { return Vec::new() };
            t.copied = true;
            vec![Effect::Copy(id)]
        }
        Event::SelectTemplate(id) => {
            if let Some(t) = state.open_mut() {
                t.composer.select_template(id);
            }
            Vec::new()
        }
        Event::SelectLang(lang) => {
            if let Some(t) = state.open_mut() {
                t.composer.select_lang(lang);
            }
            Vec::new()
        }
        Event::Edit(text) => {
            if let Some(t) = state.open_mut() {
                t.composer.edit(text);
                t.inserted = false;
            }
            Vec::new()
        }
        Event::ToggleImportant => {
            if let Some(t) = state.open_mut() {
                t.composer.important = !t.composer.important;
            }
            Vec::new()
        }
        Event::ComposeAnyway => {
            if let Some(t) = state.open_mut() {
                t.composer.asked = true;
            }
            Vec::new()
        }
        Event::Insert { text } => insert(state, text),
        Event::HostFailed { call, message, generation } => {
            if let Some(t) = state.open_mut().filter(|t| t.generation == generation) {
                match t.host_failures.iter_mut().find(|(c, _)| *c == call) {
                    Some(failure) => failure.1 = message,
                    None => t.host_failures.push((call, message)),
                }
            }
            Vec::new()
        }
        Event::PackLoaded { lang, loaded } => {
            state.packs.arrived(lang, loaded);
            Vec::new()
        }
    }
}

fn ticket_changed(state: &mut State, ticket: Result<Option<Ticket>, TicketError>) -> Vec<Effect> {
    state.generation += 1;
    match ticket {
        Err(e) => {
            state.ticket = TicketSlot::Unreadable(e.0);
            Vec::new()
        }
        Ok(None) => {
            state.ticket = TicketSlot::None;
            Vec::new()
        }
        Ok(Some(ticket)) => {
            let mut t = TicketState::new(&ticket, state.generation);
            let mut effects = if t.is_amazon() && t.order_id.is_some() {
                request_order(&mut t, state.settings.proxy_configured, false)
            } else {
                Vec::new()
            };
            if t.is_amazon() {
                effects.push(Effect::LoadDraft { generation: t.generation, key: drafts::key(&t.ticket_id) });
                let alias = t.detection.alias.as_deref();
                let asked =
                    related::ask(state.host_has_related, t.generation, &t.ticket_id, t.order_id.as_deref(), alias);
                if let Some((loading, effect)) = asked {
                    t.related = loading;
                    effects.push(effect);
                }
            }
            state.ticket = TicketSlot::Open(Box::new(t));
            effects
        }
    }
}

fn request_order(t: &mut TicketState, proxy_configured: bool, fresh: bool) -> Vec<Effect> {
    let Some(order_id) = t.order_id.clone() else { return Vec::new() };
    if !proxy_configured {
        t.order = OrderState::NotConfigured;
        return Vec::new();
    }
    t.order = OrderState::Loading;
    let request = order_request(&order_id, t.detection.marketplace.map(|m| m.code), fresh);
    vec![Effect::Request { purpose: Purpose::Order { generation: t.generation, order_id }, request }]
}

fn find_buyer_orders(state: &mut State, fresh: bool) -> Vec<Effect> {
    let configured = state.settings.proxy_configured;
    let Some(t) = state.open_mut() else { return Vec::new() };
    let Some(alias) = t.detection.alias.clone().filter(|_| configured && t.is_amazon()) else { return Vec::new() };
    t.buyer_orders = BuyerOrdersState::Loading;
    let request = buyer_orders_request(&alias, t.detection.marketplace.map(|m| m.code), fresh);
    vec![Effect::Request { purpose: Purpose::BuyerOrders { generation: t.generation }, request }]
}

/// Retry whatever failed, bypassing the proxy's cache; an unreadable ticket cannot be retried
/// here (the host sends it again with the next change).
fn retry(state: &mut State) -> Vec<Effect> {
    let configured = state.settings.proxy_configured;
    let Some(t) = state.open_mut() else { return Vec::new() };
    if matches!(t.order, OrderState::Failed(_)) {
        return request_order(t, configured, true);
    }
    if matches!(t.buyer_orders, BuyerOrdersState::Failed(_)) {
        return find_buyer_orders(state, true);
    }
    Vec::new()
}

fn answer(state: &mut State, purpose: Purpose, result: Result<ProxyResponse, String>) -> Vec<Effect> {
    let Some(t) = state.open_mut() else { return Vec::new() };
    match purpose {
        Purpose::Order { generation, order_id } => {
            // Only the answer for the order on screen counts (not one for an earlier ticket or choice).
            if generation != t.generation
                || t.order_id.as_deref() != Some(order_id.as_str())
                || t.order != OrderState::Loading
            {
                return Vec::new();
            }
            t.order = match read_order(result) {
                Ok(order) => OrderState::Loaded(Box::new(order)),
                Err(failure) => OrderState::Failed(failure),
            };
            if t.loaded_order().is_none() {
                return Vec::new();
            }
            // The order is there: ask which messages Amazon allows for it.
            let marketplace = t.marketplace_code().map(String::from);
            t.actions.request(t.generation, &order_id, marketplace.as_deref(), t.composer.lang)
        }
        Purpose::BuyerOrders { generation } => {
            if generation != t.generation || t.buyer_orders != BuyerOrdersState::Loading {
                return Vec::new();
            }
            t.buyer_orders = match read_buyer_orders(result) {
                Ok(orders) => BuyerOrdersState::Loaded(orders),
                Err(failure) => BuyerOrdersState::Failed(failure),
            };
            Vec::new()
        }
        Purpose::MessagingActions { generation }
        | Purpose::MessagingAttributes { generation }
        | Purpose::Send { generation, .. } => {
            if generation == t.generation {
                t.actions.answer(&purpose, result);
                // Amazon's locale for the buyer also starts the reply in it, where the buyer's own
                // words did not tell (`Composer::buyer_locale`).
                if let Some(Some(locale)) = &t.actions.buyer_locale {
                    t.composer.buyer_locale(locale);
                }
            }
            Vec::new()
        }
    }
}

fn insert(state: &mut State, text: String) -> Vec<Effect> {
    if let Some(t) = state.open_mut() {
        t.host_failures.clear(); // a new attempt
        t.inserted = true;
    }
    let Some(t) = state.open() else { return Vec::new() };
    let mut effects = vec![Effect::InsertReply(text)];
    if !t.is_amazon() {
        return effects;
    }
    let marketplace = t.marketplace_code().map(str::to_ascii_lowercase);
    let kind = t.detection.kind.map(Kind::as_str);
    if state.settings.tags {
        let mut tags = vec!["amazon".to_string()];
        tags.extend(marketplace.clone());
        tags.extend(kind.map(String::from));
        effects.push(Effect::AddTags(tags));
    }
    let map = &state.settings.field_map;
    let fields: Vec<(String, String)> = [
        (&map.order_id, t.order_id.clone()),
        (&map.marketplace, t.marketplace_code().map(String::from)),
        (&map.kind, kind.map(String::from)),
    ]
    .into_iter()
    .filter_map(|(field, value)| Some((field.clone()?, value?)))
    .collect();
    if !fields.is_empty() {
        effects.push(Effect::SetFields(fields));
    }
    effects
}
