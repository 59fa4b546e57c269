//! The shape of one language's word table, which every `lang/<code>/words.rs` fills in.

use crate::core::lang::Lang;

/// One language's words, in the pattern syntax of `compliance/phrase.rs`.
pub struct Words {
    pub lang: Lang,
    /// Block: advertising, coupons, social media, sending the buyer away from Amazon (our
    /// website, call us, write to us on WhatsApp).
    pub marketing: &'static [&'static str],
    /// Block: incentives for reviews, positive-only requests, asking to change or remove a review.
    pub review_manipulation: &'static [&'static str],
    /// Warn: a neutral request for a review (allowed once per order).
    pub review_request: &'static [&'static str],
    /// Words that say the next number is a phone number ("Tel.", "電話").
    pub phone_hints: &'static [&'static str],
    /// Words that say the next number is something else (order, tracking, invoice numbers).
    pub number_hints: &'static [&'static str],
    /// Frequent words that identify the language of a reply: words of this language only, as
    /// another language's frequent word would blur the guess (`en` is "in" in French and "and"
    /// in Dutch). Empty for Japanese and Chinese, whose scripts identify them.
    pub common: &'static [&'static str],
}
