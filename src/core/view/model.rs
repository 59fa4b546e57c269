//! The sidebar as plain data: every string already localised and formatted, every link already
//! checked, every button already bound to its [`Event`]. The DOM layer (`src/web`) draws this
//! without making a decision of its own.

use crate::core::lang::Lang;

use super::events::Event;

#[derive(Debug, Clone, PartialEq)]
pub struct SidebarView {
    /// The UI language (the root's `lang` attribute).
    pub lang: Lang,
    pub state: ViewState,
    /// Marketplace, kind, buyer, order id, links and the clock: Amazon tickets only.
    pub header: Option<Header>,
    /// What the case asks of the agent (`data-ol="case"`, above the body): Amazon tickets of a
    /// known kind.
    pub case: Option<CaseView>,
    pub body: Body,
    /// The reply composer: Amazon tickets that are not suspicious.
    pub composer: Option<ComposerView>,
    /// A language pack the sidebar needs could not be loaded (`data-ol="lang-pack-error"`).
    pub pack_notice: Option<String>,
    /// Amazon's messaging actions for the loaded order.
    pub amazon_actions: Option<AmazonActionsView>,
    /// Other tickets about the same order or buyer (hosts with `relatedTickets` only).
    pub related: Option<RelatedView>,
}

/// The root's `data-state` (docs/host-interface.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewState {
    NotAmazon,
    Suspicious,
    Presale,
    Loading,
    Order,
    Error,
    NotConfigured,
    /// The sidebar itself failed (drawn by the panic hook): nothing else works any more.
    Failed,
}

impl ViewState {
    pub fn as_str(self) -> &'static str {
        match self {
            ViewState::NotAmazon => "not-amazon",
            ViewState::Suspicious => "suspicious",
            ViewState::Presale => "presale",
            ViewState::Loading => "loading",
            ViewState::Order => "order",
            ViewState::Error => "error",
            ViewState::NotConfigured => "not-configured",
            ViewState::Failed => "failed",
        }
    }
}

/// A link to open through the host. `url` is always `http:` or `https:` (see [`super::links`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: String,
    /// What a click sends to [`super::update`].
    pub event: Event,
    pub enabled: bool,
}

/// A label and its value, the value possibly on several lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub lines: Vec<String>,
}

impl Fact {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Fact {
        Fact { label: label.into(), lines: vec![value.into()] }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// "DE · Germany".
    pub marketplace: Option<Fact>,
    /// The kind badge ("Buyer message").
    pub kind: Option<String>,
    pub buyer_name: Option<Fact>,
    pub order_id: Option<OrderIdView>,
    /// The order in the marketplace's Seller Central.
    pub seller_central: Option<Link>,
    pub clock: Option<ClockView>,
    /// The email's "no response needed" link.
    pub no_response_needed: Option<Link>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrderIdView {
    pub label: String,
    pub value: String,
    /// Copies the id; its label turns to "Copied" once used.
    pub copy: Button,
}

/// The case block: what happened, the next step, the facts, the deadline and the link.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseView {
    /// The detection's kind name (`data-kind`).
    pub kind: &'static str,
    /// A buyer message without an order (`data-presale`).
    pub presale: bool,
    pub what: String,
    pub next: String,
    pub facts: Vec<Fact>,
    pub deadline: Option<DeadlineView>,
    /// The Seller Central page of the link (`data-page`: `order`, `returns`, `atoz-claims`, …).
    pub page: Option<&'static str>,
    /// Where the work happens: `https:` on a genuine Amazon host only.
    pub link: Option<Link>,
    /// The quiet "no response needed" action, for notices with nothing to reply.
    pub no_response_needed: Option<Link>,
    /// Whether an email reply is part of the job (`data-reply`).
    pub reply: bool,
    /// Where a reply is not the job, the composer stays closed behind this
    /// (`data-ol="compose-anyway"`) until the agent asks for it.
    pub compose_anyway: Option<ComposeAnyway>,
}

/// "Amazon does not expect an email reply" and the button that opens the composer all the same.
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeAnyway {
    pub hint: String,
    pub open: Button,
}

/// A case's deadline: "Respond by", the time left (or overdue), the due time in the agent's zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineView {
    pub label: String,
    pub left: String,
    pub due: String,
    pub level: ClockLevel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockView {
    /// "Answer within 5 h 12 min", "Overdue by 2 h", "Answered".
    pub text: String,
    pub level: ClockLevel,
    /// "Respond within 24 hours, weekends included."
    pub hint: String,
}

/// How loudly the clock speaks (`data-urgency` on the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockLevel {
    Answered,
    Running,
    /// Less than six hours left.
    Warning,
    Overdue,
}

