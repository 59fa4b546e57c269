//! Réponses en français (vouvoiement). « votre article » évite d'accorder avec un titre au genre inconnu.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Bonjour {buyer_name},",
    greeting_without_name: "Bonjour,",
    closing: "Cordialement,\n{seller_name}",

    where_is_my_order: "Merci pour votre message concernant la commande {order_id}.\n\n\
        Votre colis contenant « {item_title} » a été remis à {carrier}. Le numéro de suivi est \
        {tracking_number} et la livraison est prévue au plus tard le {deliver_by}. Vous pouvez suivre la \
        livraison à tout moment dans « Vos commandes » sur Amazon.\n\n\
        Si le colis n'est pas arrivé le {deliver_by}, répondez simplement à ce message : nous ouvrirons \
        aussitôt une enquête auprès du transporteur.",

    return_instructions: "Merci pour votre message concernant la commande {order_id}.\n\n\
        Vous pouvez retourner votre article « {item_title} » via le Centre de retours en ligne d'Amazon : \
        ouvrez « Vos commandes » sur Amazon, sélectionnez cette commande, puis choisissez « Retourner ou \
        remplacer des articles ». Vous y trouverez l'étiquette de retour et toutes les instructions.\n\n\
        Dès réception de l'article, le remboursement sera effectué via Amazon conformément à la \
        politique de retour.",

    damaged_or_defective: "Nous sommes vraiment désolés que votre article « {item_title} » de la \
        commande {order_id} soit arrivé endommagé ou ne fonctionne pas correctement.\n\n\
        Afin de régler cela au plus vite, pourriez-vous répondre à ce message en joignant une photo de \
        l'article et de son emballage, avec une brève description du problème ? Nous vous proposerons \
        ensuite, selon votre préférence, un remplacement ou un remboursement intégral.\n\n\
        Inutile de nous renvoyer l'article avant que nous ayons examiné vos photos.",

    cancellation: "Nous avons bien reçu votre demande d'annulation de la commande {order_id}.\n\n\
        Si la commande n'a pas encore été expédiée, nous l'annulons et aucun montant ne vous sera débité. \
        Si elle a déjà été remise à {carrier}, nous ne pouvons malheureusement plus l'arrêter. Dans ce cas, \
        vous pouvez refuser le colis ou retourner votre article « {item_title} » depuis « Vos commandes » \
        sur Amazon, et vous recevrez un remboursement intégral.",

    invoice_request: "Merci pour votre message concernant la commande {order_id}.\n\n\
        Vous trouverez la facture de votre article « {item_title} » en pièce jointe. Vous pouvez aussi la \
        télécharger à tout moment dans « Vos commandes » sur Amazon : sélectionnez cette commande, puis \
        cliquez sur « Facture ».",

    thanks_for_patience: "Merci de votre patience concernant la commande {order_id}.\n\n\
        Nous avons du nouveau : votre article « {item_title} » a été remis à {carrier} (numéro de suivi \
        {tracking_number}) et devrait vous parvenir au plus tard le {deliver_by}.\n\n\
        Nous vous prions de nous excuser pour ce retard.",

    product_question: "Merci pour votre question et pour l'intérêt que vous portez au produit « {item_title} ».\n\n\
        {answer}\n\n\
        Si un autre point concernant ce produit reste à éclaircir, répondez simplement à ce message : nous vous \
        aiderons volontiers.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "Merci pour votre message concernant la commande {order_id}.\n\nVotre commande contenant « {item_title} » n'a pas encore été expédiée. Nous la remettrons au transporteur au plus tard le {ship_by}, et la livraison est prévue d'ici le {deliver_by}. Dès son expédition, vous pourrez la suivre à tout moment dans Vos commandes sur Amazon.\n\nPour toute autre question sur cette commande, il vous suffit de répondre à ce message.",

    where_is_my_order_delivered: "Merci pour votre message concernant la commande {order_id}.\n\nSelon {carrier}, votre colis contenant « {item_title} » a été livré (numéro de suivi {tracking_number}). Les colis sont parfois remis à un voisin, déposés devant la porte ou dans un endroit abrité : nous vous invitons à vérifier d'abord à ces endroits.\n\nSi vous ne le trouvez toujours pas, répondez à ce message et nous ouvrirons immédiatement une enquête auprès du transporteur.",
};
