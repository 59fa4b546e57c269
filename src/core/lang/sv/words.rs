//! Svenska. Inga ensamma "omdöme": ett köpomdöme kan vara en bedömning; bara med "ditt"/"positivt".

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::Sv,
    marketing: &[
        "rabattkod*", "kampanjkod*", "kupong*", "# % rabatt", "specialerbjudande*", "exklusivt|exklusiva erbjudande*",
        "nyhetsbrev*", "prenumerera på", "följ oss", "vår|våran webbplats|hemsida|webbutik|nätbutik|sajt",
        "besök vår|våra|våran", "köp|beställ direkt av|från|hos oss", "ditt nästa köp", "din nästa beställning|order",
        // Utanför Amazon: ring, sms:a, skriv på WhatsApp.
        "ring oss", "ringa oss", "sms|sms:a|messa oss", "kontakta oss på|via|per telefon|sms|mejl|mail|e-post",
    ],
    review_manipulation: &[
        "positiv*|bra|högt|högsta|toppen omdöme*|recension*|betyg*|feedback", "# stjärnor", "fem stjärnor",
        "ändra|ändrar|radera|raderar|uppdatera|uppdaterar|justera|justerar ditt|din|dina .. omdöme*|recension*|betyg*",
        "ta bort ditt|din|dina .. omdöme*|recension*|betyg*",
        "i utbyte mot .. omdöme*|recension*|betyg*",
        "rabatt*|återbetalning*|presentkort*|gåva*|belöning*|gratis för|mot ett|en|ditt|din positiv*|bra? omdöme*|recension*|betyg*",
    ],
    review_request: &[
        "lämna|skriv|ge oss? ett|en|ditt|din .. omdöme*|recension*|betyg*",
        "betygsätt oss|produkten|varan",
    ],
    phone_hints: &["tel", "telefon", "ring", "mobil", "sms", "fax", "whatsapp"],
    number_hints: &[
        "order", "beställning", "spårning", "kolli", "faktura", "artikel", "referens", "paket", "ärende",
        "personnummer", "organisationsnummer", "orgnr",
    ],
    // Swedish only: "en" and "om" are Dutch too, "den" German, "kan" Dutch.
    common: &[
        "och", "att", "det", "är", "din", "ditt", "dina", "vi", "för", "med", "på", "inte", "som", "av",
        "till", "har", "tack", "här", "ett", "vår", "meddelande", "beställning", "dig",
    ],
};
