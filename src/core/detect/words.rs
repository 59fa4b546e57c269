//! The words Amazon (and mail clients) write, in every language Amazon writes in.
//! Everything language-specific that detection keys on lives here, so adding a language
//! is adding rows. Phrases are matched case-insensitively as substrings.

use super::Kind;

/// Local parts Amazon uses to send Seller Central notifications (buyer-messages.md §3).
/// Any other sender at an Amazon domain (receipts, AWS, marketing) is not seller mail.
pub const SELLER_SENDERS: &[&str] = &[
    "donotreply",
    "do-not-reply",
    "atoz-guarantee-no-reply",
    "auto-communication",
    "order-update",
    "seller-notification",
    "payments-messages",
    "cb-seller-notification",
    "cb-seller-query",
    "seller-guarantee",
];

/// `X-Space-Notification-Type` values and the kind each announces.
pub const NOTIFICATION_TYPES: &[(&str, Kind)] = &[
    ("BBC_MESSAGE_SENT_TO_MERCHANT", Kind::BuyerMessage),
    ("BBC_MESSAGE_CONFIRMATION_TO_MERCHANT", Kind::MessageCopy),
    ("RETURN_REQUEST", Kind::ReturnRequest),
    ("REFUND_ISSUED", Kind::RefundNotification),
    ("A_Z_CLAIM_RESPONDENT_NOTIFY", Kind::AtozClaim),
    ("A_Z_CLAIM_RESPONDENT_CLOSE", Kind::AtozClaim),
    ("BUYER_OPTED_OUT_BSM_MESSAGES", Kind::DeliveryFailure),
    ("BRC_SELLER_NOTIFICATION", Kind::CancellationRequest),
];

/// Phrases that name a kind, checked in this order (the more specific kinds first: a
/// chargeback notice may talk about refunds, a claim decision about returns).
pub const KIND_PHRASES: &[(Kind, &[&str])] = &[
    (
        Kind::MessageCopy,
        &[
            "your email to ", "your e-mail to ", "copy of the email you sent", "copy of the message you sent", "seu e-mail para ",
            "ihre e-mail an ", "deine e-mail an ", "votre e-mail à ", "votre e-mail a ", "la tua e-mail a ",
            "il tuo messaggio e-mail a ", "su correo electrónico a ", "tu correo electrónico a ", "uw e-mail aan ",
            "twój e-mail do ", "twoja wiadomość e-mail do ", "送信したメール", "へのメール",
        ],
    ),
    (
        Kind::Chargeback,
        &[
            "chargeback", "charge dispute", "rückbuchung", "rétrofacturation", "retrofacturation", "contracargo",
            "riaddebito", "chargeback-", "terugboeking", "obciążenie zwrotne", "チャージバック", "ters ibraz",
        ],
    ),
    (
        Kind::AtozClaim,
        &[
            "a-to-z", "a-z guarantee", "claim received on order", "claim decision", "garantie a à z",
            "garantie de a à z", "a-bis-z-garantie", "a-z-garantie", "garantía de la a a la z", "garanzia dalla a alla z",
            "a-tot-z-garantie", "gwarancja od a do z", "a'dan z'ye", "マーケットプレイス保証", "aからzまで保証",
            "richiesta di rimborso ricevuta", "réclamation", "reclamación", "reclamo",
        ],
    ),
    (
        Kind::NegativeFeedback,
        &[
            "negative feedback", "negative seller feedback", "negative verkäuferbewertung", "negative bewertung",
            "évaluation négative", "commentaire négatif", "feedback negativo", "valutazione negativa",
            "valoración negativa", "comentario negativo", "negatieve feedback", "negatywna opinia",
            "olumsuz geri bildirim", "低い評価", "否定的な評価",
        ],
    ),
    (
        Kind::DeliveryFailure,
        &[
            "was not delivered", "unable to deliver the message", "could not be delivered", "opted out",
            "opt out of unsolicited", "non è stato consegnato", "non siamo stati in grado di recapitare",
            "nicht zugestellt", "konnten die nachricht", "n'a pas été remis", "pas pu remettre", "n'a pas pu être remis",
            "no se ha entregado", "no se pudo entregar", "no hemos podido entregar", "niet bezorgd", "niet afgeleverd",
            "nie została dostarczona", "teslim edilemedi", "配信されませんでした", "お届けできませんでした",
        ],
    ),
    (
        Kind::RefundNotification,
        &[
            "refund initiated", "initiated a refund", "remboursement initié", "initié un remboursement",
            "rimborso", "erstattung veranlasst", "erstattung eingeleitet", "rückerstattung", "reembolso iniciado",
            "iniciado un reembolso", "terugbetaling", "zwrot pieniędzy", "zwrot środków", "para iadesi",
            "返金", "reembolso",
        ],
    ),
    (
        Kind::ReturnRequest,
        &[
            "return authorization", "return authorisation", "return request", "requested to return",
            "autorisation de retour", "demandé le retour", "autorizzazione del reso", "richiesto di restituire",
            "rücksendegenehmigung", "rücksendung", "autorización de devolución", "devolución", "retourverzoek",
            "retourautorisatie", "zwrot produktu", "prośba o zwrot", "iade talebi", "返品",
        ],
    ),
    (
        Kind::CancellationRequest,
        &[
            "cancellation request", "cancel request", "cancelation request", "stornierungsanfrage", "stornierung",
            "demande d'annulation", "richiesta di annullamento", "solicitud de cancelación", "annuleringsverzoek",
            "prośba o anulowanie", "anulowanie zamówienia", "iptal talebi", "キャンセルのリクエスト", "キャンセル依頼",
            "pedido de cancelamento",
        ],
    ),
    (
        Kind::OrderConfirmation,
        &[
            "sold, ship now", "sold, dispatch now", "verkauft, jetzt versenden", "vendu, expédiez maintenant",
            "venduto, spedisci ora", "vendido, envía ahora", "vendido, envíe ahora", "verkocht, nu verzenden",
            "sprzedano, wyślij teraz", "såld, skicka nu", "satıldı, şimdi gönder", "vendido, envie agora",
            "注文確定", "your amazon order is official",
        ],
    ),
];

