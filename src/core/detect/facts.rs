//! The facts of a notice ([`Facts`]): what Amazon's mail says about the case, each with the
//! sentence that says where it came from (`--explain`). Labels and phrases: `fact_words.rs`.

use super::amount::first_amount;
use super::detection::{ClaimStage, Facts, FailureReason, Payer};
use super::fact_words::{
    Label, ASKS, CLAIM_DECISION, CLAIM_DENIED, CLAIM_GRANTED, DEBITED_FROM_SELLER, FAILURE_PHRASES, FUNDED_BY_AMAZON,
    LABELS, OUT_OF,
};
use super::Kind;
use crate::core::letter_case;
use crate::core::marketplace::Marketplace;
use crate::core::message::Message;
use crate::core::text::{current_block, html_to_text};

/// The longest value kept, in characters: a label's value is one line of a notice.
const MAX_VALUE: usize = 300;

/// The longest `<td …>` / `<th …>` opening tag read, in bytes.
const MAX_TAG: usize = 512;

/// Reads the facts `kind` has; the notes say where each came from.
pub fn facts(message: &Message, kind: Kind, marketplace: Option<&Marketplace>) -> (Facts, Vec<(&'static str, String)>) {
    let mut f = Facts::default();
    let mut notes = Vec::new();
    let text = current_block(&message.text);
    let lower = letter_case::lower(&format!("{}\n{}", message.subject, text));
    if kind == Kind::BuyerMessage {
        f.asks = ASKS.iter().find_map(|(ask, words)| {
            let word = found(&lower, words)?;
            notes.push(("facts.asks", why!("the buyer writes \"{word}\"")));
            Some(*ask)
        });
    }
    if matches!(kind, Kind::BuyerMessage | Kind::MessageCopy) {
        return (f, notes);
    }
    let labelled = Labelled::read(&text, &message.html);
    if matches!(kind, Kind::AtozClaim | Kind::Chargeback | Kind::RefundNotification) {
        if let Some(a) = first_amount(&message.subject, marketplace).or_else(|| first_amount(&text, marketplace)) {
            notes.push(("facts.amount", why!("{} {} written in the notice", a.value, a.currency)));
            f.amount = Some(a);
        }
    }
    let mut take = |field: &'static str, label: Label| {
        let (value, how) = labelled.find(label, |v| Some(v.to_string()))?;
        notes.push((field, how.to_string()));
        Some(value)
    };
    match kind {
        Kind::ReturnRequest => {
            f.reason = take("facts.reason", Label::Reason);
            f.comment = take("facts.comment", Label::Comment);
            f.item_title = take("facts.item_title", Label::Item);
            f.sku = take("facts.sku", Label::Sku);
            f.quantity = take("facts.quantity", Label::Quantity).and_then(|q| q.trim().parse().ok());
        }
        Kind::AtozClaim | Kind::CancellationRequest => {
            f.reason = take("facts.reason", Label::Reason);
            f.respond_by = take("facts.respond_by", Label::RespondBy);
        }
        Kind::NegativeFeedback => {
            f.comment = take("facts.comment", Label::Comment).map(|c| c.trim_matches(['"', '“', '”', '„']).to_string());
            f.rating = labelled.find(Label::Rating, rating).map(|(r, how)| {
                notes.push(("facts.rating", how.to_string()));
                r
            });
        }
        Kind::OrderConfirmation => {
            f.ship_by = take("facts.ship_by", Label::ShipBy);
            f.item_title = take("facts.item_title", Label::Item);
            f.sku = take("facts.sku", Label::Sku);
        }
        Kind::Chargeback => f.respond_by = take("facts.respond_by", Label::RespondBy),
        Kind::DeliveryFailure => f.failed_subject = take("facts.failed_subject", Label::Subject),
        Kind::RefundNotification => {
            f.item_title = take("facts.item_title", Label::Item);
            f.quantity = take("facts.quantity", Label::Quantity).and_then(|q| q.trim().parse().ok());
        }
        Kind::BuyerMessage | Kind::MessageCopy => {}
    }
    if kind == Kind::AtozClaim {
        let header = message.header("x-space-notification-type").map(|v| v.trim().to_ascii_uppercase());
        let (stage, why) = claim_stage(header.as_deref(), &lower);
        notes.push(("facts.claim", why));
        f.claim = Some(stage);
        if stage == ClaimStage::Granted {
            f.paid_by = found(&lower, FUNDED_BY_AMAZON)
                .map(|p| (Payer::Amazon, p))
                .or_else(|| found(&lower, DEBITED_FROM_SELLER).map(|p| (Payer::Seller, p)))
                .map(|(payer, p)| {
                    notes.push(("facts.paid_by", why!("notice says \"{p}\"")));
                    payer
                });
        }
    }
    if kind == Kind::DeliveryFailure {
        let header = message.header("x-space-notification-type").map(|v| v.trim().to_ascii_uppercase());
        let (reason, why) = failure_reason(header.as_deref(), &lower);
        notes.push(("facts.failure", why));
        f.failure = Some(reason);
    }
    (f, notes)
}

