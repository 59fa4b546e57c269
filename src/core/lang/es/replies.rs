//! Respuestas en español (de usted, registro neutro válido para España y México).

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Hola, {buyer_name}:",
    greeting_without_name: "Hola:",
    closing: "Un cordial saludo,\n{seller_name}",

    where_is_my_order: "Gracias por su mensaje sobre el pedido {order_id}.\n\n\
        Su paquete con el producto «{item_title}» se ha entregado a {carrier}. El número de seguimiento es \
        {tracking_number} y la entrega está prevista como muy tarde el {deliver_by}. Puede seguir el envío \
        en cualquier momento en «Mis pedidos» en Amazon.\n\n\
        Si el paquete no ha llegado el {deliver_by}, responda a este mensaje y abriremos de inmediato una \
        investigación con el transportista.",

    return_instructions: "Gracias por su mensaje sobre el pedido {order_id}.\n\n\
        Puede devolver el producto «{item_title}» a través del Centro de devoluciones en línea de Amazon: \
        abra «Mis pedidos» en Amazon, seleccione este pedido y elija «Devolver o reemplazar productos». \
        Allí encontrará la etiqueta de devolución y todas las instrucciones.\n\n\
        En cuanto recibamos el producto, el reembolso se tramitará a través de Amazon según la política de \
        devoluciones.",

    damaged_or_defective: "Lamentamos mucho que el producto «{item_title}» del pedido {order_id} haya \
        llegado dañado o no funcione correctamente.\n\n\
        Para resolverlo cuanto antes, le rogamos que responda a este mensaje con una foto del producto y \
        del embalaje, y que nos describa brevemente el problema. Después le ofreceremos, según prefiera, un \
        reemplazo o el reembolso completo.\n\n\
        No es necesario que nos devuelva el producto antes de que hayamos visto las fotos.",

    cancellation: "Hemos recibido su solicitud de cancelación del pedido {order_id}.\n\n\
        Si el pedido aún no se ha enviado, lo cancelaremos y no se le cobrará nada. Si ya se ha entregado \
        a {carrier}, lamentablemente ya no podemos detenerlo. En ese caso, puede rechazar la entrega o \
        devolver el producto «{item_title}» desde «Mis pedidos» en Amazon, y recibirá el reembolso \
        completo.",

    invoice_request: "Gracias por su mensaje sobre el pedido {order_id}.\n\n\
        Adjuntamos a este mensaje la factura del producto «{item_title}». También puede descargarla en \
        cualquier momento desde «Mis pedidos» en Amazon: seleccione este pedido y haga clic en «Factura».",

    thanks_for_patience: "Gracias por su paciencia con el pedido {order_id}.\n\n\
        Tenemos novedades: el producto «{item_title}» se ha entregado a {carrier} (número de seguimiento \
        {tracking_number}) y debería llegarle como muy tarde el {deliver_by}.\n\n\
        Disculpe las molestias por el retraso.",

    product_question: "Gracias por su pregunta y por su interés en el producto «{item_title}».\n\n\
        {answer}\n\n\
        Si tiene cualquier otra duda sobre este producto, responda a este mensaje y le ayudaremos con mucho \
        gusto.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "Gracias por su mensaje sobre el pedido {order_id}.\n\nSu pedido con el producto «{item_title}» todavía no se ha enviado. Lo entregaremos a la empresa de transporte a más tardar el {ship_by}, y la entrega está prevista para el {deliver_by}. En cuanto se envíe, podrá seguirlo en cualquier momento en Mis pedidos de Amazon.\n\nSi tiene cualquier otra pregunta sobre el pedido, basta con que responda a este mensaje.",

    where_is_my_order_delivered: "Gracias por su mensaje sobre el pedido {order_id}.\n\nSegún {carrier}, su paquete con el producto «{item_title}» ya se ha entregado (número de seguimiento {tracking_number}). A veces los paquetes se dejan a un vecino, en la puerta o en un lugar resguardado, por lo que le rogamos que lo compruebe primero allí.\n\nSi aun así no lo encuentra, responda a este mensaje y abriremos de inmediato una investigación con la empresa de transporte.",
};
