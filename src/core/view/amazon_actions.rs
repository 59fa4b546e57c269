//! Amazon's messaging actions (Messaging v1, sp-api.md §8) in the panel: what Amazon allows for
//! the order now (`/messaging-actions`), and one composer for a text action with its length
//! limit and core's compliance check, in the buyer's language (`/messaging-attributes`).
//!
//! A send is a small state machine, so a double click can never send twice: Send only asks
//! (Editing → Confirming), Confirm only sends from Confirming (→ Sending), and nothing but the
//! proxy's answer leaves Sending. The confirmation puts Cancel where Send was, so the second
//! click of a double click on Send lands on Cancel, not on Confirm.

use crate::core::host::proxy::{
    messaging_actions_request, messaging_attributes_request, read_messaging_actions, read_messaging_attributes,
    read_sent, send_message_request, ProxyResponse,
};
use crate::core::host::Failure;
use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;
use crate::core::order_view::{MessagingAction, MessagingActions};

use super::composer::findings_view;
use super::events::{ActionEvent, Effect, Event, Purpose};
use super::failure::failure_text;
use super::invoice_file::{self, FileProblem, InvoiceFile};
use super::model::{ActionComposerView, AmazonActionView, AmazonActionsView, Button, ConfirmView};

#[derive(Debug, Clone, PartialEq)]
pub enum ActionsState {
    NotRequested,
    Loading,
    Loaded(MessagingActions),
    Failed(Failure),
}

/// Where a send stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    Editing,
    Confirming,
    Sending,
    Sent,
    /// Amazon's (or the proxy's) reason; the text stays for another try.
    Failed(Failure),
}

impl ActionComposer {
    fn editable(&self) -> bool {
        matches!(self.phase, Phase::Editing | Phase::Failed(_))
    }
}

impl Phase {
    /// The composer's `data-phase`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Phase::Editing => "editing",
            Phase::Confirming => "confirming",
            Phase::Sending => "sending",
            Phase::Sent => "sent",
            Phase::Failed(_) => "failed",
        }
    }
}

/// The open action's composer.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionComposer {
    pub action: String,
    pub text: String,
    pub phase: Phase,
    /// `invoice`: the chosen PDF, and why it cannot go.
    pub file: Option<InvoiceFile>,
    pub file_problem: Option<FileProblem>,
}

/// The one action that carries a file instead of text.
const INVOICE: &str = "invoice";

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AmazonActions {
    pub list: Option<ActionsState>,
    /// The buyer's locale from Amazon's GetAttributes, once asked (`Some(None)`: Amazon did not say).
    pub buyer_locale: Option<Option<String>>,
    pub open: Option<ActionComposer>,
    /// The marketplace's reply language, for when Amazon does not name the buyer's.
    pub fallback_lang: Option<Lang>,
}

impl AmazonActions {
    /// Ask which actions Amazon allows, once per ticket.
    pub fn request(
        &mut self,
        generation: u64,
        order_id: &str,
        marketplace: Option<&str>,
        fallback: Lang,
    ) -> Vec<Effect> {
        if self.list.is_some() {
            return Vec::new();
        }
        self.list = Some(ActionsState::Loading);
        self.fallback_lang = Some(fallback);
        let request = messaging_actions_request(order_id, marketplace);
        vec![Effect::Request { purpose: Purpose::MessagingActions { generation }, request }]
    }

    fn allowed(&self, name: &str) -> Option<&MessagingAction> {
        match &self.list {
            Some(ActionsState::Loaded(list)) if list.may_send != Some(false) => list
                .actions
                .iter()
                .find(|a| a.name == name && a.sendable && (a.max_text_length.is_some() || a.name == INVOICE)),
            _ => None,
        }
    }

    fn max_text(&self, name: &str) -> Option<u32> {
        self.allowed(name).and_then(|a| a.max_text_length)
    }

