//! Respostas em português do Brasil, tratando o comprador por "você". "o produto “…”" fixa o gênero
//! das concordâncias, qualquer que seja o título.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Olá, {buyer_name},",
    greeting_without_name: "Olá,",
    closing: "Atenciosamente,\n{seller_name}",

    where_is_my_order: "Agradecemos a sua mensagem sobre o pedido {order_id}.\n\n\
        O seu pacote com o produto “{item_title}” foi despachado pela transportadora {carrier}. O código de \
        rastreamento é {tracking_number}, e a entrega está prevista até {deliver_by}. Você pode acompanhar a \
        entrega a qualquer momento em “Seus pedidos”, na sua conta da Amazon.\n\n\
        Se o pacote não chegar até {deliver_by}, responda a esta mensagem e abriremos imediatamente uma \
        investigação com a transportadora.",

    return_instructions: "Agradecemos a sua mensagem sobre o pedido {order_id}.\n\n\
        Você pode devolver o produto “{item_title}” pela Central de Devoluções da Amazon: acesse “Seus \
        pedidos” na sua conta da Amazon, selecione este pedido e escolha a opção de devolução. Lá você \
        encontra todas as instruções para o envio.\n\n\
        Assim que recebermos o produto, o reembolso será feito pela Amazon, de acordo com a política de \
        devolução.",

    damaged_or_defective: "Lamentamos muito que o produto “{item_title}”, do pedido {order_id}, tenha \
        chegado danificado ou não esteja funcionando corretamente.\n\n\
        Para resolvermos isso o quanto antes, responda a esta mensagem com uma foto do produto e da \
        embalagem e descreva brevemente o problema. Em seguida, ofereceremos a troca do produto ou o \
        reembolso integral, como você preferir.\n\n\
        Não é necessário devolver o produto antes de analisarmos as fotos.",

    cancellation: "Recebemos a sua solicitação de cancelamento do pedido {order_id}.\n\n\
        Se o pedido ainda não foi enviado, vamos cancelá-lo e você não será cobrado. Se ele já foi \
        despachado pela transportadora {carrier}, infelizmente não é mais possível interrompê-lo. Nesse \
        caso, você pode recusar a entrega ou devolver o produto “{item_title}” em “Seus pedidos”, na sua \
        conta da Amazon, e receberá o reembolso integral.",

    invoice_request: "Agradecemos a sua mensagem sobre o pedido {order_id}.\n\n\
        A nota fiscal do produto “{item_title}” está anexada a esta mensagem. Você também pode acessá-la a \
        qualquer momento em “Seus pedidos”, na sua conta da Amazon, nos detalhes deste pedido.",

    thanks_for_patience: "Agradecemos a sua paciência com o pedido {order_id}.\n\n\
        Temos uma atualização: o produto “{item_title}” foi despachado pela transportadora {carrier} \
        (código de rastreamento {tracking_number}) e deve chegar até {deliver_by}.\n\n\
        Pedimos desculpas pelo atraso.",

    product_question: "Agradecemos a sua pergunta e o seu interesse no produto “{item_title}”.\n\n\
        {answer}\n\n\
        Se ainda tiver alguma dúvida sobre este produto, é só responder a esta mensagem. Teremos prazer \
        em ajudar.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "Agradecemos a sua mensagem sobre o pedido {order_id}.\n\nO seu pedido com o produto “{item_title}” ainda não foi despachado. Ele será entregue à transportadora até {ship_by}, e a entrega está prevista até {deliver_by}. Depois do envio, você poderá acompanhar o pacote a qualquer momento em “Seus pedidos”, na sua conta da Amazon.\n\nSe tiver outra dúvida sobre o pedido, é só responder a esta mensagem.",

    where_is_my_order_delivered: "Agradecemos a sua mensagem sobre o pedido {order_id}.\n\nSegundo a transportadora {carrier}, o seu pacote com o produto “{item_title}” já foi entregue (código de rastreamento {tracking_number}). Às vezes os pacotes são deixados com um vizinho, na portaria ou em frente à porta, por isso pedimos que verifique primeiro nesses locais.\n\nSe ainda assim não o encontrar, responda a esta mensagem e abriremos imediatamente uma investigação com a transportadora.",
};
