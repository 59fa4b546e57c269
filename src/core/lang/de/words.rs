//! Deutsch.

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::De,
    marketing: &[
        "gutschein*", "rabattcode*", "aktionscode*", "# % rabatt", "rabatt .. nächste*",
        "sonderangebot*", "exklusive* angebot*", "newsletter*", "abonnieren sie", "folgen sie uns",
        "folge|folgt uns", "unser*|unsere* website|webseite|homepage|onlineshop|internetseite",
        "unser* online shop", "besuchen sie unser*", "direkt bei uns .. bestell*|kauf*",
        "ihre|ihren nächste*|nächsten einkauf|bestellung",
        // Off Amazon: "call us".
        "rufen sie uns .. an", "rufen sie bei uns an", "ruf|ruft uns .. an",
    ],
    review_manipulation: &[
        "sehr? positive*|gute* bewertung*|rezension*|feedback|sternebewertung*",
        "# stern*", "fünf stern*", "volle punktzahl",
        "bewertung*|rezension*|feedback .. ändern|löschen|entfernen|zurückziehen|zurücknehmen|anpassen|überdenken|korrigieren",
        "ändern|löschen|entfernen|überdenken sie .. bewertung*|rezension*|feedback",
        // No gap before "Bewertung" here: it also means an assessment ("nach Bewertung des Zustands").
        "im austausch für|gegen eine|ihre positive*|gute*? bewertung*|rezension*|feedback",
        "gutschein*|rabatt*|erstattung*|geschenk*|belohnung*|gratis für|gegen eine|ihre positive*|gute*? bewertung*|rezension*|feedback",
    ],
    review_request: &[
        "bewertung*|rezension*|feedback .. hinterlassen|abgeben|schreiben|verfassen",
        "hinterlassen|schreiben sie .. bewertung*|rezension*|feedback",
        "bewerten sie uns",
        "freuen uns über .. bewertung*|rezension*|feedback",
    ],
    phone_hints: &["tel", "telefon", "anruf", "rufen", "handy", "mobil", "fax", "hotline", "durchwahl"],
    number_hints: &[
        "bestell", "sendung", "tracking", "rechnung", "artikel", "referenz", "seriennummer",
        "kundennummer", "paket", "iban", "vorgang", "auftrag",
    ],
    common: &[
        "der", "die", "das", "und", "ist", "sie", "ihre", "ihr", "ihnen", "wir", "nicht", "mit",
        "für", "bitte", "eine", "einen", "vielen", "dank", "haben", "wird", "werden", "bei", "zur",
        "uns", "auf", "diese",
    ],
};
