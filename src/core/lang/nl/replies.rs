//! Nederlandse antwoorden met "u", zoals webwinkels hun klanten aanschrijven. Na "Beste …," begint
//! de tekst met een hoofdletter.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Beste {buyer_name},",
    greeting_without_name: "Beste klant,",
    closing: "Met vriendelijke groet,\n{seller_name}",

    where_is_my_order: "Hartelijk dank voor uw bericht over bestelling {order_id}.\n\n\
        Uw pakket met {item_title} is meegegeven aan {carrier}. De track-and-tracecode is \
        {tracking_number} en de bezorging wordt uiterlijk {deliver_by} verwacht. U kunt de zending op elk \
        moment volgen via Bestellingen in uw Amazon-account.\n\n\
        Is het pakket op {deliver_by} nog niet bij u bezorgd? Beantwoord dan dit bericht, dan starten wij \
        direct een onderzoek bij de vervoerder.",

    return_instructions: "Hartelijk dank voor uw bericht over bestelling {order_id}.\n\n\
        U kunt {item_title} eenvoudig retourneren via het online retourcentrum van Amazon: open \
        Bestellingen in uw Amazon-account, selecteer deze bestelling en kies voor retourneren. Daar vindt u \
        het retourlabel en alle verdere instructies.\n\n\
        Zodra wij het artikel hebben ontvangen, betaalt Amazon u het bedrag terug volgens het \
        retourbeleid.",

    damaged_or_defective: "Het spijt ons zeer dat {item_title} uit bestelling {order_id} beschadigd is \
        aangekomen of niet goed werkt.\n\n\
        Om dit zo snel mogelijk op te lossen, vragen wij u dit bericht te beantwoorden met een foto van het \
        artikel en van de verpakking, en het probleem kort te beschrijven. Daarna bieden wij u naar keuze \
        een vervangend artikel of een volledige terugbetaling aan.\n\n\
        U hoeft het artikel niet terug te sturen voordat wij uw foto's hebben bekeken.",

    cancellation: "Wij hebben uw verzoek ontvangen om bestelling {order_id} te annuleren.\n\n\
        Is de bestelling nog niet verzonden, dan annuleren wij deze en betaalt u niets. Is het pakket al \
        aan {carrier} meegegeven, dan kunnen wij het helaas niet meer tegenhouden. In dat geval kunt u de \
        levering weigeren of {item_title} retourneren via Bestellingen in uw Amazon-account; u krijgt dan \
        het volledige bedrag terug.",

    invoice_request: "Hartelijk dank voor uw bericht over bestelling {order_id}.\n\n\
        De factuur voor {item_title} vindt u als bijlage bij dit bericht. U kunt deze ook altijd downloaden \
        via Bestellingen in uw Amazon-account: selecteer deze bestelling en klik op Factuur.",

    thanks_for_patience: "Hartelijk dank voor uw geduld met bestelling {order_id}.\n\n\
        Er is nieuws: {item_title} is meegegeven aan {carrier} (track-and-tracecode {tracking_number}) en \
        wordt uiterlijk {deliver_by} bij u bezorgd.\n\n\
        Onze excuses voor de vertraging.",

    product_question: "Hartelijk dank voor uw vraag en voor uw interesse in {item_title}.\n\n\
        {answer}\n\n\
        Is er verder nog iets onduidelijk over dit artikel? Beantwoord dan gerust dit bericht; wij helpen u \
        graag verder.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "Hartelijk dank voor uw bericht over bestelling {order_id}.\n\nUw bestelling met {item_title} is nog niet verzonden. Wij geven deze uiterlijk {ship_by} mee aan de vervoerder, en de levering wordt verwacht vóór {deliver_by}. Zodra het pakket onderweg is, kunt u het op elk moment volgen via Mijn bestellingen op Amazon.\n\nHeeft u nog een andere vraag over de bestelling, beantwoord dan gewoon dit bericht.",

    where_is_my_order_delivered: "Hartelijk dank voor uw bericht over bestelling {order_id}.\n\nVolgens {carrier} is uw pakket met {item_title} bezorgd (track-and-tracecode {tracking_number}). Pakketten worden soms bij de buren, voor de deur of op een veilige plek achtergelaten; kijkt u daar eerst even.\n\nKunt u het pakket dan nog steeds niet vinden, beantwoord dan dit bericht. Wij starten direct een onderzoek bij de vervoerder.",
};
