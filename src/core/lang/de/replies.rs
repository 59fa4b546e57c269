//! Deutsche Antworten. Nach „Guten Tag …,“ geht der Text kleingeschrieben weiter; Anrede mit „Sie“.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Guten Tag {buyer_name},",
    greeting_without_name: "Guten Tag,",
    closing: "Freundliche Grüße\n{seller_name}",

    where_is_my_order: "vielen Dank für Ihre Nachricht zur Bestellung {order_id}.\n\n\
        Ihr Paket mit {item_title} wurde an {carrier} übergeben. Die Sendungsnummer lautet \
        {tracking_number}; die Zustellung erfolgt voraussichtlich bis {deliver_by}. Den Sendungsstatus \
        sehen Sie jederzeit bei Amazon unter „Meine Bestellungen“.\n\n\
        Sollte das Paket bis {deliver_by} nicht angekommen sein, antworten Sie bitte auf diese Nachricht. \
        Wir leiten dann sofort einen Nachforschungsauftrag beim Versanddienstleister ein.",

    return_instructions: "vielen Dank für Ihre Nachricht zur Bestellung {order_id}.\n\n\
        Sie können {item_title} ganz einfach über das Amazon-Rücksendezentrum zurücksenden: Öffnen Sie \
        bei Amazon „Meine Bestellungen“, wählen Sie diese Bestellung aus und klicken Sie auf „Artikel \
        zurücksenden oder ersetzen“. Dort erhalten Sie das Rücksendeetikett und alle weiteren Hinweise.\n\n\
        Sobald der Artikel bei uns eingegangen ist, wird die Erstattung gemäß den Rückgabebedingungen über \
        Amazon veranlasst.",

    damaged_or_defective: "es tut uns sehr leid, dass {item_title} aus der Bestellung {order_id} \
        beschädigt angekommen ist oder nicht richtig funktioniert.\n\n\
        Damit wir das schnell lösen können, antworten Sie bitte auf diese Nachricht mit einem Foto des \
        Artikels und der Verpackung und beschreiben Sie das Problem kurz. Anschließend bieten wir Ihnen \
        nach Ihrer Wahl einen Ersatz oder die volle Erstattung des Kaufpreises an.\n\n\
        Sie müssen den Artikel nicht zurücksenden, bevor wir uns Ihre Fotos angesehen haben.",

    cancellation: "wir haben Ihre Anfrage erhalten, die Bestellung {order_id} zu stornieren.\n\n\
        Wenn die Bestellung noch nicht versandt wurde, stornieren wir sie, und Ihnen wird nichts \
        berechnet. Wurde sie bereits an {carrier} übergeben, können wir sie leider nicht mehr aufhalten. \
        In diesem Fall können Sie die Annahme verweigern oder {item_title} über „Meine Bestellungen“ bei \
        Amazon zurücksenden; Sie erhalten dann den vollen Betrag erstattet.",

    invoice_request: "vielen Dank für Ihre Nachricht zur Bestellung {order_id}.\n\n\
        Die Rechnung für {item_title} finden Sie im Anhang dieser Nachricht. Sie können sie außerdem \
        jederzeit bei Amazon unter „Meine Bestellungen“ herunterladen: Wählen Sie diese Bestellung aus und \
        klicken Sie auf „Rechnung“.",

    thanks_for_patience: "vielen Dank für Ihre Geduld mit Ihrer Bestellung {order_id}.\n\n\
        Wir haben Neuigkeiten für Sie: {item_title} wurde an {carrier} übergeben (Sendungsnummer \
        {tracking_number}) und sollte bis {deliver_by} bei Ihnen ankommen.\n\n\
        Bitte entschuldigen Sie die Verzögerung.",

    product_question: "vielen Dank für Ihre Frage und Ihr Interesse an {item_title}.\n\n\
        {answer}\n\n\
        Ist zu diesem Artikel noch etwas offen, antworten Sie einfach auf diese Nachricht. Wir helfen Ihnen gern \
        weiter.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "vielen Dank für Ihre Nachricht zur Bestellung {order_id}.\n\nIhre Bestellung mit {item_title} ist noch nicht versandt. Wir übergeben sie bis {ship_by} an den Versanddienstleister, die Lieferung wird bis {deliver_by} erwartet. Sobald das Paket unterwegs ist, können Sie es jederzeit unter Meine Bestellungen bei Amazon verfolgen.\n\nHaben Sie weitere Fragen zur Bestellung, antworten Sie einfach auf diese Nachricht.",

    where_is_my_order_delivered: "vielen Dank für Ihre Nachricht zur Bestellung {order_id}.\n\nLaut {carrier} wurde Ihr Paket mit {item_title} zugestellt (Sendungsnummer {tracking_number}). Pakete werden manchmal bei Nachbarn, vor der Tür oder an einem Ablageort abgegeben; bitte sehen Sie dort zuerst nach.\n\nFinden Sie das Paket trotzdem nicht, antworten Sie bitte auf diese Nachricht. Wir leiten dann sofort einen Nachforschungsauftrag beim Versanddienstleister ein.",
};
