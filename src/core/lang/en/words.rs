//! English.

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::En,
    marketing: &[
        "coupon*", "promo code*", "promotional code*", "discount code*", "voucher code*", "# % off",
        "percent off", "special offer*", "exclusive offer*", "limited time offer*", "flash sale*",
        "on sale", "big sale", "black friday", "cyber monday", "newsletter*", "mailing list",
        "subscribe to our", "sign up for our", "follow us", "like us on", "our website", "our web site", "our online shop",
        "our online store", "visit our store|shop", "check out our", "our other products",
        "buy|order|purchase directly from us", "your next purchase", "off your next",
        "facebook", "instagram", "tiktok", "twitter", "youtube", "pinterest", "whatsapp", "wechat",
        // Off Amazon: "call us".
        "call|phone|ring us", "give us a call|ring",
    ],
    // "review" is also a verb ("once we review your return"), so no gaps before it here.
    review_manipulation: &[
        "positive|good|great|glowing|excellent review|reviews|feedback|rating|ratings",
        "# star|stars", "five star|stars", "full stars", "★★★★★",
        "change|update|remove|delete|revise|edit|withdraw|retract|reconsider|amend|modify|improve your|the|this|that negative|bad|critical|poor|low|recent|previous|product|seller? #|one|two|three? star|stars? review|reviews|feedback|rating|ratings",
        "take down your|the .. review|reviews|feedback",
        "review|reviews|feedback|rating|ratings removed|deleted|changed|revised|withdrawn",
        "in exchange|return for a|an|your honest|positive|good|#|five? star? review|reviews|feedback|rating|ratings",
        "refund*|discount*|coupon*|voucher*|gift*|reward*|compensat*|cashback|free .. for|after a|an|your honest|positive|good|#|five? star? review|reviews|feedback|rating|ratings",
    ],
    review_request: &[
        "leave|write|post|give|share us|me? a|an|your|some honest|quick|short? review|reviews|feedback|rating",
        "rate us",
    ],
    phone_hints: &["tel", "phone", "call", "mobile", "cell", "fax", "hotline", "whatsapp", "sms", "text us"],
    number_hints: &[
        "order", "tracking", "track", "invoice", "asin", "isbn", "iban", "reference", "ref", "item",
        "sku", "model", "serial", "parcel", "shipment", "case", "account",
    ],
    common: &[
        "the", "and", "you", "your", "we", "our", "is", "are", "to", "of", "for", "with", "this",
        "that", "will", "have", "please", "thank", "has", "been", "be", "it",
    ],
};
