//! What happens to the sidebar ([`Event`]: the host, the proxy and the agent's clicks) and what
//! the web shell must do about it ([`Effect`]). The vocabulary between [`super::update`], which
//! turns events into effects, and `src/web`, which carries them out and sends the events.

use crate::core::host::{ProxyRequest, ProxyResponse};
use crate::core::host::{RelatedQuery, Ticket, TicketError};
use crate::core::lang::Lang;
use crate::core::reply::templates::TemplateId;

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The host opened a ticket (`host.ticket()` or `onTicketChanged`); `Ok(None)`: no ticket.
    TicketChanged(Result<Option<Ticket>, TicketError>),
    /// An answer of the proxy (or the host's rejection: no answer).
    Answer {
        purpose: Purpose,
        result: Result<ProxyResponse, String>,
    },
    Retry,
    FindBuyerOrders,
    /// The agent chose one of the buyer's recent orders.
    ChooseOrder(String),
    CopyOrderId,
    SelectTemplate(TemplateId),
    SelectLang(Lang),
    /// The reply text as the agent typed it.
    Edit(String),
    ToggleImportant,
    /// Open the composer where an email reply is not the job (`data-ol="compose-anyway"`).
    ComposeAnyway,
    /// Insert this reply (the composer's final text, `[Important]` marker included).
    Insert {
        text: String,
    },
    /// A step with one of Amazon's messaging actions.
    Action(ActionEvent),
    /// The host's `relatedTickets` answered for the ticket of `generation`: the JSON text of its
    /// array, read by core (`host::related`), or its reason on failure.
    Related {
        generation: u64,
        result: Result<String, String>,
    },
    /// What the web shell found in session storage for the ticket of `generation` (`None`:
    /// nothing saved), as [`Effect::LoadDraft`] asked.
    DraftLoaded {
        generation: u64,
        draft: Option<String>,
    },
    /// A host call of [`Effect`] failed (threw or rejected) for the ticket of `generation`; the
    /// host's reason as text.
    HostFailed {
        call: HostCall,
        message: String,
        generation: u64,
    },
    /// The pack of [`Effect::LoadPack`] was installed (`loaded`), or could not be loaded or read.
    PackLoaded {
        lang: Lang,
        loaded: bool,
    },
}

/// The agent's steps with one of Amazon's messaging actions (`super::amazon_actions`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionEvent {
    /// Open the composer of this action (its Amazon name).
    Open(String),
    /// The action's text as the agent typed it.
    Edit(String),
    /// Send: asks for confirmation first.
    Send,
    /// Yes, send it.
    Confirm,
    /// Back from the confirmation to the text.
    Cancel,
    /// Close the composer (after a send, or to drop it).
    Close,
    /// The invoice's file was chosen (its name and size in bytes).
    PickFile { name: String, size: u64 },
    /// The chosen file's bytes, base64, as [`Effect::ReadFile`] asked.
    FileRead(String),
}

/// The host calls the agent starts (with Insert) and must hear about when they fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostCall {
    InsertReply,
    AddTags,
    SetFields,
}

impl HostCall {
    /// The error line's `data-call` (docs/sidebar-dom.md).
    pub fn as_str(self) -> &'static str {
        match self {
            HostCall::InsertReply => "insert",
            HostCall::AddTags => "tags",
            HostCall::SetFields => "fields",
        }
    }
}

/// What a proxy request was for, so its answer lands in the right place (or is dropped when the
/// agent has moved on to another ticket).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Order { generation: u64, order_id: String },
    BuyerOrders { generation: u64 },
    MessagingActions { generation: u64 },
    MessagingAttributes { generation: u64 },
    Send { generation: u64, action: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// `host.request(request)`, then send back [`Event::Answer`] with `purpose`.
    Request { purpose: Purpose, request: ProxyRequest },
    /// Put the text on the clipboard.
    Copy(String),
    /// `host.insertReply(text)`.
    InsertReply(String),
    /// `host.addTags(list)`.
    AddTags(Vec<String>),
    /// `host.setFields(map)`: `(host field id, value)`.
    SetFields(Vec<(String, String)>),
    /// Fetch the language pack of `lang` from the sidebar's origin, install it, and send back
    /// [`Event::PackLoaded`].
    LoadPack(Lang),
    /// `host.relatedTickets(query)`, then send back [`Event::Related`].
    RelatedTickets { generation: u64, query: RelatedQuery },
    /// Read the draft saved under `key` and send back [`Event::DraftLoaded`].
    LoadDraft { generation: u64, key: String },
    /// Save `draft` (JSON) under `key`; `None` removes it.
    SaveDraft { key: String, draft: Option<String> },
    /// Read the file the agent just chose and send back [`ActionEvent::FileRead`].
    ReadFile,
}