fn found(lower: &str, phrases: &[&'static str]) -> Option<&'static str> {
    phrases.iter().find(|p| lower.contains(*p)).copied()
}

fn claim_stage(header: Option<&str>, lower: &str) -> (ClaimStage, String) {
    if let Some(p) = found(lower, CLAIM_DENIED) {
        return (ClaimStage::Denied, why!("notice says \"{p}\""));
    }
    if let Some(p) = found(lower, CLAIM_GRANTED) {
        return (ClaimStage::Granted, why!("notice says \"{p}\""));
    }
    match header {
        Some("A_Z_CLAIM_RESPONDENT_CLOSE") => {
            (ClaimStage::Decided, "X-Space-Notification-Type A_Z_CLAIM_RESPONDENT_CLOSE".into())
        }
        Some("A_Z_CLAIM_RESPONDENT_NOTIFY") => {
            (ClaimStage::Received, "X-Space-Notification-Type A_Z_CLAIM_RESPONDENT_NOTIFY".into())
        }
        _ => match found(lower, CLAIM_DECISION) {
            Some(p) => (ClaimStage::Decided, why!("notice says \"{p}\"")),
            None => (ClaimStage::Received, "no decision in the notice: a new claim".into()),
        },
    }
}

fn failure_reason(header: Option<&str>, lower: &str) -> (FailureReason, String) {
    if header == Some("BUYER_OPTED_OUT_BSM_MESSAGES") {
        return (FailureReason::OptedOut, "X-Space-Notification-Type BUYER_OPTED_OUT_BSM_MESSAGES".into());
    }
    FAILURE_PHRASES
        .iter()
        .find_map(|(reason, phrases)| found(lower, phrases).map(|p| (*reason, why!("notice says \"{p}\""))))
        .unwrap_or((FailureReason::Other, "the notice gives no reason this build knows".into()))
}

/// "2 von 5", "1 out of 5", "2/5", "1" → the stars.
fn rating(value: &str) -> Option<u8> {
    let value = value.trim();
    let digit = value.chars().next()?.to_digit(10)?;
    let rest = letter_case::lower(value[1..].trim_start());
    let scale_ok = rest.is_empty()
        || OUT_OF.iter().any(|w| rest.strip_prefix(w).is_some_and(|r| r.trim_start().starts_with('5')))
        || rest.starts_with(|c: char| !c.is_ascii_digit());
    (1..=5).contains(&digit).then_some(digit as u8).filter(|_| scale_ok)
}

/// Label → value pairs of a notice: "Label: value" lines, HTML tables (a header row over a value
/// row), and the same table as text (one label per line, then one value per line).
struct Labelled {
    pairs: Vec<(Label, String, &'static str)>,
}

impl Labelled {
    fn read(text: &str, html: &str) -> Labelled {
        let mut pairs = Vec::new();
        for (header, values) in table_rows(html) {
            for (h, v) in header.iter().zip(values.iter()) {
                if let Some(label) = label_of(h) {
                    pairs.push((label, v.clone(), "table column in the notice"));
                }
            }
        }
        let lines: Vec<&str> = text.lines().map(|l| l.trim().trim_start_matches(['-', '•', '*', '·']).trim()).collect();
        for (i, line) in lines.iter().enumerate() {
            if let Some((label, value)) = label_line(line) {
                let value = if value.is_empty() { lines.get(i + 1).copied().unwrap_or("") } else { value };
                pairs.push((label, value.to_string(), "labelled line in the notice"));
            }
        }
        pairs.extend(columns(&lines));
        pairs.retain(|(_, v, _)| !v.trim().is_empty() && label_of(v).is_none());
        for (_, v, _) in &mut pairs {
            *v = shorten(v.trim());
        }
        Labelled { pairs }
    }

    /// The first value of `label` that `parse` accepts (a French "Note:" is a rating only when
    /// it holds one).
    fn find<T>(&self, label: Label, parse: impl Fn(&str) -> Option<T>) -> Option<(T, &'static str)> {
        self.pairs.iter().filter(|(l, _, _)| *l == label).find_map(|(_, v, how)| Some((parse(v)?, *how)))
    }
}

fn shorten(v: &str) -> String {
    match v.char_indices().nth(MAX_VALUE) {
        Some((cut, _)) => format!("{}…", &v[..cut]),
        None => v.to_string(),
    }
}

/// The label a whole cell or line is, if any.
fn label_of(text: &str) -> Option<Label> {
    // Turkish "İ" lower-cases to "i" and a combining dot.
    let t = letter_case::lower(text.trim().trim_end_matches([':', '：']).trim()).replace('\u{307}', "");
    LABELS.iter().find(|(_, words)| words.contains(&t.as_str())).map(|(l, _)| *l)
}

/// "Label: value" (or "Label:" with the value on the next line).
fn label_line(line: &str) -> Option<(Label, &str)> {
    let (head, value) = line.split_once([':', '：'])?;
    if head.chars().count() > 40 {
        return None;
    }
    Some((label_of(head)?, value.trim()))
}

/// The text form of a table: a run of lines that are all labels, then as many values.
fn columns(lines: &[&str]) -> Vec<(Label, String, &'static str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let run: Vec<Label> = lines[i..].iter().map_while(|l| label_of(l).filter(|_| !l.contains(':'))).collect();
        if run.len() < 2 {
            i += 1;
            continue;
        }
        let values = lines[i + run.len()..].iter().filter(|l| !l.is_empty()).take(run.len());
        out.extend(run.iter().zip(values).map(|(l, v)| (*l, v.to_string(), "table column in the notice")));
        i += run.len();
    }
    out
}

/// (header cells, value cells) of each HTML table row that follows a row of `<th>`s.
fn table_rows(html: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let lower = html.to_ascii_lowercase();
    let rows: Vec<(bool, Vec<String>)> = lower
        .match_indices("<tr")
        .map(|(at, _)| {
            let end = lower[at + 3..].find("<tr").map_or(lower.len(), |n| at + 3 + n);
            cells(&html[at..end], &lower[at..end])
        })
        .collect();
    rows.windows(2)
        .filter(|w| w[0].0 && !w[1].0 && w[0].1.len() == w[1].1.len())
        .map(|w| (w[0].1.clone(), w[1].1.clone()))
        .collect()
}

/// Whether a row is a header row, and its cells' text. One pass over the row's tags.
fn cells(row: &str, lower: &str) -> (bool, Vec<String>) {
    let mut out = Vec::new();
    let mut header = false;
    let mut open: Option<usize> = None;
    for (at, _) in lower.match_indices("<t") {
        let next = lower.as_bytes().get(at + 2).copied();
        if !matches!(next, Some(b'h' | b'd')) || at > 0 && lower.as_bytes()[at - 1] == b'/' {
            continue;
        }
        if let Some(body) = open.take().filter(|&body| body <= at) {
            out.push(cell_text(&row[body..at]));
        }
        header |= next == Some(b'h');
        // A cell's opening tag is short; looking further for its `>` would make a run of
        // unclosed "<t" quadratic.
        let window = &lower.as_bytes()[at..lower.len().min(at + MAX_TAG)];
        open = window.iter().position(|&b| b == b'>').map(|gt| at + gt + 1);
    }
    if let Some(body) = open {
        out.push(cell_text(&row[body..]));
    }
    (header, out)
}

/// A cell's text, up to its closing tag (`</td>`, `</tr>`, `</table>`: whatever comes first).
fn cell_text(html: &str) -> String {
    let lower_end = html.to_ascii_lowercase().find("</t").unwrap_or(html.len());
    html_to_text(&html[..lower_end]).split_whitespace().collect::<Vec<_>>().join(" ")
}