/// Subject phrases of a buyer's cancellation request relayed from the alias.
pub const RELAYED_CANCELLATION: &[&str] = &[
    "order cancellation request", "solicitud de cancelación", "demande d'annulation", "stornierungsanfrage",
    "richiesta di annullamento", "annuleringsverzoek", "prośba o anulowanie", "sipariş iptal",
    "キャンセルのリクエスト", "pedido de cancelamento",
];

/// Where the buyer's name sits in a subject: text after `before` up to `after` (or the end).
pub const SUBJECT_NAME: &[(&str, &[&str])] = &[
    ("from amazon customer ", &[" (", "("]),
    ("von amazon-kunde ", &[" (", "("]),
    ("de la part du client amazon ", &[" (", "("]),
    ("du client amazon ", &[" (", "("]),
    ("del cliente de amazon ", &[" (", "("]),
    ("dal cliente amazon ", &[" (", "("]),
    ("del cliente amazon ", &[" (", "("]),
    ("van amazon-klant ", &[" (", "("]),
    ("od klienta amazon ", &[" (", "("]),
    ("från amazon-kund ", &[" (", "("]),
    ("amazon müşterisi ", &["'dan", "'den", "'tan", "'ten", "’dan", "’den", " (", "("]),
    ("من عميل أمازون ", &[" (", "("]),
    ("amazonのカスタマー ", &[" 様", "様"]),
    ("detalhes do produto amazon ", &[" pergunta do cliente"]),
    ("pergunta do cliente amazon ", &[" (", "("]),
    ("your email to ", &[]),
    ("your e-mail to ", &[]),
    ("seu e-mail para ", &[]),
    ("(objet: demande de renseignements de la part du client amazon ", &[")"]),
];

/// Where the buyer's name sits in notification prose: after `before`, up to `after`.
/// Refund notices ("a refund of USD 29.99 to Ashley Carter following…"), opt-out bounces
/// ("the message you sent to Ashley on…") and copies of the seller's reply.
pub const PROSE_NAME: &[(Kind, &str, &[&str])] = &[
    (Kind::RefundNotification, " to ", &[" following", " for ", " because", " as ", "."]),
    (Kind::RefundNotification, " à ", &[" suite", " pour ", " en raison", "."]),
    (Kind::RefundNotification, " a ", &[" a seguito", " per ", " tras ", " por ", " debido", "."]),
    (Kind::RefundNotification, " an ", &[" aufgrund", " nach ", " für ", " wegen", " veranlasst", " erstattet", " eingeleitet", "."]),
    (Kind::RefundNotification, " aan ", &[" na ", " voor ", "."]),
    (Kind::RefundNotification, " para ", &[" após", " devido", " por ", "."]),
    (Kind::DeliveryFailure, "message you sent to ", &[" on ", " for ", "."]),
    (Kind::DeliveryFailure, "che hai inviato a ", &[" il ", " per ", "."]),
    (Kind::DeliveryFailure, "inviato a ", &[" il ", " per ", "."]),
    (Kind::DeliveryFailure, "que vous avez envoyé à ", &[" le ", " pour ", "."]),
    (Kind::DeliveryFailure, "que enviaste a ", &[" el ", " para ", "."]),
    (Kind::DeliveryFailure, "que ha enviado a ", &[" el ", " para ", "."]),
    (Kind::DeliveryFailure, "die du an ", &[" am ", " gesendet", "."]),
    (Kind::DeliveryFailure, "die sie an ", &[" am ", " gesendet", "."]),
    (Kind::DeliveryFailure, "que você enviou para ", &[" em ", " para ", "."]),
    (Kind::MessageCopy, "the email you sent to ", &[".", ","]),
    (Kind::MessageCopy, "the message you sent to ", &[".", ","]),
];

/// Words that precede a refund recipient's name; the prose pattern applies only after one.
pub const REFUND_WORDS: &[&str] = &["refund", "rembourse", "rimborso", "erstattung", "reembolso", "terugbetaling", "zwrot"];

/// Suffixes Amazon appends to a buyer's display name.
pub const DISPLAY_NAME_SUFFIXES: &[&str] = &[" - amazon marketplace", " – amazon marketplace", " - marketplace amazon"];

/// Subjects of automatic replies (out of office, vacation) in the languages we serve.
pub const AUTO_REPLY_SUBJECTS: &[&str] = &[
    "automatic reply", "auto reply", "autoreply", "auto-reply", "out of office", "out-of-office",
    "automatische antwort", "abwesenheitsnotiz", "réponse automatique", "absence du bureau",
    "risposta automatica", "fuori sede", "respuesta automática", "fuera de la oficina", "automatisch antwoord",
    "niet aanwezig", "autosvar", "automatyczna odpowiedź", "otomatik yanıt", "自動応答", "自動返信", "不在",
    "自动回复",
];

/// Subjects of delivery status notifications from mail servers.
pub const BOUNCE_SUBJECTS: &[&str] = &[
    "undelivered mail returned to sender", "delivery status notification (failure)", "mail delivery failed",
    "undeliverable:", "unzustellbar:", "non remis :", "non recapitabile:", "no se puede entregar:",
    "onbestelbaar:", "returned mail:", "failure notice",
];