impl ClockLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            ClockLevel::Answered => "answered",
            ClockLevel::Running => "running",
            ClockLevel::Warning => "warning",
            ClockLevel::Overdue => "overdue",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Not an Amazon ticket: one quiet line.
    Note(String),
    /// A look-alike of Amazon mail: what is wrong, and what to do.
    Warning {
        title: String,
        /// Why, and what to do.
        reason: String,
        /// The domain or address that gave it away, as found in the mail.
        detail: Option<String>,
    },
    Presale(Box<PresaleView>),
    /// A skeleton with this text for screen readers.
    Loading(String),
    Order(Box<OrderPanel>),
    Error(ErrorView),
    /// The seller account of this marketplace cannot reach Amazon: one line with what to do.
    Health(HealthView),
    /// What to set, where.
    NotConfigured(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorView {
    pub message: String,
    /// Asks again, bypassing the proxy's cache (not offered for an unreadable ticket).
    pub retry: Option<Button>,
}

/// An Amazon message without an order id.
#[derive(Debug, Clone, PartialEq)]
pub struct PresaleView {
    /// "Amazon message without an order number (a pre-sale question)."
    pub note: String,
    /// Looks up the buyer's recent orders (when the buyer alias and the proxy are known).
    pub find: Option<Button>,
    /// Why the lookup is not offered (no proxy set up).
    pub notice: Option<String>,
    /// Shown while the lookup runs.
    pub loading: Option<String>,
    pub orders: Vec<OrderChoice>,
    /// "No recent orders found for this buyer."
    pub empty: Option<String>,
    pub error: Option<ErrorView>,
}

/// One of the buyer's recent orders; choosing it loads the order panel.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderChoice {
    /// The order id (the button's label).
    pub open: Button,
    /// Status, purchase date, total.
    pub details: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderPanel {
    /// Status, purchased (marketplace and agent time), fulfilment, ship by, deliver by.
    pub facts: Vec<Fact>,
    /// Prime, Business.
    pub badges: Vec<Badge>,
    /// Amazon handles customer service for some FBA orders.
    pub note: Option<String>,
    pub items_heading: String,
    pub items: Vec<ItemView>,
    /// Items, shipping, tax, promotions.
    pub totals: Vec<Fact>,
    pub grand_total: Option<Fact>,
    pub packages_heading: String,
    pub packages: Vec<Vec<Fact>>,
    /// The address lines, or "Restricted by Amazon".
    pub address: Fact,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemView {
    pub title: String,
    /// The line's price (unit price × quantity), shown beside the title.
    pub subtotal: Option<Fact>,
    /// ASIN, SKU, quantity, unit price (those that are known).
    pub facts: Vec<Fact>,
}

/// A small label with a stable key for styling (`data-badge`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badge {
    /// `prime`, `business`.
    pub key: &'static str,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComposerView {
    /// "Amazon reply": the heading and the reply field's label.
    pub title: String,
    pub template_label: String,
    pub templates: Vec<Choice>,
    pub lang_label: String,
    pub langs: Vec<Choice>,
    /// Why the reply is in its language: `written`, `buyer-locale`, `marketplace` or `chosen`
    /// (the picker's `data-lang-source`).
    pub lang_source: &'static str,
    /// The reply as the agent edits it (without the `[Important]` marker).
    pub text: String,
    /// The language the reply is written in (the reply field's `lang` and `dir`): the chosen
    /// one, or English while the template's pack is not here.
    pub text_lang: Lang,
    pub important_label: String,
    pub important_hint: String,
    pub important: bool,
    pub findings: FindingsView,
    pub insert: Button,
    /// What went wrong when the host carried out the last Insert, one line per failed call.
    pub host_errors: Vec<HostErrorView>,
}

/// A failed host call, drawn beside the Insert button that started it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostErrorView {
    /// `insert`, `tags` or `fields` (`data-call`).
    pub call: &'static str,
    /// What did not happen and what to do, in the UI language.
    pub message: String,
    /// The host's own reason ("no reply box on this page"), shortened; may be empty.
    pub detail: String,
}

