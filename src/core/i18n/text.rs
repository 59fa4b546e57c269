//! The keys of the UI strings ([`Text`]), one per string the sidebar shows; each language file
//! beside this one maps them to its words.

macro_rules! texts {
    ($( $(#[$doc:meta])* $variant:ident, )*) => {
        /// A UI string. Look it up with [`super::t`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text { $( $(#[$doc])* $variant, )* }

        impl Text {
            pub const ALL: &'static [Text] = &[$( Text::$variant, )*];
        }
    };
}

texts! {
    // Detection states.
    NotAmazonTicket,
    SuspiciousWarning,
    SuspiciousLookalikeDomain,
    SuspiciousDisplayNameSpoof,
    SuspiciousAuthenticationFailed,
    PreSaleNoOrder,
    FindRecentOrders,
    NoRecentOrders,
    Loading,

    // Order panel.
    OrderStatus,
    Purchased,
    Fulfilment,
    FulfilledByAmazon,
    FulfilledByMerchant,
    FbaCustomerServiceNote,
    Prime,
    Business,
    ShipBy,
    DeliverBy,
    Items,
    Asin,
    Sku,
    Quantity,
    UnitPrice,
    Subtotal,
    ItemsTotal,
    Shipping,
    Tax,
    Promotions,
    GrandTotal,
    Packages,
    Carrier,
    TrackingNumber,
    PackageStatus,
    DeliveryAddress,
    RestrictedByAmazon,
    StatusPendingAvailability,
    StatusPending,
    StatusUnshipped,
    StatusPartiallyShipped,
    StatusShipped,
    StatusCancelled,
    StatusUnfulfillable,

    // Header.
    Marketplace,
    OrderId,
    KindBuyerMessage,
    KindReturnRequest,
    KindAtozClaim,
    KindRefundNotification,
    KindOrderConfirmation,
    KindDeliveryFailure,
    KindChargeback,
    KindNegativeFeedback,
    KindCancellationRequest,
    KindMessageCopy,
    CopyOrderId,
    Copied,
    OpenInSellerCentral,
    /// The link that marks the buyer's message as needing no answer.
    NoResponseNeeded,

    // The 24-hour clock. `{time}` is a [`crate::core::sla::format_duration`] text.
    AnswerWithin,
    OverdueBy,
    Answered,
    RespondWithin24Hours,
    DurationDaysHours,
    DurationDays,
    DurationHoursMinutes,
    DurationHours,
    DurationMinutes,

    // Composer.
    ComposerTitle,
    TemplatePicker,
    LanguagePicker,
    ImportantToggle,
    ImportantToggleHint,
    InsertReply,
    NoFindings,
    BlockedHint,
    TemplateWhereIsMyOrder,
    TemplateReturnInstructions,
    TemplateDamagedOrDefective,
    TemplateCancellation,
    TemplateInvoiceRequest,
    TemplateThanksForPatience,
    TemplateProductQuestion,
    /// Template variables, shown in brackets in a reply when their value is unknown.
    VarBuyerName,
    VarOrderId,
    VarItemTitle,
    VarCarrier,
    VarTrackingNumber,
    VarDeliverBy,
    VarSellerName,
    /// Where the agent writes the answer to a buyer's question.
    VarAnswer,

    // Compliance findings: what is wrong and what to do.
    FindingEmail,
    FindingEmoji,
    FindingLink,
    FindingInsecureLink,
    FindingMarketing,
    FindingReviewManipulation,
    FindingReviewRequest,
    FindingPhone,
    FindingAttachmentTooLarge,
    FindingAttachmentType,
    FindingImportant,
    FindingEmpty,
    FindingPlaceholder,
    FindingLanguage,

    // Proxy problems (`application/problem+json` codes) and the sidebar's own connection state.
    ProblemUnauthorized,
    ProblemOriginNotAllowed,
    ProblemInvalidOrderId,
    ProblemUnknownMarketplace,
    ProblemMarketplaceNotConfigured,
    ProblemOrderNotFound,
    ProblemNotFound,
    ProblemRateLimited,
    ProblemUpstreamRateLimited,
    ProblemUpstreamUnauthorized,
    ProblemUpstreamForbidden,
    ProblemUpstreamRejected,
    ProblemUpstreamTimeout,
    ProblemUpstreamUnavailable,
    ProblemUpstreamInvalidResponse,
    ProblemMessageInvalid,
    ProblemMessageActionUnsupported,
    ProblemBadRequest,
    ProblemInternal,
    ProblemTokenScope,
    ProblemMessageMaybeSent,
    ProblemMessageDuplicate,
    ProblemUnknown,
    /// The proxy could not be reached at all (no HTTP answer).
    Network,
    Retry,
    ProxyNotConfigured,

    // The sidebar shell.
    /// Label of the buyer's name in the header.
    Buyer,
    /// The purchase time in the agent's own time zone; `{time}` is date, time and offset.
    YourTime,
    /// The proxy answered with something that is neither its data nor a problem+json body.
    ProxyUnreadable,
    /// The host's ticket was not a ticket object.
    TicketUnreadable,
    /// A host call started by Insert failed; the host's reason is shown beside it.
    HostInsertFailed,
    HostTagsFailed,
    HostFieldsFailed,
    /// The panic hook's text, drawn when the sidebar itself has failed.
    PanicTitle,
    PanicAdvice,
    PanicTicketId,

    // issue 10: case blocks (src/core/view/case_block.rs): what happened, the next step, facts, links.
    CaseBuyerAsks,
    CasePresale,
    CaseReturnRequested,
    CaseClaimReceived,
    CaseClaimGranted,
    CaseClaimDenied,
    CaseClaimDecided,
    CaseChargeback,
    CaseRefunded,
    CaseCancellationRequested,
    CaseMessageNotDelivered,
    CaseNegativeFeedback,
    CaseMessageCopy,
    CaseOrderPlaced,
    NextReply,
    NextAnswerQuestion,
    NextAuthoriseReturn,
    NextRespondToClaim,
    NextNoteDecision,
    NextRespondToChargeback,
    NextNothingToReply,
    NextCancelOrder,
    NextCannotCancel,
    NextApproveSender,
    NextReplyOnBuyersThread,
    NextFixAttachment,
    NextFixContent,
    NextCheckMessage,
    NextResolveFeedback,
    NextShip,
    FactAmount,
    FactReason,
    FactComment,
    FactRating,
    FactItem,
    FactPaidBy,
    PaidBySeller,
    PaidByAmazon,
    FactFailedSubject,
    FactNoticeDeadline,
    FactDeadline,
    CaseTimeLeft,
    LinkReturns,
    LinkAtozClaims,
    LinkChargebacks,
    LinkFeedbackManager,
    LinkMessagingPermissions,
    // issue 10: order-state replies, composer on request
    VarShipBy,
    ComposeAnyway,
    ComposeAnywayHint,
    // issue 11: language packs
    /// The quiet line when a language pack could not be loaded; `{language}` is its native name.
    LangPackUnavailable,
    // issue 10: messaging actions, related, health, drafts
    /// The heading of Amazon's messaging actions.
    AmazonActionsTitle,
    AmazonActionsNone,
    /// The proxy token may read but not send: the actions are greyed.
    AmazonActionsNoSend,
    ActionNeedsAttachment,
    /// Amazon's messaging actions by name.
    ActionConfirmDeliveryDetails,
    ActionConfirmOrderDetails,
    ActionUnexpectedProblem,
    ActionConfirmCustomizationDetails,
    ActionConfirmServiceDetails,
    ActionDigitalAccessKey,
    ActionInvoice,
    ActionLegalDisclosure,
    ActionWarranty,
    /// `{language}`: the buyer's language (Amazon's buyer locale, else the marketplace's).
    ActionBuyerLanguage,
    ActionCounter,
    ActionTooLong,
    ActionSend,
    ActionConfirmQuestion,
    ActionConfirmYes,
    ActionCancel,
    ActionSending,
    ActionSent,
    ActionClose,
    /// Related tickets: by order, or by buyer alias before a purchase.
    RelatedTitle,
    RelatedTitleBuyer,
    RelatedNone,
    RelatedFailed,
    /// Health lines: `{marketplace}` is the marketplace's domain and code.
    HealthCredentialsRefused,
    HealthAccessDenied,
    HealthRateLimited,
    /// The invoice action: the file picker's label and why only a PDF of 10 MB.
    ActionInvoicePick,
    ActionInvoiceWhy,
    ActionInvoiceNotPdf,
    ActionInvoiceTooLarge,
    /// `{name}`: the chosen file's name; `{size}`: its size ("1.2 MB").
    ActionInvoiceChosen,
}
