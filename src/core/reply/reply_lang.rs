//! The language a reply starts in: the one the buyer wrote in, when their words say so clearly;
//! else Amazon's buyer locale (SP-API `GetAttributes`, `buyer.locale`) when the proxy has it;
//! else the marketplace's language. A Dutch buyer on amazon.de gets Dutch, a French-speaking
//! buyer on amazon.be French, a two-line "Hi, where is it?" the marketplace's language.

use crate::core::lang::Lang;
use crate::core::marketplace::Marketplace;

use super::compliance::written_in;
use super::templates::default_lang;

/// Why the reply starts in its language (the picker's `data-lang-source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    /// The buyer's own words are in it.
    Written,
    /// Amazon's buyer locale.
    BuyerLocale,
    /// The marketplace's language (English without a marketplace).
    Marketplace,
    /// The agent chose it.
    Chosen,
}

impl LangSource {
    pub fn as_str(self) -> &'static str {
        match self {
            LangSource::Written => "written",
            LangSource::BuyerLocale => "buyer-locale",
            LangSource::Marketplace => "marketplace",
            LangSource::Chosen => "chosen",
        }
    }
}

/// The reply language for a buyer's message `text` (the whole mail body: Amazon's wrapper is
/// cut off), the buyer's locale if known, and the marketplace.
pub fn reply_lang(text: &str, buyer_locale: Option<&str>, marketplace: Option<&Marketplace>) -> (Lang, LangSource) {
    if let Some(lang) = written_in(buyers_words(text)).filter(|l| Lang::REPLY.contains(l)) {
        return (lang, LangSource::Written);
    }
    if let Some(lang) = buyer_locale.and_then(Lang::reply_from_tag) {
        return (lang, LangSource::BuyerLocale);
    }
    (marketplace.map_or(Lang::En, |m| default_lang(m.language)), LangSource::Marketplace)
}

/// The buyer's own words in one of Amazon's relayed messages: what stands between the
/// `------------- Message: -------------` line and the next such line (whose word is in the
/// marketplace's language, as is the wrapper around it). A mail without one is all the buyer's.
pub fn buyers_words(text: &str) -> &str {
    let mut at = 0;
    let mut start = None;
    for line in text.split_inclusive('\n') {
        if is_ruler(line) {
            match start {
                None => start = Some(at + line.len()),
                Some(start) => return &text[start..at],
            }
        }
        at += line.len();
    }
    start.map_or(text, |start| &text[start..])
}

/// `----- Message: -----`, `------------- End message -------------`: dashes, a word, dashes.
fn is_ruler(line: &str) -> bool {
    let line = line.trim();
    let inner = line.trim_matches('-');
    line.starts_with("-----") && line.ends_with("-----") && !inner.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(wrapper: &str, label: &str, words: &str) -> String {
        format!("{wrapper}\n\n# 302-1234567-1234567:\n1 / Echo Pop [ASIN: B0BSHF7WHW]\n\n------------- {label}: -------------\n\n{words}\n\n------------- End message -------------\n\n{wrapper} {wrapper}")
    }

    fn by_code(code: &str) -> Option<&'static Marketplace> {
        Marketplace::by_code(code)
    }

    #[test]
    fn a_dutch_buyer_on_amazon_de_gets_dutch() {
        let text = mail(
            "Sie haben eine Nachricht erhalten. Bitte antworten Sie über Seller Central, wir danken Ihnen für die Nutzung.",
            "Nachricht",
            "Hallo, ik heb het pakket nog niet ontvangen. Kunt u mij laten weten wanneer het wordt bezorgd? Het is voor mijn dochter. Met vriendelijke groet",
        );
        assert_eq!(reply_lang(&text, None, by_code("DE")), (Lang::Nl, LangSource::Written));
    }

    #[test]
    fn a_french_speaking_buyer_on_amazon_be_gets_french() {
        let text = mail(
            "U hebt een bericht ontvangen.",
            "Bericht",
            "Bonjour, je n'ai toujours pas reçu ma commande. Pouvez-vous me dire quand elle sera livrée ? Merci beaucoup pour votre aide.",
        );
        assert_eq!(reply_lang(&text, None, by_code("BE")), (Lang::Fr, LangSource::Written));
        // The same buyer with too few words to tell: Amazon's locale, then the marketplace's.
        let short = mail("U hebt een bericht ontvangen.", "Bericht", "Bonjour, merci");
        assert_eq!(reply_lang(&short, Some("fr_BE"), by_code("BE")), (Lang::Fr, LangSource::BuyerLocale));
        assert_eq!(reply_lang(&short, None, by_code("BE")), (Lang::Nl, LangSource::Marketplace));
    }

    #[test]
    fn the_wrapper_in_the_marketplaces_language_is_not_the_buyers_words() {
        let wrapper =
            "Sie haben eine Nachricht erhalten. Sie können über Seller Central antworten, und wir danken Ihnen.";
        let text = mail(wrapper, "Nachricht", "ok");
        assert_eq!(buyers_words(&text).trim(), "ok");
        assert_eq!(reply_lang(&text, None, by_code("TR")), (Lang::Tr, LangSource::Marketplace));
        // A plain mail is all the buyer's.
        let plain =
            "Hello, I have not received my parcel yet. Could you tell me when it will be delivered to my address?";
        assert_eq!(buyers_words(plain), plain);
        assert_eq!(reply_lang(plain, Some("de-DE"), by_code("DE")), (Lang::En, LangSource::Written));
    }

    #[test]
    fn unknown_locales_and_no_marketplace_fall_back() {
        assert_eq!(reply_lang("", Some("ko-KR"), None), (Lang::En, LangSource::Marketplace));
        assert_eq!(reply_lang("-----x-----", Some(""), by_code("JP")), (Lang::Ja, LangSource::Marketplace));
        for text in ["------------- Message: -------------", "-----a-----\n", "\n-----a-----\n-----b-----", "-----"] {
            let _ = reply_lang(text, None, None);
            assert!(text.contains(buyers_words(text)));
        }
    }
}
