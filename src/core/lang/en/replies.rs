//! English replies.

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "Hello {buyer_name},",
    greeting_without_name: "Hello,",
    closing: "Kind regards,\n{seller_name}",

    where_is_my_order: "Thank you for your message about order {order_id}.\n\n\
        Your parcel with {item_title} has been handed over to {carrier}. The tracking number is \
        {tracking_number}, and delivery is expected by {deliver_by}. You can follow the delivery at any \
        time under Your Orders on Amazon.\n\n\
        If the parcel has not arrived by {deliver_by}, please reply to this message and we will open an \
        investigation with the carrier straight away.",

    return_instructions: "Thank you for your message about order {order_id}.\n\n\
        You can return {item_title} through Amazon's Online Returns Centre: open Your Orders on Amazon, \
        select this order and choose \"Return or replace items\". There you will find your return label \
        and all further instructions.\n\n\
        As soon as we receive the item, your refund will be issued through Amazon in line with the \
        return policy.",

    damaged_or_defective: "We are very sorry that {item_title} from order {order_id} arrived damaged or \
        does not work properly.\n\n\
        To resolve this as quickly as possible, please reply to this message with a photo of the item and \
        of its packaging, and describe the problem briefly. We will then offer you a replacement or a full \
        refund, whichever you prefer.\n\n\
        There is no need to send the item back before we have looked at your photos.",

    cancellation: "We have received your request to cancel order {order_id}.\n\n\
        If the order has not shipped yet, we will cancel it and you will not be charged. If it has already \
        been handed over to {carrier}, we can unfortunately no longer stop it. In that case you can refuse \
        the delivery or return {item_title} through Your Orders on Amazon, and you will receive a full \
        refund.",

    invoice_request: "Thank you for your message about order {order_id}.\n\n\
        Please find the invoice for {item_title} attached to this message. You can also download it at \
        any time under Your Orders on Amazon: select this order and choose \"Invoice\".",

    thanks_for_patience: "Thank you for your patience with order {order_id}.\n\n\
        We have an update for you: {item_title} has been handed over to {carrier} (tracking number \
        {tracking_number}) and should arrive by {deliver_by}.\n\n\
        We apologise for the delay.",

    product_question: "Thank you for your question and for your interest in {item_title}.\n\n\
        {answer}\n\n\
        If anything else about this item is unclear, simply reply to this message and we will be glad to help.",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "Thank you for your message about order {order_id}.\n\nYour order with {item_title} has not shipped yet. We will hand it over to the carrier by {ship_by}, and delivery is expected by {deliver_by}. As soon as it has shipped, you can follow it at any time under Your Orders on Amazon.\n\nIf you have any other question about the order, simply reply to this message.",

    where_is_my_order_delivered: "Thank you for your message about order {order_id}.\n\nAccording to {carrier}, your parcel with {item_title} has been delivered (tracking number {tracking_number}). Parcels are sometimes left with a neighbour, at the door or in a safe place, so please check there first.\n\nIf you still cannot find it, please reply to this message and we will open an investigation with the carrier straight away.",
};
