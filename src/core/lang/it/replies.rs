//! Risposte in italiano (del Lei). Dopo «Gentile …,» il testo prosegue con la minuscola.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Gentile {buyer_name},",
    greeting_without_name: "Gentile cliente,",
    closing: "Cordiali saluti,\n{seller_name}",

    where_is_my_order: "la ringraziamo per il suo messaggio sull'ordine {order_id}.\n\n\
        Il pacco con l'articolo «{item_title}» è stato affidato a {carrier}. Il numero di tracciamento è \
        {tracking_number} e la consegna è prevista entro il {deliver_by}. Può seguire la spedizione in \
        qualsiasi momento in «I miei ordini» su Amazon.\n\n\
        Se il pacco non dovesse arrivare entro il {deliver_by}, risponda pure a questo messaggio: \
        avvieremo subito una verifica con il corriere.",

    return_instructions: "la ringraziamo per il suo messaggio sull'ordine {order_id}.\n\n\
        Può restituire l'articolo «{item_title}» tramite il Centro resi online di Amazon: apra «I miei \
        ordini» su Amazon, selezioni questo ordine e scelga «Restituisci o sostituisci articoli». Lì \
        troverà l'etichetta di reso e tutte le istruzioni.\n\n\
        Non appena avremo ricevuto l'articolo, il rimborso verrà effettuato tramite Amazon secondo le \
        condizioni di reso.",

    damaged_or_defective: "ci dispiace molto che l'articolo «{item_title}» dell'ordine {order_id} sia \
        arrivato danneggiato o non funzioni correttamente.\n\n\
        Per risolvere il problema il prima possibile, le chiediamo di rispondere a questo messaggio \
        allegando una foto dell'articolo e dell'imballaggio, con una breve descrizione del problema. Le \
        proporremo poi, a sua scelta, una sostituzione o il rimborso completo.\n\n\
        Non è necessario rispedire l'articolo prima che abbiamo visto le foto.",

    cancellation: "abbiamo ricevuto la sua richiesta di annullare l'ordine {order_id}.\n\n\
        Se l'ordine non è ancora stato spedito, lo annulleremo e non le verrà addebitato nulla. Se è già \
        stato affidato a {carrier}, purtroppo non possiamo più fermarlo: in tal caso può rifiutare la \
        consegna oppure restituire l'articolo «{item_title}» da «I miei ordini» su Amazon, e riceverà il \
        rimborso completo.",

    invoice_request: "la ringraziamo per il suo messaggio sull'ordine {order_id}.\n\n\
        In allegato a questo messaggio trova la fattura dell'articolo «{item_title}». Può anche scaricarla \
        in qualsiasi momento da «I miei ordini» su Amazon: selezioni questo ordine e faccia clic su \
        «Fattura».",

    thanks_for_patience: "la ringraziamo per la pazienza riguardo all'ordine {order_id}.\n\n\
        Abbiamo un aggiornamento: l'articolo «{item_title}» è stato affidato a {carrier} (numero di \
        tracciamento {tracking_number}) e dovrebbe arrivare entro il {deliver_by}.\n\n\
        Ci scusiamo per il ritardo.",

    product_question:
        "la ringraziamo per la sua domanda sull'articolo «{item_title}» e per l'interesse dimostrato.\n\n\
        {answer}\n\n\
        Se qualcos'altro su questo articolo non le fosse chiaro, risponda pure a questo messaggio: saremo lieti \
        di aiutarla.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "la ringraziamo per il suo messaggio sull'ordine {order_id}.\n\nIl suo ordine con l'articolo «{item_title}» non è ancora stato spedito. Lo affideremo al corriere entro il {ship_by} e la consegna è prevista entro il {deliver_by}. Appena spedito, potrà seguirlo in qualsiasi momento nella sezione I miei ordini su Amazon.\n\nPer qualsiasi altra domanda sull'ordine, risponda semplicemente a questo messaggio.",

    where_is_my_order_delivered: "la ringraziamo per il suo messaggio sull'ordine {order_id}.\n\nSecondo {carrier}, il pacco con l'articolo «{item_title}» è stato consegnato (numero di tracciamento {tracking_number}). A volte i pacchi vengono lasciati a un vicino, davanti alla porta o in un luogo riparato: le chiediamo di controllare prima lì.\n\nSe non riesce ancora a trovarlo, risponda a questo messaggio e apriremo subito un'indagine con il corriere.",
};