    /// One of the agent's steps. `order_id` and `marketplace` address the send.
    pub fn step(
        &mut self,
        event: ActionEvent,
        generation: u64,
        order_id: &str,
        marketplace: Option<&str>,
    ) -> Vec<Effect> {
        match event {
            ActionEvent::Open(name) => {
                if self.allowed(&name).is_none() {
                    return Vec::new();
                }
                if self.open.as_ref().is_some_and(|c| c.action == name && c.phase != Phase::Sent) {
                    return Vec::new();
                }
                self.reopen(name, String::new(), generation, order_id, marketplace)
            }
            ActionEvent::Edit(text) => {
                if let Some(c) = self.open.as_mut().filter(|c| matches!(c.phase, Phase::Editing | Phase::Failed(_))) {
                    c.text = text;
                    c.phase = Phase::Editing;
                }
                Vec::new()
            }
            ActionEvent::Send => {
                let ok = self.open.as_ref().is_some_and(|c| self.sendable_text(c));
                if let Some(c) =
                    self.open.as_mut().filter(|c| ok && matches!(c.phase, Phase::Editing | Phase::Failed(_)))
                {
                    c.phase = Phase::Confirming;
                }
                Vec::new()
            }
            ActionEvent::Confirm => {
                let Some(c) = self.open.as_mut().filter(|c| c.phase == Phase::Confirming) else { return Vec::new() };
                let request = match &c.file {
                    Some(file) => invoice_file::request(file, order_id, marketplace),
                    None => Some(send_message_request(order_id, &c.action, marketplace, &c.text)),
                };
                let Some(request) = request else { return Vec::new() };
                c.phase = Phase::Sending;
                let purpose = Purpose::Send { generation, action: c.action.clone() };
                vec![Effect::Request { purpose, request }]
            }
            ActionEvent::Cancel => {
                if let Some(c) = self.open.as_mut().filter(|c| c.phase == Phase::Confirming) {
                    c.phase = Phase::Editing;
                }
                Vec::new()
            }
            ActionEvent::Close => {
                // A send on its way keeps its composer: its answer must be seen.
                if self.open.as_ref().is_some_and(|c| c.phase != Phase::Sending) {
                    self.open = None;
                }
                Vec::new()
            }
            ActionEvent::PickFile { name, size } => {
                let Some(c) = self.open.as_mut().filter(|c| c.action == INVOICE && c.editable()) else {
                    return Vec::new();
                };
                c.phase = Phase::Editing;
                (c.file, c.file_problem) = match invoice_file::pick(&name, size) {
                    Ok(file) => (Some(file), None),
                    Err(problem) => (None, Some(problem)),
                };
                if c.file.is_some() {
                    vec![Effect::ReadFile]
                } else {
                    Vec::new()
                }
            }
            ActionEvent::FileRead(base64) => {
                let Some(c) = self.open.as_mut().filter(|c| c.editable()) else { return Vec::new() };
                let Some(file) = c.file.as_mut().filter(|f| f.content.is_none()) else { return Vec::new() };
                if let Err(problem) = invoice_file::read(file, base64) {
                    (c.file, c.file_problem) = (None, Some(problem));
                }
                Vec::new()
            }
        }
    }

    /// Opens the composer of `action` with `text` (a new one, or a draft coming back), and asks
    /// for the buyer's locale once per ticket.
    pub fn reopen(
        &mut self,
        action: String,
        text: String,
        generation: u64,
        order_id: &str,
        marketplace: Option<&str>,
    ) -> Vec<Effect> {
        self.open = Some(ActionComposer { action, text, phase: Phase::Editing, file: None, file_problem: None });
        // Amazon's locale for the buyer (GetAttributes), once per ticket.
        if self.buyer_locale.is_some() {
            return Vec::new();
        }
        self.buyer_locale = Some(None);
        let request = messaging_attributes_request(order_id, marketplace);
        vec![Effect::Request { purpose: Purpose::MessagingAttributes { generation }, request }]
    }

    /// Within the action's limit and free of blocking findings; an invoice: its PDF is read.
    fn sendable_text(&self, c: &ActionComposer) -> bool {
        if c.action == INVOICE {
            return c.file.as_ref().is_some_and(|f| f.content.is_some());
        }
        let Some(max) = self.max_text(&c.action) else { return false };
        let length = c.text.chars().count();
        length > 0
            && !c.text.trim().is_empty()
            && length <= max as usize
            && findings_view(&c.text, self.lang(), false, Lang::En).insertable
    }

    /// The language the buyer reads: Amazon's buyer locale when it names a reply language, else
    /// the marketplace's.
    pub fn lang(&self) -> Lang {
        let amazons = self.buyer_locale.clone().flatten().and_then(|l| Lang::reply_from_tag(&l));
        amazons.or(self.fallback_lang).unwrap_or(Lang::En)
    }

    /// A proxy answer for this feature (other purposes are ignored).
    pub fn answer(&mut self, purpose: &Purpose, result: Result<ProxyResponse, String>) {
        match purpose {
            Purpose::MessagingActions { .. } if self.list == Some(ActionsState::Loading) => {
                self.list = Some(match read_messaging_actions(result) {
                    Ok(list) => ActionsState::Loaded(list),
                    Err(failure) => ActionsState::Failed(failure),
                });
            }
            Purpose::MessagingAttributes { .. } => {
                // Without an answer the marketplace's language stands in (see `view`).
                self.buyer_locale = Some(read_messaging_attributes(result).ok().and_then(|a| a.locale));
            }
            Purpose::Send { action, .. } => {
                let Some(c) = self.open.as_mut().filter(|c| &c.action == action && c.phase == Phase::Sending) else {
                    return;
                };
                match read_sent(result) {
                    Ok(()) => {
                        c.phase = Phase::Sent;
                        c.text.clear();
                    }
                    Err(failure) => c.phase = Phase::Failed(failure),
                }
            }
            _ => {}
        }
    }

