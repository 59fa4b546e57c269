//! A cautious guess of a text's language: a reply's, to warn when it differs from the buyer's, and
//! a buyer's, to answer in it. Japanese and Chinese are told by script (kana means Japanese); the
//! others by their most frequent short words and by the words written with a letter only their
//! alphabet has (Turkish `ı`, Polish `ł`, Arabic script). No guess for short texts or close
//! calls: a wrong warning or reply language costs more than a missing one.

use std::sync::OnceLock;

use super::phrase::{is_cjk, is_kana, normalize, Token};
use super::words;
use crate::core::lang::Lang;
use crate::core::stable_sort;

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
        .map(|(lang, common)| {
            let letters = own_letters(*lang);
            let hits = tokens
                .iter()
                .filter(|t| !t.cjk && (common.contains(&t.norm) || text[t.start..t.end].chars().any(letters)));
            (*lang, hits.count())
        })
        .collect();
    stable_sort::sort_by_key(&mut scores, |&(_, hits)| [!(hits as u64), 0, 0]); // most hits first
    match scores.as_slice() {
        [(lang, best), (_, second), ..] if *best >= MIN_HITS && *best >= 2 * *second => Some(*lang),
        _ => None,
    }
}

/// Letters of one language's alphabet alone among the reply languages (`ç`, `ä`, `ö`, `ü` are in
/// several; `å` is Swedish here, as Danish and Norwegian are not reply languages).
fn own_letters(lang: Lang) -> fn(char) -> bool {
    match lang {
        Lang::Tr => |c| matches!(c, 'ı' | 'ş' | 'ğ' | 'İ' | 'Ş' | 'Ğ'),
        Lang::Pl => |c| matches!(c, 'ł' | 'ą' | 'ę' | 'ś' | 'ź' | 'ż' | 'ń' | 'Ł' | 'Ś' | 'Ż'),
        Lang::Pt => |c| matches!(c, 'ã' | 'õ' | 'Ã' | 'Õ'),
        Lang::Sv => |c| matches!(c, 'å' | 'Å'),
        Lang::Es => |c| matches!(c, 'ñ' | 'Ñ' | '¿' | '¡'),
        Lang::De => |c| c == 'ß',
        Lang::Fr => |c| matches!(c, 'œ' | 'ù' | 'û' | 'ë' | 'ï' | 'Œ'),
        Lang::Ar => |c| matches!(c, '\u{0621}'..='\u{064A}'),
        _ => |_| false,
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
    fn a_short_message_is_told_by_the_letters_only_its_alphabet_has() {
        let turkish =
            "Teşekkürler. Kargo hangi gün teslim edilecek? Cuma günü evde olmayacağım, kapıcıya bırakılabilir mi?";
        assert_eq!(g(turkish), Some(Lang::Tr));
        assert_eq!(g("Dzień dobry, paczka jeszcze nie dotarła. Kiedy mogę się jej spodziewać?"), Some(Lang::Pl));
        assert_eq!(g("متى يصل طلبي؟ لم أستلمه بعد"), Some(Lang::Ar));
        // One foreign name is no evidence against the words around it.
        assert_eq!(
            g("Hello Şükrü, thank you for your message. We have sent the parcel and it will arrive soon."),
            Some(Lang::En)
        );
    }

    #[test]
    fn short_or_mixed_texts_get_no_guess() {
        assert_eq!(g("Hello,"), None);
        assert_eq!(g("OK 302-1234567-1234567"), None);
        assert_eq!(g("商品"), None);
    }
}
