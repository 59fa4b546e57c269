//! The pure parts of the sidebar's Amazon-reply composer: templates to start from and the live
//! check against Amazon's messaging rules (buyer-messages.md §10).

pub mod compliance;
pub mod reply_lang;
pub mod templates;
