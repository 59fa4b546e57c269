//! Polski. Bez samego „ocena”: „ocena stanu produktu” to zwykłe słowo przy reklamacjach.

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::Pl,
    marketing: &[
        "kupon*", "kod* rabatow*", "kod* promocyjn*", "# % rabatu|zniżki", "ofert* specjaln*",
        "newsletter*", "obserwuj* nas", "polub* nas", "nasz* stron* internetow*",
        "nasz* sklep* internetow*", "bezpośrednio u nas", "kolejn*|następn* zakup*", "promocj*",
        // Off Amazon: "call us".
        "zadzwoń|zadzwońcie|zadzwonić|zadzwonią do nas",
    ],
    review_manipulation: &[
        "pozytywn*|dobr* opini*|recenzj*|ocen*|komentarz*", "# gwiazd*", "pięć gwiazd*",
        "zmień|zmienić|zmiana|zmianę|usuń|usunąć|usunięcie|edytuj|edytować|wycofać|wycofaj|popraw|poprawić .. opini*|recenzj*|komentarz*",
        "opini*|recenzj* .. zmienić|usunąć|wycofać|poprawić",
        "w zamian za .. opini*|recenzj*|ocen*",
        "rabat*|kupon*|prezent*|upomin* za .. opini*|recenzj*",
    ],
    review_request: &[
        "wystaw*|zostaw*|napisz*|dodaj*|podziel* .. opini*|recenzj*|komentarz*",
    ],
    phone_hints: &["tel", "telefon", "zadzwo", "komórk", "fax", "infolinia"],
    number_hints: &["zamówieni", "przesyłk", "śledz", "faktur", "paczk", "referencyjn", "artykuł", "zgłoszeni"],
    common: &[
        "się", "jest", "nie", "na", "do", "że", "za", "państwo", "państwa", "dziękujemy",
        "zamówienia", "jeśli", "lub", "oraz", "przez", "może", "tym", "tego",
    ],
};