    /// The block, once the actions were asked for.
    pub fn view(&self, ui: Lang) -> Option<AmazonActionsView> {
        let list = self.list.as_ref()?;
        let mut view = AmazonActionsView {
            title: t(ui, Text::AmazonActionsTitle).to_string(),
            note: None,
            actions: Vec::new(),
            composer: None,
        };
        let list = match list {
            ActionsState::NotRequested => return None,
            ActionsState::Loading => {
                view.note = Some(t(ui, Text::Loading).to_string());
                return Some(view);
            }
            ActionsState::Failed(failure) => {
                view.note = Some(failure_text(failure, ui));
                return Some(view);
            }
            ActionsState::Loaded(list) => list,
        };
        let may_send = list.may_send != Some(false);
        view.note = match (list.actions.is_empty(), may_send) {
            (true, _) => Some(t(ui, Text::AmazonActionsNone).to_string()),
            (false, false) => Some(t(ui, Text::AmazonActionsNoSend).to_string()),
            (false, true) => None,
        };
        view.actions = list
            .actions
            .iter()
            .map(|a| {
                // Text actions, and the invoice with its PDF, open a composer here.
                let opens = a.sendable && (a.max_text_length.is_some() || a.name == INVOICE);
                AmazonActionView {
                    name: a.name.clone(),
                    open: Button {
                        label: action_label(&a.name, ui),
                        event: Event::Action(ActionEvent::Open(a.name.clone())),
                        enabled: may_send && opens,
                    },
                    why_disabled: (may_send && !opens).then(|| t(ui, Text::ActionNeedsAttachment).to_string()),
                    selected: self.open.as_ref().is_some_and(|c| c.action == a.name),
                }
            })
            .collect();
        view.composer = self.open.as_ref().and_then(|c| self.composer_view(c, ui));
        Some(view)
    }

    fn composer_view(&self, c: &ActionComposer, ui: Lang) -> Option<ActionComposerView> {
        self.allowed(&c.action)?;
        let invoice = c.action == INVOICE;
        let max = if invoice { 0 } else { self.max_text(&c.action)? };
        let lang = self.lang();
        let length = c.text.chars().count();
        let findings = findings_view(&c.text, lang, false, ui);
        let over = !invoice && length > max as usize;
        let ready = self.sendable_text(c);
        let button =
            |text, event| Button { label: t(ui, text).to_string(), event: Event::Action(event), enabled: true };
        let mut view = ActionComposerView {
            action: c.action.clone(),
            title: action_label(&c.action, ui),
            lang_note: fill(t(ui, Text::ActionBuyerLanguage), &[("language", lang.native_name())]),
            text: c.text.clone(),
            counter: fill(t(ui, Text::ActionCounter), &[("count", &length.to_string()), ("max", &max.to_string())]),
            over_limit: over,
            too_long: over.then(|| fill(t(ui, Text::ActionTooLong), &[("max", &max.to_string())])),
            findings,
            phase: c.phase.as_str(),
            editable: c.editable(),
            compose: c.phase != Phase::Sent,
            file: invoice.then(|| invoice_file::picker_view(c.file.as_ref(), c.file_problem, ui)),
            send: None,
            confirm: None,
            status: None,
            close: button(Text::ActionClose, ActionEvent::Close),
        };
        let send = Button { enabled: ready, ..button(Text::ActionSend, ActionEvent::Send) };
        match &c.phase {
            Phase::Editing => view.send = Some(send),
            Phase::Confirming => {
                view.confirm = Some(ConfirmView {
                    question: t(ui, Text::ActionConfirmQuestion).to_string(),
                    cancel: button(Text::ActionCancel, ActionEvent::Cancel),
                    confirm: button(Text::ActionConfirmYes, ActionEvent::Confirm),
                })
            }
            Phase::Sending => view.status = Some(t(ui, Text::ActionSending).to_string()),
            Phase::Sent => view.status = Some(t(ui, Text::ActionSent).to_string()),
            Phase::Failed(failure) => {
                view.status = Some(failure_text(failure, ui));
                view.send = Some(send);
            }
        }
        Some(view)
    }
}

/// The action's name in the UI language; a name this build does not know, as Amazon wrote it.
fn action_label(name: &str, ui: Lang) -> String {
    let text = match name {
        "confirmDeliveryDetails" => Text::ActionConfirmDeliveryDetails,
        "confirmOrderDetails" => Text::ActionConfirmOrderDetails,
        "unexpectedProblem" => Text::ActionUnexpectedProblem,
        "confirmCustomizationDetails" => Text::ActionConfirmCustomizationDetails,
        "confirmServiceDetails" => Text::ActionConfirmServiceDetails,
        "digitalAccessKey" => Text::ActionDigitalAccessKey,
        "invoice" => Text::ActionInvoice,
        "legalDisclosure" => Text::ActionLegalDisclosure,
        "warranty" => Text::ActionWarranty,
        other => return other.to_string(),
    };
    t(ui, text).to_string()
}
