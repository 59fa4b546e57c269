//! The shape of one language's replies, which every `templates/<code>.rs` fills in.

/// One language's set of replies. A struct, not a map: a language cannot miss a template.
pub struct Replies {
    /// Opening line with `{buyer_name}`.
    pub greeting: &'static str,
    /// Opening line when the buyer's name is unknown.
    pub greeting_without_name: &'static str,
    /// Sign-off with `{seller_name}`.
    pub closing: &'static str,
    pub where_is_my_order: &'static str,
    pub return_instructions: &'static str,
    pub damaged_or_defective: &'static str,
    pub cancellation: &'static str,
    pub invoice_request: &'static str,
    pub thanks_for_patience: &'static str,
    /// Answer to a question about a product before purchase, with `{answer}` for the agent's text.
    pub product_question: &'static str,
    // issue 10: order-state replies
    /// Where is my order, before it has shipped: when it ships, with `{ship_by}`.
    /// (`where_is_my_order` is the text once it has shipped: carrier and tracking.)
    pub where_is_my_order_unshipped: &'static str,
    /// Where is my order, once the carrier reports it delivered.
    pub where_is_my_order_delivered: &'static str,
}
