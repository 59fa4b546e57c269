//! Svenska svar med "du", som svenska e-handlare skriver till sina kunder. Efter "Hej …!" börjar
//! texten med versal; "varan ”…”" ger adjektiven rätt genus oavsett produktnamn.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Hej {buyer_name}!",
    greeting_without_name: "Hej!",
    closing: "Vänliga hälsningar\n{seller_name}",

    where_is_my_order: "Tack för ditt meddelande om beställning {order_id}.\n\n\
        Ditt paket med ”{item_title}” har skickats med {carrier}. Spårningsnumret är {tracking_number} och \
        paketet beräknas komma fram senast den {deliver_by}. Du kan när som helst följa leveransen under \
        Beställningar i ditt Amazon-konto.\n\n\
        Om paketet inte har kommit fram senast den {deliver_by} kan du svara på det här meddelandet, så \
        startar vi direkt en utredning hos transportföretaget.",

    return_instructions: "Tack för ditt meddelande om beställning {order_id}.\n\n\
        Du kan returnera varan ”{item_title}” via Amazons returcenter: öppna Beställningar i ditt \
        Amazon-konto, markera den här beställningen och välj att returnera varan. Där hittar du returetiketten \
        och alla instruktioner.\n\n\
        Så snart vi har tagit emot varan får du pengarna tillbaka via Amazon enligt returvillkoren.",

    damaged_or_defective: "Vi beklagar verkligen att varan ”{item_title}” från beställning {order_id} \
        var skadad vid leveransen eller inte fungerar som den ska.\n\n\
        För att vi ska kunna lösa det så snabbt som möjligt ber vi dig svara på det här meddelandet med ett \
        foto av varan och förpackningen och kort beskriva problemet. Sedan erbjuder vi dig en ny vara eller \
        full återbetalning, vilket du föredrar.\n\n\
        Du behöver inte skicka tillbaka varan innan vi har tittat på dina foton.",

    cancellation: "Vi har tagit emot din begäran om att avbryta beställning {order_id}.\n\n\
        Om beställningen inte har skickats än avbryter vi den, och du debiteras ingenting. Om paketet redan \
        har skickats med {carrier} kan vi tyvärr inte stoppa det. I så fall kan du vägra att ta emot \
        leveransen eller returnera varan ”{item_title}” under Beställningar i ditt Amazon-konto, så får du \
        tillbaka hela beloppet.",

    invoice_request: "Tack för ditt meddelande om beställning {order_id}.\n\n\
        Fakturan för ”{item_title}” finns bifogad i det här meddelandet. Du kan också när som helst ladda \
        ner den under Beställningar i ditt Amazon-konto: välj den här beställningen och klicka på Faktura.",

    thanks_for_patience: "Tack för ditt tålamod med beställning {order_id}.\n\n\
        Vi har en uppdatering: ”{item_title}” har skickats med {carrier} (spårningsnummer \
        {tracking_number}) och bör komma fram senast den {deliver_by}.\n\n\
        Vi ber om ursäkt för förseningen.",

    product_question: "Tack för din fråga och för ditt intresse för ”{item_title}”.\n\n\
        {answer}\n\n\
        Om något mer om produkten är oklart är det bara att svara på det här meddelandet, så hjälper vi \
        dig gärna.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "Tack för ditt meddelande om beställning {order_id}.\n\nDin beställning med ”{item_title}” har inte skickats än. Vi lämnar den till transportören senast {ship_by}, och leveransen väntas senast {deliver_by}. Så snart paketet har skickats kan du när som helst följa det under Dina beställningar på Amazon.\n\nOm du har andra frågor om beställningen kan du bara svara på det här meddelandet.",

    where_is_my_order_delivered: "Tack för ditt meddelande om beställning {order_id}.\n\nEnligt {carrier} har ditt paket med ”{item_title}” levererats (spårningsnummer {tracking_number}). Ibland lämnas paket hos en granne, utanför dörren eller på en säker plats, så titta gärna där först.\n\nOm du ändå inte hittar det kan du svara på det här meddelandet, så startar vi genast en utredning hos transportören.",
};
