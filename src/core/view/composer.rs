//! The "Amazon reply" composer: which template and language, the text, `[Important]`, and the
//! live compliance check.
//!
//! Until the agent types, the text is the template filled with what is known right now, so it
//! picks up the order's details when they arrive. Once typed, the agent's text is kept; choosing
//! a template or language again starts over from the template (an explicit request).
//!
//! `[Important]`: the host interface has no subject to write into, so the marker is put in front
//! of the reply's first line on insert (Amazon looks for it in the subject of mailed replies;
//! agents on hosts that keep the ticket subject should copy it there).

use crate::core::case::shipped;
use crate::core::detect::{Ask, Detection, Kind};
use crate::core::format::{format_long_date, Zones};
use crate::core::host::Settings;
use crate::core::i18n::{t, Text};
use crate::core::lang::packs::shown;
use crate::core::lang::Lang;
use crate::core::order_view::{OrderView, TimeWindow};
use crate::core::reply::compliance::{blocks, check, CheckContext, Finding, Severity};
use crate::core::reply::reply_lang::{reply_lang, LangSource};
use crate::core::reply::templates::{render, Stage, TemplateId, Vars};

use super::events::{Event, HostCall};
use super::model::{Button, Choice, ComposerView, FindingView, FindingsView, HostErrorView};
use super::time::zone_offset;

/// What Amazon looks for in the subject of an important message.
pub const IMPORTANT_MARKER: &str = "[Important]";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composer {
    pub template: TemplateId,
    pub lang: Lang,
    /// Why the reply started in its language (the agent's choice is not recorded here).
    pub lang_source: LangSource,
    /// The agent's own text; `None` while it is the filled template.
    pub edited: Option<String>,
    pub important: bool,
    /// The agent opened the composer where an email reply is not the job.
    pub asked: bool,
}

impl Composer {
    /// Starts with the template that fits the kind of mail and what the buyer asks (a buyer
    /// message without an order is a question before the purchase), in the language the buyer
    /// wrote `text` in, else the marketplace's ([`reply_lang`]).
    pub fn new(detection: &Detection, text: &str) -> Composer {
        let template = match (detection.kind, detection.facts.asks) {
            (Some(Kind::ReturnRequest), _) => TemplateId::ReturnInstructions,
            (Some(Kind::CancellationRequest), _) => TemplateId::Cancellation,
            _ if detection.order_id.is_none() => TemplateId::ProductQuestion,
            (_, Some(Ask::Invoice)) => TemplateId::InvoiceRequest,
            (_, Some(Ask::Damaged)) => TemplateId::DamagedOrDefective,
            (_, Some(Ask::Return)) => TemplateId::ReturnInstructions,
            _ => TemplateId::WhereIsMyOrder,
        };
        let (lang, lang_source) = reply_lang(text, None, detection.marketplace);
        Composer { template, lang, lang_source, edited: None, important: false, asked: false }
    }

    /// Amazon's locale for the buyer arrived (`GetAttributes`): it beats the marketplace's
    /// language, not the buyer's own words, and never the agent's choice or text.
    pub fn buyer_locale(&mut self, locale: &str) {
        let Some(lang) = Lang::reply_from_tag(locale) else { return };
        if self.lang_source == LangSource::Marketplace && self.edited.is_none() {
            self.lang = lang;
            self.lang_source = LangSource::BuyerLocale;
        }
    }

    pub fn select_template(&mut self, id: TemplateId) {
        self.template = id;
        self.edited = None;
    }

    pub fn select_lang(&mut self, lang: Lang) {
        self.lang = lang;
        self.lang_source = LangSource::Chosen;
        self.edited = None;
    }

    pub fn edit(&mut self, text: String) {
        self.edited = Some(text);
    }

    /// The text in the reply field.
    pub fn text(&self, vars: &Vars) -> String {
        match &self.edited {
            Some(text) => text.clone(),
            None => render(self.template, self.lang, vars).text,
        }
    }
}

/// The reply as it goes into the host's editor: the marker in front of the first line.
pub fn final_text(text: &str, important: bool) -> String {
    if !important || text.trim_start().starts_with(IMPORTANT_MARKER) {
        return text.to_string();
    }
    format!("{IMPORTANT_MARKER} {text}")
}

