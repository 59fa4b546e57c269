//! Italiano.

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::It,
    marketing: &[
        "codice|codici sconto", "codice|codici promozional*", "buono|buoni sconto", "# % di sconto",
        "offerta|offerte speciale|speciali", "offert* esclusiv*", "newsletter", "seguici", "seguiteci",
        "il nostro sito", "nostro negozio online", "acquist* direttamente", "prossimo acquisto",
        "prossimo ordine", "promozion*",
        // Off Amazon: "call us".
        "ci chiami|telefoni", "chiamateci", "telefonateci",
    ],
    review_manipulation: &[
        "recension*|valutazion* positiv*", "feedback positiv*", "buona|buone recension*|valutazion*",
        "# stelle", "cinque stelle",
        // "valutazione" alone is also an assessment ("valutazione del reso").
        "modificare|modificate|modifichi|cambiare|cambi|rimuovere|rimuova|eliminare|elimini|cancellare|cancelli|ritirare|ritiri .. recension*|feedback",
        "in cambio di|della|dell .. recension*|feedback|valutazion*",
        "rimborso|sconto|buono|regalo|coupon|omaggio per una|la|sua recension*|feedback",
    ],
    review_request: &[
        "lasciare|lasci|lasciarci|lasciateci|scrivere|scriva .. recension*|feedback",
    ],
    phone_hints: &["tel", "telefono", "chiam", "cellulare", "cell", "fax", "numero verde"],
    number_hints: &["ordine", "tracciamento", "spedizione", "fattura", "pacco", "riferimento", "articolo", "pratica"],
    common: &[
        "il", "di", "che", "per", "suo", "sua", "ci", "grazie", "questo", "della",
        "dell", "nel", "sono", "è", "lei", "abbiamo", "essere", "non", "già", "può", "anche", "ordine",
        "ringraziamo", "messaggio",
    ],
};
