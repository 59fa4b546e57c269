//! A cautious guess of a reply's language, to warn when it differs from the buyer's. Japanese and
//! Chinese are told by script (kana means Japanese); the others by their most frequent short words.
//! No guess for short texts or close calls: a wrong warning costs more than a missing one.

use std::sync::OnceLock;

use super::phrase::{is_cjk, is_kana, normalize, Token};
use super::words;
use crate::core::lang::Lang;

/// Fewer frequent-word hits than this, no guess.
const MIN_HITS: usize = 4;
/// Fewer CJK characters than this, no guess by script.
const MIN_CJK: usize = 10;

pub(super) fn guess(text: &str, tokens: &[Token]) -> Option<Lang> {
    let kana = text.chars().filter(|c| is_kana(*c)).count();
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    if cjk >= MIN_CJK {
        return Some(if kana * 10 >= cjk { Lang::Ja } else { Lang::Zh });
    }
    let mut scores: Vec<(Lang, usize)> = common_words()
        .iter()
        .map(|(lang, common)| (*lang, tokens.iter().filter(|t| !t.cjk && common.contains(&t.norm)).count()))
        .collect();
    scores.sort_by_key(|(_, hits)| std::cmp::Reverse(*hits));
    match scores.as_slice() {
        [(lang, best), (_, second), ..] if *best >= MIN_HITS && *best >= 2 * *second => Some(*lang),
        _ => None,
    }
}

/// Each language's frequent words as the tokenizer spells them (`için` and `İÇİN` alike).
fn common_words() -> &'static [(Lang, Vec<String>)] {
    static COMMON: OnceLock<Vec<(Lang, Vec<String>)>> = OnceLock::new();
    COMMON.get_or_init(|| {
        words::ALL
            .iter()
            .filter(|w| !w.common.is_empty())
            .map(|w| (w.lang, w.common.iter().map(|c| normalize(c)).collect()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::super::phrase::tokenize;
    use super::*;

    fn g(text: &str) -> Option<Lang> {
        guess(text, &tokenize(text))
    }

    #[test]
    fn languages_are_recognised_from_ordinary_sentences() {
        assert_eq!(g("Thank you for your message. We have sent the parcel and it will arrive soon."), Some(Lang::En));
        assert_eq!(g("Vielen Dank für Ihre Nachricht. Wir haben das Paket heute an Sie versandt."), Some(Lang::De));
        assert_eq!(
            g("Merci pour votre message. Nous avons expédié le colis et il arrivera dans deux jours."),
            Some(Lang::Fr)
        );
        assert_eq!(g("La ringraziamo per il suo messaggio. Abbiamo spedito il pacco con il corriere."), Some(Lang::It));
        assert_eq!(
            g("Gracias por su mensaje. Hemos enviado el paquete y llegará con el transportista."),
            Some(Lang::Es)
        );
        assert_eq!(
            g("Dziękujemy za wiadomość. Paczka jest już w drodze do Państwa i nie trzeba nic robić."),
            Some(Lang::Pl)
        );
        assert_eq!(g("お問い合わせいただき、誠にありがとうございます。商品は本日発送いたしました。"), Some(Lang::Ja));
        assert_eq!(g("感谢您的留言。您的包裹已经发出，预计三天内送达。"), Some(Lang::Zh));
        assert_eq!(
            g("Agradecemos a sua mensagem. O seu pacote já foi enviado e você pode acompanhar a entrega."),
            Some(Lang::Pt)
        );
        assert_eq!(
            g("Hartelijk dank voor uw bericht. Het pakket is vandaag verzonden en wordt morgen bij u bezorgd."),
            Some(Lang::Nl)
        );
        assert_eq!(
            g("Tack för ditt meddelande. Paketet har skickats och kommer fram till dig i morgon."),
            Some(Lang::Sv)
        );
        assert_eq!(
            g("Mesajınız için teşekkür ederiz. Siparişiniz bugün kargoya verildi ve yarın size ulaşacak."),
            Some(Lang::Tr)
        );
        assert_eq!(g("MESAJINIZ İÇİN TEŞEKKÜR EDERİZ, SİPARİŞİNİZ BU SABAH KARGOYA VERİLDİ."), Some(Lang::Tr));
        assert_eq!(g("شكرًا لرسالتكم. تم شحن الطلب اليوم، ومن المتوقع أن يصل إلى عنوانكم غدًا."), Some(Lang::Ar));
    }

    #[test]
    fn short_or_mixed_texts_get_no_guess() {
        assert_eq!(g("Hello,"), None);
        assert_eq!(g("OK 302-1234567-1234567"), None);
        assert_eq!(g("商品"), None);
    }
}
