//! Nederlands. "Beoordeling" is ook een inschatting ("na beoordeling van de foto's"), dus alleen met
//! "uw"/"je" of een bijvoeglijk naamwoord ervoor.

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::Nl,
    marketing: &[
        "kortingscode*", "actiecode*", "kortingsbon*", "waardebon*", "# % korting", "speciale aanbieding*",
        "exclusieve aanbieding*", "nieuwsbrief*", "abonneer u|je op", "volg|volgt ons", "onze website|webshop|webwinkel|site",
        "bezoek|bekijk onze|ons website|webshop|webwinkel|site|winkel",
        "bestel|koop|bestelt|koopt direct|rechtstreeks bij ons", "uw|je volgende bestelling|aankoop",
        // Buiten Amazon om: bellen, appen, mailen.
        "bel|belt ons", "bel|belt met ons", "app|appt ons", "stuur|stuurt ons een appje|berichtje",
        "neem|neemt contact met ons op per|via telefoon|e-mail|mail|sms",
        "neem|neemt per|via telefoon|e-mail|mail|sms contact met ons op",
    ],
    review_manipulation: &[
        "positieve|goede|lovende beoordeling*|recensie*|review*|waardering*", "# sterren", "vijf sterren",
        "uw|je beoordeling*|recensie*|review* .. aanpassen|wijzigen|verwijderen|intrekken|herzien|veranderen|bijwerken",
        "pas|wijzig|verwijder|herzie uw|je .. beoordeling*|recensie*|review*",
        "in ruil voor .. beoordeling*|recensie*|review*",
        "korting*|terugbetaling*|cadeau*|cadeaubon*|beloning* voor|na|bij een|uw|je positieve|goede? beoordeling*|recensie*|review*",
    ],
    review_request: &[
        "laat|schrijf|plaats|geef een|uw|je beoordeling*|recensie*|review*",
        "een|uw|je beoordeling*|recensie*|review* achterlaat|achterlaten|schrijft|schrijven|plaatst|plaatsen",
        "beoordeel ons|het product",
    ],
    phone_hints: &["tel", "telefoon", "telefonisch", "bel", "mobiel", "gsm", "fax", "whatsapp"],
    number_hints: &[
        "bestel", "order", "track", "zending", "factuur", "artikel", "referentie", "pakket", "serienummer",
        "klantnummer", "iban", "btw", "kvk",
    ],
    // Dutch only: "de" and "en" are French, Spanish and Portuguese too, "is" and "we" English.
    common: &[
        "het", "een", "van", "u", "uw", "wij", "niet", "voor", "op", "dat", "bij", "ook", "deze", "dit", "zijn",
        "wordt", "worden", "hebben", "heeft", "naar", "kunt", "graag", "bedankt", "hartelijk", "bericht",
        "bestelling",
    ],
};
