//! The shape of one language's replies, which every `lang/<code>/replies.rs` fills in.

/// One language's set of replies. A struct, not a map: a language cannot miss a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl Replies {
    /// How many texts a language's replies have.
    pub const FIELDS: usize = 12;

    /// Every text, in the order of a pack file.
    pub fn fields(&self) -> [&'static str; Replies::FIELDS] {
        [
            self.greeting,
            self.greeting_without_name,
            self.closing,
            self.where_is_my_order,
            self.return_instructions,
            self.damaged_or_defective,
            self.cancellation,
            self.invoice_request,
            self.thanks_for_patience,
            self.product_question,
            self.where_is_my_order_unshipped,
            self.where_is_my_order_delivered,
        ]
    }

    /// The replies of [`Replies::fields`].
    pub fn from_fields(f: [&'static str; Replies::FIELDS]) -> Replies {
        let [greeting, greeting_without_name, closing, where_is_my_order, return_instructions, damaged_or_defective, cancellation, invoice_request, thanks_for_patience, product_question, where_is_my_order_unshipped, where_is_my_order_delivered] =
            f;
        Replies {
            greeting,
            greeting_without_name,
            closing,
            where_is_my_order,
            return_instructions,
            damaged_or_defective,
            cancellation,
            invoice_request,
            thanks_for_patience,
            product_question,
            where_is_my_order_unshipped,
            where_is_my_order_delivered,
        }
    }
}
