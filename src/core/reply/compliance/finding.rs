//! What the compliance check finds: a [`Finding`] of a [`Rule`] at a [`Severity`], pointing at
//! the text in the units the editors need.

use serde::Serialize;

use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;

/// The longest excerpt a finding carries, in characters.
pub(super) const EXCERPT_CHARS: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The reply must not be sent like this.
    Block,
    /// Worth a look; the agent decides.
    Warn,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Email,
    Emoji,
    /// A link to a host that is not Amazon's.
    Link,
    /// An Amazon link over plain `http://`.
    InsecureLink,
    Marketing,
    ReviewManipulation,
    ReviewRequest,
    Phone,
    AttachmentTooLarge,
    AttachmentType,
    Important,
    Empty,
    Placeholder,
    /// The reply seems not to be in the buyer's language.
    Language {
        expected: Lang,
    },
}

impl Rule {
    /// A stable machine name (`review_manipulation`), for CSS classes and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Email => "email",
            Rule::Emoji => "emoji",
            Rule::Link => "link",
            Rule::InsecureLink => "insecure_link",
            Rule::Marketing => "marketing",
            Rule::ReviewManipulation => "review_manipulation",
            Rule::ReviewRequest => "review_request",
            Rule::Phone => "phone",
            Rule::AttachmentTooLarge => "attachment_too_large",
            Rule::AttachmentType => "attachment_type",
            Rule::Important => "important",
            Rule::Empty => "empty",
            Rule::Placeholder => "placeholder",
            Rule::Language { .. } => "language",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Rule::Email
            | Rule::Emoji
            | Rule::Link
            | Rule::InsecureLink
            | Rule::Marketing
            | Rule::ReviewManipulation => Severity::Block,
            Rule::ReviewRequest
            | Rule::Phone
            | Rule::AttachmentTooLarge
            | Rule::AttachmentType
            | Rule::Important
            | Rule::Empty
            | Rule::Placeholder
            | Rule::Language { .. } => Severity::Warn,
        }
    }

    /// The message for the agent: what is wrong and what to do.
    pub fn text(self) -> Text {
        match self {
            Rule::Email => Text::FindingEmail,
            Rule::Emoji => Text::FindingEmoji,
            Rule::Link => Text::FindingLink,
            Rule::InsecureLink => Text::FindingInsecureLink,
            Rule::Marketing => Text::FindingMarketing,
            Rule::ReviewManipulation => Text::FindingReviewManipulation,
            Rule::ReviewRequest => Text::FindingReviewRequest,
            Rule::Phone => Text::FindingPhone,
            Rule::AttachmentTooLarge => Text::FindingAttachmentTooLarge,
            Rule::AttachmentType => Text::FindingAttachmentType,
            Rule::Important => Text::FindingImportant,
            Rule::Empty => Text::FindingEmpty,
            Rule::Placeholder => Text::FindingPlaceholder,
            Rule::Language { .. } => Text::FindingLanguage,
        }
    }
}

/// One problem, pointing at the text that causes it. Findings about attachments or the
/// `[Important]` flag have an empty range at 0.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// UTF-16 code units, for `textarea.setSelectionRange(start, end)`.
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// The offending text (shortened), or the attachment's file name.
    pub excerpt: String,
    /// Index into [`super::CheckContext::attachments`] for attachment findings.
    pub attachment: Option<usize>,
}

impl Finding {
    /// The finding's message in the UI language, with the file name or language filled in.
    pub fn message(&self, ui: Lang) -> String {
        let language = match self.rule {
            Rule::Language { expected } => expected.native_name(),
            _ => "",
        };
        fill(t(ui, self.rule.text()), &[("name", &self.excerpt), ("language", language)])
    }
}

/// UTF-16 and character offsets of byte positions asked in increasing order: each answer counts
/// only the text since the previous one, so a reply with thousands of findings stays linear.
pub(super) struct Offsets<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
    chars: usize,
}

impl<'a> Offsets<'a> {
    pub(super) fn new(text: &'a str) -> Offsets<'a> {
        Offsets { text, byte: 0, utf16: 0, chars: 0 }
    }

    fn at(&mut self, byte: usize) -> (usize, usize) {
        let step = &self.text[self.byte..byte];
        self.utf16 += step.encode_utf16().count();
        self.chars += step.chars().count();
        self.byte = byte;
        (self.utf16, self.chars)
    }
}

pub(super) fn text_finding(offsets: &mut Offsets, rule: Rule, byte_start: usize, byte_end: usize) -> Finding {
    let span = &offsets.text[byte_start..byte_end];
    let (start, char_start) = offsets.at(byte_start);
    Finding {
        rule,
        severity: rule.severity(),
        start,
        end: start + span.encode_utf16().count(),
        char_start,
        char_end: char_start + span.chars().count(),
        byte_start,
        byte_end,
        excerpt: excerpt(span),
        attachment: None,
    }
}

pub(super) fn context_finding(rule: Rule, excerpt: &str, attachment: Option<usize>) -> Finding {
    Finding {
        rule,
        severity: rule.severity(),
        start: 0,
        end: 0,
        char_start: 0,
        char_end: 0,
        byte_start: 0,
        byte_end: 0,
        excerpt: excerpt.to_string(),
        attachment,
    }
}

fn excerpt(span: &str) -> String {
    let mut chars = span.chars();
    let mut out: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}
