//! 简体中文。按钮用动宾短语，提示语简洁礼貌，使用全角标点。

use super::Text::{self, *};

// The final wildcard lets a new string fall back to English until it is translated.
#[allow(unreachable_patterns)]
pub(super) fn text(t: Text) -> Option<&'static str> {
    Some(match t {
        NotAmazonTicket => "这不是亚马逊工单。",
        SuspiciousWarning => "可疑邮件：它冒充亚马逊，但并非由亚马逊发送。",
        SuspiciousLookalikeDomain => "发件人域名只是仿冒了亚马逊域名。请勿点击任何链接，并向亚马逊举报。",
        SuspiciousDisplayNameSpoof => {
            "发件人名称冒充亚马逊地址，但邮件实际来自其他地址。请勿点击任何链接，并向亚马逊举报。"
        }
        SuspiciousAuthenticationFailed => {
            "该邮件自称来自亚马逊，但未通过发件人身份验证。请勿点击任何链接，并向亚马逊举报。"
        }
        PreSaleNoOrder => "没有订单编号的亚马逊消息（售前咨询）。",
        FindRecentOrders => "查找该买家的近期订单",
        NoRecentOrders => "未找到该买家的近期订单。",
        Loading => "正在加载订单…",

        OrderStatus => "状态",
        Purchased => "购买日期",
        Fulfilment => "配送",
        FulfilledByAmazon => "亚马逊配送",
        FulfilledByMerchant => "卖家自配送",
        FbaCustomerServiceNote => "部分亚马逊物流（FBA）订单由亚马逊负责客户服务。",
        Prime => "Prime",
        Business => "企业购",
        ShipBy => "最晚发货日期",
        DeliverBy => "最晚送达日期",
        Items => "商品",
        Asin => "ASIN",
        Sku => "SKU",
        Quantity => "数量",
        UnitPrice => "单价",
        Subtotal => "小计",
        ItemsTotal => "商品总额",
        Shipping => "运费",
        Tax => "税费",
        Promotions => "促销折扣",
        GrandTotal => "订单总额",
        Packages => "包裹",
        Carrier => "承运人",
        TrackingNumber => "追踪编码",
        PackageStatus => "包裹状态",
        DeliveryAddress => "收货地址",
        RestrictedByAmazon => "亚马逊已限制显示",
        StatusPendingAvailability => "预购（尚未上市）",
        StatusPending => "等待中",
        StatusUnshipped => "未发货",
        StatusPartiallyShipped => "部分发货",
        StatusShipped => "已发货",
        StatusCancelled => "已取消",
        StatusUnfulfillable => "无法配送",

        Marketplace => "站点",
        OrderId => "订单编号",
        KindBuyerMessage => "买家消息",
        KindReturnRequest => "退货请求",
        KindAtozClaim => "亚马逊商城交易保障索赔",
        KindRefundNotification => "退款",
        KindOrderConfirmation => "新订单",
        KindDeliveryFailure => "消息未送达",
        KindChargeback => "信用卡拒付",
        KindNegativeFeedback => "差评",
        KindCancellationRequest => "取消请求",
        KindMessageCopy => "您的回复副本",
        CopyOrderId => "复制订单编号",
        Copied => "已复制",
        OpenInSellerCentral => "在卖家平台中打开",
        NoResponseNeeded => "无需回复",

        AnswerWithin => "请在{time}内回复",
        OverdueBy => "已超时{time}",
        Answered => "已回复",
        RespondWithin24Hours => "请在24小时内回复，周末和节假日也不例外。",
        DurationDaysHours => "{days}天{hours}小时",
        DurationDays => "{days}天",
        DurationHoursMinutes => "{hours}小时{minutes}分钟",
        DurationHours => "{hours}小时",
        DurationMinutes => "{minutes}分钟",

        ComposerTitle => "亚马逊回复",
        TemplatePicker => "模板",
        LanguagePicker => "回复语言",
        ImportantToggle => "标记为 [Important]",
        ImportantToggleHint => "仅用于需要买家采取行动才能完成订单的消息。",
        InsertReply => "插入回复",
        NoFindings => "符合亚马逊的消息规则。",
        BlockedHint => "请先修正红色标出的问题，再插入回复。",
        TemplateWhereIsMyOrder => "我的订单在哪里？",
        TemplateReturnInstructions => "退货说明",
        TemplateDamagedOrDefective => "商品损坏或有缺陷",
        TemplateCancellation => "取消请求",
        TemplateInvoiceRequest => "发票请求",
        TemplateThanksForPatience => "感谢您的耐心等待",
        TemplateProductQuestion => "商品咨询",
        VarBuyerName => "买家姓名",
        VarOrderId => "订单编号",
        VarItemTitle => "商品",
        VarCarrier => "承运人",
        VarTrackingNumber => "追踪编码",
        VarDeliverBy => "送达日期",
        VarSellerName => "您的名字",
        VarAnswer => "您的回答",

        FindingEmail => "请删除电子邮件地址：亚马逊会删除电子邮件地址，并可能拦截该消息。",
        FindingEmoji => "请删除表情符号：亚马逊不允许在发给买家的消息中使用表情符号。",
        FindingLink => "请删除该链接：只允许指向亚马逊的链接。",
        FindingInsecureLink => "请为这个亚马逊链接使用 https://：亚马逊只允许安全链接。",
        FindingMarketing => "请删除推广用语：不允许营销、优惠券、社交媒体推广或引导买家离开亚马逊。",
        FindingReviewManipulation => "请删除这段关于评价的内容：不允许提供奖励、只索要好评，或要求修改、删除评价。",
        FindingReviewRequest => "每个订单可以中立地请求一次评价；建议使用卖家平台中的“请求评论”按钮。",
        FindingPhone => "请删除电话号码，承运人、制造商或保修服务商的电话除外。",
        FindingAttachmentTooLarge => "{name} 超过 10 MB，无法送达。请附加更小的文件。",
        FindingAttachmentType => {
            "请移除 {name}：亚马逊不接受视频或动态 GIF。只附加有助于解决问题的文件（标签、发票、文档）。"
        }
        FindingImportant => "[Important] 仅用于需要买家采取行动才能完成订单的消息：滥用会受到亚马逊处罚。",
        FindingEmpty => "请先撰写回复。",
        FindingPlaceholder => "发送前请填写此占位内容。",
        FindingLanguage => "此回复似乎没有使用买家的语言（{language}）。",

        ProblemUnauthorized => "代理服务器拒绝了访问令牌。请在应用设置中检查代理令牌。",
        ProblemOriginNotAllowed => "代理服务器不接受来自此页面的请求。请将此帮助台的地址添加到代理服务器允许的来源中。",
        ProblemInvalidOrderId => "这不是有效的亚马逊订单编号。请检查工单中的订单编号。",
        ProblemUnknownMarketplace => "代理服务器无法识别此站点。请更新代理服务器上的 orderlens。",
        ProblemMarketplaceNotConfigured => {
            "代理服务器上没有为此站点设置卖家账户。请在代理服务器配置中添加此站点的账户。"
        }
        ProblemOrderNotFound => "亚马逊在您的卖家账户中找不到此订单。请检查订单编号和站点。",
        ProblemNotFound => "代理服务器不提供此地址。请在应用设置中检查代理服务器网址。",
        ProblemRateLimited => "当前请求过多。请在 {seconds} 秒后重试。",
        ProblemUpstreamRateLimited => "亚马逊当前正在限制请求。请在 {seconds} 秒后重试。",
        ProblemUpstreamUnauthorized => "亚马逊拒绝了卖家的授权。卖家需要在卖家平台中重新授权 orderlens。",
        ProblemUpstreamForbidden => "亚马逊拒绝访问这些数据。卖家需要在卖家平台中为 orderlens 授予所需角色并重新授权。",
        ProblemUpstreamRejected => "亚马逊拒绝了该请求。请重试；如果问题仍然存在，请告知您的 orderlens 管理员。",
        ProblemUpstreamTimeout => "亚马逊未能及时响应。请稍后重试。",
        ProblemUpstreamUnavailable => "亚马逊服务当前不可用。请几分钟后重试。",
        ProblemUpstreamInvalidResponse => {
            "亚马逊返回了代理服务器无法读取的响应。请重试；如果问题仍然存在，请告知您的 orderlens 管理员。"
        }
        ProblemMessageInvalid => "亚马逊未接受此消息。请修正编辑器中显示的问题。",
        ProblemMessageActionUnsupported => "此订单无法使用该消息操作。",
        ProblemBadRequest => "代理服务器无法理解该请求。请在应用和代理服务器中使用相同版本的 orderlens。",
        ProblemInternal => "代理服务器发生意外错误。请重试；如果问题仍然存在，请将出错时间告知您的 orderlens 管理员。",
        ProblemTokenScope => "此代理令牌不允许执行该操作（其他卖家账户或商城，或发送消息）。请向您的 orderlens 管理员申请涵盖该操作的令牌。",
        ProblemMessageMaybeSent => "消息交给 Amazon 后 Amazon 出错，因此消息可能已经发送。再次发送前，请在卖家平台的买家与卖家消息中查看。",
        ProblemMessageDuplicate => "几分钟前您已为此订单发送过相同的消息。请在卖家平台的买家与卖家消息中查看；只有在那里找不到时才再次发送。",
        ProblemUnknown => "代理服务器报告了未知问题（{code}）。请重试；如果问题仍然存在，请告知您的 orderlens 管理员。",
        Network => "无法连接代理服务器。请在应用设置中检查代理服务器网址，并确认代理服务器正在运行。",
        Retry => "重试",
        ProxyNotConfigured => "尚未设置代理服务器。请在应用设置中填写代理服务器网址和令牌。",

        // The sidebar shell.
        Buyer => "买家",
        YourTime => "您的时间：{time}",
        ProxyUnreadable => {
            "代理服务器返回了侧边栏无法读取的响应（HTTP {status}）。请重试；如果问题仍然存在，请联系 orderlens 管理员。"
        }
        TicketUnreadable => {
            "帮助台发送了侧边栏无法读取的工单。请重新打开工单；如果问题仍然存在，请联系 orderlens 管理员。"
        }
        HostInsertFailed => "回复未插入。请打开工单的回复编辑器并再次点击“插入回复”，或从这里复制回复。",
        HostTagsFailed => "未添加工单标签。请在帮助台中添加，或检查应用的标签设置。",
        HostFieldsFailed => "未设置工单字段。请检查应用设置中的字段 ID，或在帮助台中填写字段。",
        PanicTitle => "orderlens 在此工单上出错。",
        PanicAdvice => "请重新加载应用或重新打开工单。如果再次发生，请将工单 ID 报告给 orderlens 管理员。",
        PanicTicketId => "工单 ID：{id}",

        // issue 11: language packs
        LangPackUnavailable => "无法加载{language}，侧边栏以英语显示。请重新加载侧边栏后再试。",
        _ => return None,
    })
}
