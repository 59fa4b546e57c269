//! Amazon's 24-hour response clock (buyer-messages.md §10, Contact Response Time): every buyer
//! message must be answered within 24 calendar hours, weekends and holidays included. The clock
//! runs from the **oldest** buyer message not yet answered, because Amazon measures each message;
//! helpdesks that show the latest message's time make agents misjudge the deadline.

use chrono::{DateTime, TimeDelta, Utc};

use crate::core::i18n::{fill, t, Text};
use crate::core::lang::Lang;
use crate::core::stable_sort;

/// Amazon's response window.
pub const RESPONSE_WINDOW: TimeDelta = TimeDelta::hours(24);

/// Below this much time left the clock turns to a warning.
pub const WARNING_BEFORE: TimeDelta = TimeDelta::hours(6);

/// Who wrote a message of the thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    Buyer,
    /// A person on the seller's side: this answers the buyer.
    Seller,
    /// An out-of-office or helpdesk auto-responder: Amazon does not count it as an answer.
    AutoReply,
    /// Amazon's own notifications (returns, claims, copies): neither ask nor answer.
    Amazon,
}

/// One message of a ticket's thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadEntry {
    pub author: Author,
    pub at: DateTime<Utc>,
    /// The buyer message was marked "no response needed" in Seller Central: it leaves the metric.
    pub no_response_needed: bool,
}

/// The state of the clock at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Nothing is waiting for an answer.
    NoneDue,
    Due {
        /// The oldest unanswered buyer message.
        since: DateTime<Utc>,
        deadline: DateTime<Utc>,
        remaining: TimeDelta,
        /// Less than [`WARNING_BEFORE`] left.
        warning: bool,
    },
    Overdue {
        since: DateTime<Utc>,
        deadline: DateTime<Utc>,
        by: TimeDelta,
    },
}

impl Clock {
    /// The clock of a thread at `now`. The entries may come in any order; entries with the same
    /// time keep their given order (a reply listed after a buyer message answers it).
    pub fn of(thread: &[ThreadEntry], now: DateTime<Utc>) -> Clock {
        let mut entries: Vec<&ThreadEntry> = thread.iter().collect();
        stable_sort::sort_by_key(&mut entries, |e| {
            let [secs, nanos] = stable_sort::time_key(e.at);
            [secs, nanos, 0]
        });
        let mut oldest_unanswered: Option<DateTime<Utc>> = None;
        for e in entries {
            match e.author {
                Author::Buyer if !e.no_response_needed => {
                    oldest_unanswered.get_or_insert(e.at);
                }
                Author::Seller => oldest_unanswered = None,
                Author::Buyer | Author::AutoReply | Author::Amazon => {}
            }
        }
        let Some(since) = oldest_unanswered else { return Clock::NoneDue };
        let deadline = since + RESPONSE_WINDOW;
        if now <= deadline {
            // A message stamped in the future (clocks of helpdesk and browser disagree) must not
            // show more than the whole window.
            let remaining = (deadline - now).min(RESPONSE_WINDOW);
            Clock::Due { since, deadline, remaining, warning: remaining < WARNING_BEFORE }
        } else {
            Clock::Overdue { since, deadline, by: now - deadline }
        }
    }

    /// The line the sidebar shows: "Answer within 5 h 12 min", "Overdue by 2 h", "Answered".
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Clock::NoneDue => t(lang, Text::Answered).to_string(),
            Clock::Due { remaining, .. } => {
                fill(t(lang, Text::AnswerWithin), &[("time", &format_duration(*remaining, lang))])
            }
            Clock::Overdue { by, .. } => fill(t(lang, Text::OverdueBy), &[("time", &format_duration(*by, lang))]),
        }
    }
}

