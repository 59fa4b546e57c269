//! 简体中文回复：礼貌、简洁的客服语气，使用全角标点。

use super::Replies;

pub(super) const REPLIES: Replies = Replies {
    greeting: "{buyer_name}，您好！",
    greeting_without_name: "您好！",
    closing: "祝好！\n{seller_name}",

    where_is_my_order: "感谢您就订单 {order_id} 与我们联系。\n\n\
        您订购的“{item_title}”已交由{carrier}配送，追踪编码为 {tracking_number}，预计最晚于{deliver_by}送达。\
        您可以随时在亚马逊的“我的订单”中查看配送进度。\n\n\
        如果到{deliver_by}仍未收到包裹，请直接回复此消息，我们会立即联系承运人核查。",

    return_instructions: "感谢您就订单 {order_id} 与我们联系。\n\n\
        您可以通过亚马逊的在线退货中心退回“{item_title}”：在亚马逊打开“我的订单”，选择该订单，然后点击\
        “退货或换货”。您将在那里获得退货标签和详细说明。\n\n\
        我们收到商品后，将按照退货政策通过亚马逊为您办理退款。",

    damaged_or_defective: "非常抱歉，订单 {order_id} 中的“{item_title}”到货时已损坏或无法正常使用。\n\n\
        为尽快为您解决问题，请回复此消息并附上商品和包装的照片，简要描述一下问题。之后我们将根据您的意愿，\
        为您更换新品或全额退款。\n\n\
        在我们查看照片之前，您无需寄回商品。",

    cancellation: "我们已收到您取消订单 {order_id} 的请求。\n\n\
        如果订单尚未发货，我们会为您取消，您不会被扣款。如果包裹已交由{carrier}配送，我们将无法拦截。届时您\
        可以拒收包裹，或在亚马逊的“我的订单”中退回“{item_title}”，我们将为您全额退款。",

    invoice_request: "感谢您就订单 {order_id} 与我们联系。\n\n\
        “{item_title}”的发票已随此消息附上，请查收。您也可以随时在亚马逊的“我的订单”中选择该订单，\
        点击“发票”下载。",

    thanks_for_patience: "感谢您耐心等待订单 {order_id}。\n\n\
        最新进展：“{item_title}”已交由{carrier}配送（追踪编码：{tracking_number}），预计最晚于{deliver_by}送达。\n\n\
        对于此次延误，我们深表歉意。",

    product_question: "感谢您对“{item_title}”的关注和咨询。\n\n\
        {answer}\n\n\
        如果您对该商品还有其他疑问，请直接回复此消息，我们很乐意为您解答。",

    // issue 10: order-state replies
    where_is_my_order_unshipped: "感谢您就订单 {order_id} 与我们联系。\n\n您订购的“{item_title}”尚未发货。我们将在{ship_by}之前交由承运人配送，预计最晚于{deliver_by}送达。发货后，您可以随时在亚马逊的“我的订单”中查看配送进度。\n\n如果您对该订单还有其他疑问，请直接回复此消息。",

    where_is_my_order_delivered: "感谢您就订单 {order_id} 与我们联系。\n\n根据{carrier}的记录，您订购的“{item_title}”已经签收（追踪编码 {tracking_number}）。包裹有时会放在门口、快递柜或交由邻居代收，请您先在这些地方查看。\n\n如果仍然找不到包裹，请直接回复此消息，我们会立即联系承运人核查。",
};