/// The part of the composer that changes on every keystroke (the web layer redraws only this).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingsView {
    pub findings: Vec<FindingView>,
    /// "Meets Amazon's messaging rules." or "Fix the problems marked in red…".
    pub summary: String,
    /// Whether Insert is allowed (no blocking finding).
    pub insertable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingView {
    /// Stable rule id (`data-rule`).
    pub rule: String,
    /// `block` or `warn` (`data-severity`).
    pub severity: String,
    /// What is wrong and what to do, in the UI language.
    pub message: String,
    /// The offending text as found in the reply (shortened), or an attachment's name.
    pub excerpt: String,
    /// UTF-16 offsets into the reply, for `setSelectionRange`.
    pub start: u32,
    pub end: u32,
}

/// An option of a `<select>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

// issue 10: messaging actions, related tickets, health

/// Amazon's messaging actions for the order (`data-ol="amazon-actions"`).
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonActionsView {
    pub title: String,
    /// Loading, why it failed, none allowed, or why they are greyed (the token may not send).
    pub note: Option<String>,
    pub actions: Vec<AmazonActionView>,
    /// The open action's composer.
    pub composer: Option<ActionComposerView>,
}

/// One action (`data-ol="amazon-action"`, `data-action` = Amazon's name).
#[derive(Debug, Clone, PartialEq)]
pub struct AmazonActionView {
    pub name: String,
    /// Opens its composer; disabled when it cannot be sent from here.
    pub open: Button,
    /// Why it cannot be sent from here (attachments only).
    pub why_disabled: Option<String>,
    pub selected: bool,
}

/// The composer of one text action (`data-ol="action-composer"`, `data-phase`).
#[derive(Debug, Clone, PartialEq)]
pub struct ActionComposerView {
    pub action: String,
    /// The action's name.
    pub title: String,
    /// "The buyer reads Deutsch."
    pub lang_note: String,
    pub text: String,
    /// "120 / 2000 characters".
    pub counter: String,
    pub over_limit: bool,
    /// What to do when the text is over the action's limit.
    pub too_long: Option<String>,
    pub findings: FindingsView,
    /// `editing`, `confirming`, `sending`, `sent`, `failed`.
    pub phase: &'static str,
    /// The text may be changed (not while confirming or sending).
    pub editable: bool,
    /// The text (or the invoice's file) is shown: not once Amazon took the message.
    pub compose: bool,
    /// The invoice's file picker instead of the text (`invoice` only).
    pub file: Option<FilePickerView>,
    pub send: Option<Button>,
    pub confirm: Option<ConfirmView>,
    /// Sending, Amazon's acceptance, or why it failed.
    pub status: Option<String>,
    pub close: Button,
}

/// "Send this now?" with Cancel first (where Send was) and Yes.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmView {
    pub question: String,
    pub cancel: Button,
    pub confirm: Button,
}

/// Other tickets about the same order (`data-ol="related"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedView {
    pub title: String,
    /// Loading, none found, or the search failed.
    pub note: Option<String>,
    pub tickets: Vec<RelatedTicketView>,
}

/// One of them (`data-ol="related-ticket"`): a link that opens it in the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedTicketView {
    pub id: String,
    /// The subject as a link; `None` when the host gave no http(s) URL (then `subject`).
    pub link: Option<Link>,
    pub subject: String,
    /// Created (short date), the host's status.
    pub details: Vec<String>,
}

/// The account behind this ticket cannot reach Amazon (`data-ol="health"`, `data-code`).
#[derive(Debug, Clone, PartialEq)]
pub struct HealthView {
    /// The proxy's problem code.
    pub code: &'static str,
    /// What is wrong and what to do, in one line.
    pub text: String,
    pub retry: Button,
}

/// The invoice's `<input type=file>` (`data-ol="invoice-file"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePickerView {
    pub label: String,
    /// Why only a PDF of at most 10 MB.
    pub why: String,
    /// The chosen file's name and size.
    pub chosen: Option<String>,
    /// Why the chosen file cannot be sent.
    pub problem: Option<String>,
}