/// A duration for people, in whole minutes: "5 h 12 min", "2 d 3 h", "45 min", "5時間12分".
/// Days show hours only (minutes no longer matter then). The sign is ignored, and any time under
/// a minute shows as 1 min so a running clock never reads "0 min" before it is over.
pub fn format_duration(d: TimeDelta, lang: Lang) -> String {
    let seconds = d.num_seconds().unsigned_abs();
    let mut minutes = seconds / 60;
    if minutes == 0 && seconds > 0 {
        minutes = 1;
    }
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let (d, h, m) = (days.to_string(), hours.to_string(), mins.to_string());
    let text = |text: Text, values: &[(&str, &str)]| fill(t(lang, text), values);
    match (days, hours, mins) {
        (1.., 0, _) => text(Text::DurationDays, &[("days", &d)]),
        (1.., _, _) => text(Text::DurationDaysHours, &[("days", &d), ("hours", &h)]),
        (0, 1.., 0) => text(Text::DurationHours, &[("hours", &h)]),
        (0, 1.., _) => text(Text::DurationHoursMinutes, &[("hours", &h), ("minutes", &m)]),
        (0, 0, _) => text(Text::DurationMinutes, &[("minutes", &m)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }
    fn buyer(s: &str) -> ThreadEntry {
        ThreadEntry { author: Author::Buyer, at: at(s), no_response_needed: false }
    }
    fn seller(s: &str) -> ThreadEntry {
        ThreadEntry { author: Author::Seller, at: at(s), no_response_needed: false }
    }
    fn entry(author: Author, s: &str) -> ThreadEntry {
        ThreadEntry { author, at: at(s), no_response_needed: false }
    }

    #[test]
    fn empty_thread_and_answered_thread_have_nothing_due() {
        assert_eq!(Clock::of(&[], at("2025-03-01T10:00:00Z")), Clock::NoneDue);
        let thread = [buyer("2025-03-01T08:00:00Z"), seller("2025-03-01T09:00:00Z")];
        assert_eq!(Clock::of(&thread, at("2025-03-01T10:00:00Z")), Clock::NoneDue);
        assert_eq!(Clock::NoneDue.label(Lang::En), "Answered");
    }

    #[test]
    fn two_buyer_messages_count_from_the_first() {
        let thread = [buyer("2025-03-01T08:00:00Z"), buyer("2025-03-01T20:00:00Z")];
        match Clock::of(&thread, at("2025-03-01T21:00:00Z")) {
            Clock::Due { since, deadline, remaining, warning } => {
                assert_eq!(since, at("2025-03-01T08:00:00Z"));
                assert_eq!(deadline, at("2025-03-02T08:00:00Z"));
                assert_eq!(remaining, TimeDelta::hours(11));
                assert!(!warning);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_reply_answers_every_earlier_buyer_message() {
        let thread = [buyer("2025-03-01T08:00:00Z"), buyer("2025-03-01T09:00:00Z"), seller("2025-03-01T10:00:00Z")];
        assert_eq!(Clock::of(&thread, at("2025-03-03T00:00:00Z")), Clock::NoneDue);
    }

    #[test]
    fn a_buyer_message_after_the_reply_starts_a_new_clock() {
        let thread = [buyer("2025-03-01T08:00:00Z"), seller("2025-03-01T10:00:00Z"), buyer("2025-03-01T12:30:00Z")];
        let clock = Clock::of(&thread, at("2025-03-01T13:00:00Z"));
        assert!(matches!(clock, Clock::Due { since, .. } if since == at("2025-03-01T12:30:00Z")), "{clock:?}");
        assert_eq!(clock.label(Lang::En), "Answer within 23 h 30 min");
    }

    #[test]
    fn entries_in_any_order_give_the_same_clock() {
        let mut thread =
            vec![buyer("2025-03-01T12:30:00Z"), seller("2025-03-01T10:00:00Z"), buyer("2025-03-01T08:00:00Z")];
        let now = at("2025-03-01T13:00:00Z");
        let a = Clock::of(&thread, now);
        thread.reverse();
        assert_eq!(a, Clock::of(&thread, now));
    }

    #[test]
    fn auto_replies_and_amazon_notices_do_not_stop_the_clock() {
        let thread = [
            buyer("2025-03-01T08:00:00Z"),
            entry(Author::AutoReply, "2025-03-01T08:00:05Z"),
            entry(Author::Amazon, "2025-03-01T09:00:00Z"),
        ];
        let clock = Clock::of(&thread, at("2025-03-01T10:00:00Z"));
        assert!(matches!(clock, Clock::Due { since, .. } if since == at("2025-03-01T08:00:00Z")), "{clock:?}");
    }

    #[test]
    fn no_response_needed_messages_drop_out() {
        let mut first = buyer("2025-03-01T08:00:00Z");
        first.no_response_needed = true;
        assert_eq!(Clock::of(&[first.clone()], at("2025-03-05T00:00:00Z")), Clock::NoneDue);
        // A later message still starts its own clock.
        let thread = [first, buyer("2025-03-01T18:00:00Z")];
        let clock = Clock::of(&thread, at("2025-03-01T19:00:00Z"));
        assert!(matches!(clock, Clock::Due { since, .. } if since == at("2025-03-01T18:00:00Z")), "{clock:?}");
    }

    #[test]
    fn past_the_deadline_is_overdue() {
        let thread = [buyer("2025-03-01T08:00:00Z")];
        let clock = Clock::of(&thread, at("2025-03-03T11:00:00Z"));
        match clock {
            Clock::Overdue { since, deadline, by } => {
                assert_eq!(since, at("2025-03-01T08:00:00Z"));
                assert_eq!(deadline, at("2025-03-02T08:00:00Z"));
                assert_eq!(by, TimeDelta::hours(27));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(clock.label(Lang::En), "Overdue by 1 d 3 h");
        assert_eq!(clock.label(Lang::De), "Seit 1 Tg. 3 Std. überfällig");
        assert_eq!(clock.label(Lang::Ja), "期限を1日3時間超過");
    }

    #[test]
    fn exactly_at_the_deadline_is_still_in_time() {
        let thread = [buyer("2025-03-01T08:00:00Z")];
        let clock = Clock::of(&thread, at("2025-03-02T08:00:00Z"));
        assert!(matches!(clock, Clock::Due { remaining, warning: true, .. } if remaining == TimeDelta::zero()));
        assert!(matches!(Clock::of(&thread, at("2025-03-02T08:00:01Z")), Clock::Overdue { .. }));
    }

    #[test]
    fn warning_under_six_hours_left() {
        let thread = [buyer("2025-03-01T08:00:00Z")];
        let warn = |now: &str| match Clock::of(&thread, at(now)) {
            Clock::Due { warning, .. } => warning,
            other => panic!("{other:?}"),
        };
        assert!(!warn("2025-03-02T02:00:00Z")); // exactly 6 h left
        assert!(warn("2025-03-02T02:00:01Z"));
        assert!(warn("2025-03-02T07:59:00Z"));
    }

    #[test]
    fn weekends_and_daylight_saving_do_not_change_the_window() {
        // Saturday noon UTC before Europe's spring-forward night: due Sunday noon UTC, 24 h later,
        // whatever the wall clock in Berlin did.
        let saturday = Utc.with_ymd_and_hms(2025, 3, 29, 12, 0, 0).unwrap();
        let thread = [ThreadEntry { author: Author::Buyer, at: saturday, no_response_needed: false }];
        match Clock::of(&thread, saturday) {
            Clock::Due { deadline, remaining, .. } => {
                assert_eq!(deadline, Utc.with_ymd_and_hms(2025, 3, 30, 12, 0, 0).unwrap());
                assert_eq!(remaining, TimeDelta::hours(24));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_message_from_the_future_never_shows_more_than_24_hours() {
        let thread = [buyer("2025-03-01T08:05:00Z")];
        let clock = Clock::of(&thread, at("2025-03-01T08:00:00Z"));
        assert!(matches!(clock, Clock::Due { remaining, .. } if remaining == RESPONSE_WINDOW), "{clock:?}");
    }

    #[test]
    fn same_time_reply_listed_after_the_message_answers_it() {
        let thread = [buyer("2025-03-01T08:00:00Z"), seller("2025-03-01T08:00:00Z")];
        assert_eq!(Clock::of(&thread, at("2025-03-01T09:00:00Z")), Clock::NoneDue);
    }

    #[test]
    fn durations_read_naturally_in_every_language() {
        let d = TimeDelta::hours(5) + TimeDelta::minutes(12);
        assert_eq!(format_duration(d, Lang::En), "5 h 12 min");
        assert_eq!(format_duration(d, Lang::De), "5 Std. 12 Min.");
        assert_eq!(format_duration(d, Lang::Ja), "5時間12分");
        assert_eq!(format_duration(d, Lang::Zh), "5小时12分钟");
        assert_eq!(format_duration(d, Lang::Pl), "5 godz. 12 min");
        let days = TimeDelta::days(2) + TimeDelta::hours(3) + TimeDelta::minutes(59);
        assert_eq!(format_duration(days, Lang::En), "2 d 3 h");
        assert_eq!(format_duration(days, Lang::Fr), "2 j 3 h");
        assert_eq!(format_duration(TimeDelta::days(2), Lang::It), "2 g");
        assert_eq!(format_duration(TimeDelta::hours(3), Lang::Es), "3 h");
        assert_eq!(format_duration(TimeDelta::minutes(45), Lang::En), "45 min");
        assert_eq!(format_duration(TimeDelta::seconds(20), Lang::En), "1 min");
        assert_eq!(format_duration(TimeDelta::zero(), Lang::En), "0 min");
        assert_eq!(format_duration(-TimeDelta::minutes(90), Lang::En), "1 h 30 min");
        // Extremes do not panic.
        for d in [TimeDelta::MAX, TimeDelta::MIN] {
            for lang in Lang::ALL {
                assert!(!format_duration(d, lang).is_empty());
            }
        }
    }

    #[test]
    fn labels_use_the_ui_language() {
        let thread = [buyer("2025-03-01T08:00:00Z")];
        let clock = Clock::of(&thread, at("2025-03-01T10:48:00Z"));
        assert_eq!(clock.label(Lang::En), "Answer within 21 h 12 min");
        assert_eq!(clock.label(Lang::Ja), "あと21時間12分以内に返信");
        assert_eq!(clock.label(Lang::Zh), "请在21小时12分钟内回复");
        assert_eq!(clock.label(Lang::Fr), "Répondre sous 21 h 12 min");
    }
}