/// The template values from what the sidebar knows. Dates are written in the reply's language,
/// in the marketplace's time zone (the buyer's calendar, not the agent's).
pub fn vars(
    detection: &Detection,
    order_id: Option<&str>,
    order: Option<&OrderView>,
    settings: &Settings,
    lang: Lang,
    zones: &dyn Zones,
) -> Vars {
    let package = order.and_then(|o| o.packages.iter().find(|p| p.tracking_number.is_some()).or(o.packages.first()));
    let date = |window: Option<&TimeWindow>| {
        let at = window.and_then(|w| w.latest.or(w.earliest))?;
        Some(format_long_date(at, zone_offset(detection.marketplace, at, zones), lang))
    };
    Vars {
        buyer_name: detection
            .buyer_name
            .clone()
            .or_else(|| order.and_then(|o| o.buyer.as_ref()).and_then(|b| b.name.clone())),
        order_id: order_id.map(String::from),
        item_title: order.and_then(|o| o.items.iter().find_map(|i| i.title.clone())),
        carrier: package.and_then(|p| p.carrier.clone()),
        tracking_number: package.and_then(|p| p.tracking_number.clone()),
        deliver_by: date(order.and_then(|o| o.deliver_by.as_ref())),
        seller_name: settings.seller_name.clone(),
        ship_by: date(order.and_then(|o| o.ship_by.as_ref())),
        stage: order.and_then(stage),
        // Only the agent knows the answer to a buyer's question: it stays a placeholder.
        answer: None,
    }
}

/// How far the order has gone: a package the carrier reports `DELIVERED` counts as delivered.
fn stage(order: &OrderView) -> Option<Stage> {
    if shipped(&order.status) {
        let delivered = order.packages.iter().any(|p| p.status.as_deref() == Some("DELIVERED"));
        return Some(if delivered { Stage::Delivered } else { Stage::Shipped });
    }
    let waiting = ["PENDING_AVAILABILITY", "PENDING", "UNSHIPPED"];
    waiting.contains(&order.status.trim().to_ascii_uppercase().as_str()).then_some(Stage::NotShipped)
}

/// The composer as the agent sees it, with the host calls of the last Insert that failed.
pub fn composer_view(composer: &Composer, failures: &[(HostCall, String)], vars: &Vars, ui: Lang) -> ComposerView {
    let text = composer.text(vars);
    let findings = findings_view(&text, composer.lang, composer.important, ui);
    let insert = Button {
        label: t(ui, Text::InsertReply).to_string(),
        event: Event::Insert { text: final_text(&text, composer.important) },
        enabled: findings.insertable,
    };
    ComposerView {
        title: t(ui, Text::ComposerTitle).to_string(),
        template_label: t(ui, Text::TemplatePicker).to_string(),
        templates: TemplateId::ALL
            .into_iter()
            .map(|id| Choice {
                value: id.as_str().to_string(),
                label: id.label(ui).to_string(),
                selected: id == composer.template,
            })
            .collect(),
        lang_label: t(ui, Text::LanguagePicker).to_string(),
        langs: Lang::REPLY
            .into_iter()
            .map(|l| Choice {
                value: l.code().to_string(),
                label: l.native_name().to_string(),
                selected: l == composer.lang,
            })
            .collect(),
        text,
        lang_source: composer.lang_source.as_str(),
        text_lang: if composer.edited.is_some() { composer.lang } else { shown(composer.lang) },
        important_label: t(ui, Text::ImportantToggle).to_string(),
        important_hint: t(ui, Text::ImportantToggleHint).to_string(),
        important: composer.important,
        findings,
        insert,
        host_errors: failures.iter().map(|(call, reason)| host_error(*call, reason, ui)).collect(),
    }
}

/// The longest host reason shown, in characters: hosts may throw whole stack traces.
const MAX_HOST_REASON: usize = 200;

fn host_error(call: HostCall, reason: &str, ui: Lang) -> HostErrorView {
    let text = match call {
        HostCall::InsertReply => Text::HostInsertFailed,
        HostCall::AddTags => Text::HostTagsFailed,
        HostCall::SetFields => Text::HostFieldsFailed,
    };
    let reason = reason.trim();
    let detail = match reason.char_indices().nth(MAX_HOST_REASON) {
        Some((cut, _)) => format!("{}…", &reason[..cut]),
        None => reason.to_string(),
    };
    HostErrorView { call: call.as_str(), message: t(ui, text).to_string(), detail }
}

/// The live check of `text`, written for a buyer who reads `buyer_lang`.
pub fn findings_view(text: &str, buyer_lang: Lang, important: bool, ui: Lang) -> FindingsView {
    let ctx = CheckContext { buyer_lang: Some(buyer_lang), important, ..CheckContext::default() };
    let found = check(text, &ctx);
    let insertable = !blocks(&found);
    let findings: Vec<FindingView> = found.iter().map(|f| finding_view(f, ui)).collect();
    let summary = match (findings.is_empty(), insertable) {
        (true, _) => t(ui, Text::NoFindings),
        (false, false) => t(ui, Text::BlockedHint),
        (false, true) => "",
    };
    FindingsView { findings, summary: summary.to_string(), insertable }
}

fn finding_view(f: &Finding, ui: Lang) -> FindingView {
    FindingView {
        rule: f.rule.as_str().to_string(),
        severity: match f.severity {
            Severity::Block => "block",
            Severity::Warn => "warn",
        }
        .to_string(),
        message: f.message(ui),
        excerpt: f.excerpt.clone(),
        start: u32::try_from(f.start).unwrap_or(u32::MAX),
        end: u32::try_from(f.end).unwrap_or(u32::MAX),
    }
}
