//! The words Amazon writes around the facts of a notice, in every language detection knows
//! (the kind phrases are in `words.rs`). Labels are compared case-insensitively with the text
//! before a colon or with a table's header cell; phrases are found as substrings.

/// Which fact a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Reason,
    Comment,
    Item,
    Sku,
    Quantity,
    Rating,
    Subject,
    ShipBy,
    RespondBy,
    /// Not a fact of its own (detection reads the ASIN), but a column of the tables.
    Asin,
}

/// Labels, the more specific first ("return reason" before "reason").
pub const LABELS: &[(Label, &[&str])] = &[
    (
        Label::Reason,
        &[
            "return reason", "claim reason", "cancellation reason", "reason for cancellation", "reason",
            "rücksendegrund", "grund der rücksendung", "stornierungsgrund", "grund",
            "motif du retour", "motif de la réclamation", "motif d'annulation", "motif",
            "motivo del reso", "motivo della richiesta", "motivo dell'annullamento",
            "motivo de la devolución", "motivo de la reclamación", "motivo de la cancelación",
            "motivo da devolução", "motivo do cancelamento", "motivo",
            "reden van retour", "reden voor retour", "reden van annulering", "reden",
            "powód zwrotu", "powód anulowania", "powód",
            "iade nedeni", "iptal nedeni", "neden",
            "returorsak", "anledning till retur", "orsak", "anledning",
            "返品理由", "キャンセル理由", "理由", "退货原因", "取消原因", "原因",
            "سبب الإرجاع", "سبب الإلغاء", "السبب",
        ],
    ),
    (
        Label::Comment,
        &[
            "customer's comment", "customer comment", "customer comments", "buyer's comment", "buyer comment",
            "comments", "comment",
            "kundenkommentar", "kommentar des kunden", "kommentar",
            "commentaire du client", "commentaire de l'acheteur", "commentaire",
            "commento del cliente", "commento dell'acquirente", "commento",
            "comentario del cliente", "comentario del comprador", "comentario",
            "comentário do cliente", "comentário do comprador", "comentário",
            "opmerking van de klant", "opmerking van de koper", "opmerking",
            "komentarz klienta", "komentarz kupującego", "komentarz",
            "müşteri yorumu", "alıcı yorumu", "yorum",
            "kundens kommentar", "köparens kommentar",
            "お客様のコメント", "購入者のコメント", "コメント", "买家留言", "买家评论", "评论",
            "تعليق العميل", "تعليق المشتري", "التعليق",
        ],
    ),
    (
        Label::Item,
        &[
            "order item", "item", "product", "artikel", "produkt", "article", "produit", "articolo", "prodotto",
            "artículo", "producto", "produto", "item do pedido", "ürün", "商品名", "商品", "المنتج",
        ],
    ),
    (Label::Asin, &["asin"]),
    (Label::Sku, &["sku", "seller sku", "händler-sku", "sku du vendeur", "sku del venditore", "sku del vendedor"]),
    (
        Label::Quantity,
        &[
            "return quantity", "quantity", "qty", "rücksendemenge", "menge", "anzahl", "quantité", "quantità",
            "cantidad", "quantidade", "aantal", "ilość", "miktar", "adet", "antal", "数量", "الكمية",
        ],
    ),
    (
        Label::Rating,
        &[
            "rating", "bewertung", "note", "évaluation", "valutazione", "puntuación", "calificación", "valoración",
            "classificação", "avaliação", "beoordeling", "ocena", "puan", "değerlendirme", "betyg", "評価",
            "评分", "التقييم",
        ],
    ),
    (
        Label::Subject,
        &[
            "subject", "betreff", "objet", "oggetto", "asunto", "assunto", "onderwerp", "temat", "konu", "ämne",
            "件名", "主题", "الموضوع",
        ],
    ),
    (
        Label::ShipBy,
        &[
            "ship by", "dispatch by", "versand bis", "versenden bis", "expédier avant le", "expédier avant",
            "expédition avant", "spedire entro il", "spedire entro", "enviar antes de", "enviar antes del",
            "enviar até", "verzenden vóór", "verzenden voor", "wyślij do", "şu tarihe kadar kargola",
            "kargoya verme tarihi", "skicka senast", "発送期限", "出荷予定日", "出荷期限", "发货截止", "الشحن قبل",
        ],
    ),
    (
        Label::RespondBy,
        &[
            "respond by", "response due", "reply by", "antworten bis", "antwort bis", "répondre avant le",
            "répondre avant", "rispondere entro il", "rispondere entro", "responder antes de", "responder antes del",
            "responder até", "reageren vóór", "reageren voor", "odpowiedz do", "yanıt verme tarihi", "svara senast",
            "回答期限", "回复截止", "الرد قبل",
        ],
    ),
];

/// A claim Amazon decided against the seller (refunded the buyer).
pub const CLAIM_GRANTED: &[&str] = &[
    "we have granted", "has been granted", "was granted", "granted a claim", "granted an a-to-z",
    "nous avons accordé", "a été accordée", "hemos concedido", "ha sido concedida",
    "gewährt", "stattgegeben", "abbiamo accolto", "è stata accolta", "abbiamo concesso", "toegekend",
    "przyznaliśmy", "uznaliśmy", "onaylandı", "kabul ettik", "beviljat", "beviljats", "concedemos",
    "foi concedida", "foi aprovada", "承認しました", "認められました", "已批准", "批准了", "تمت الموافقة", "قبلنا",
];

/// A claim Amazon decided for the seller.
pub const CLAIM_DENIED: &[&str] = &[
    "denied", "rejected", "not granted", "refusé", "rejeté", "rejetée", "refusée", "denegado", "denegada",
    "rechazado", "rechazada", "abgelehnt", "respinto", "respinta", "negato", "negata", "afgewezen",
    "odrzucon", "reddedildi", "avslag", "avslogs", "avslagits", "negada", "negado", "rejeitada", "却下",
    "拒绝", "驳回", "رفض", "مرفوض",
];

/// A claim decision whose outcome the notice words differently.
pub const CLAIM_DECISION: &[&str] = &[
    "claim decision", "décision concernant la réclamation", "decisión sobre la reclamación", "entscheidung",
    "decisione", "besluit", "decyzja", "karar", "beslut", "decisão", "決定", "决定", "قرار",
];

/// The granted claim's amount is taken from the seller.
pub const DEBITED_FROM_SELLER: &[&str] = &[
    "debited from your account", "charged to your account", "deducted from your account", "from your account",
    "débité de votre compte", "de votre compte", "cobrado el importe de su cuenta", "de su cuenta",
    "addebitato sul tuo account", "dal tuo account", "von deinem konto", "von ihrem konto", "belastet",
    "afgeschreven van uw rekening", "van uw account", "obciążyliśmy", "z twojego konta", "hesabınızdan",
    "debiterats ditt konto", "från ditt konto", "debitado da sua conta", "da sua conta",
    "アカウントから", "从您的账户", "من حسابك",
];

/// Amazon pays the granted claim itself.
pub const FUNDED_BY_AMAZON: &[&str] = &[
    "funded by amazon", "at amazon's expense", "amazon-funded", "amazon will cover", "pris en charge par amazon",
    "a cargo de amazon", "a carico di amazon", "von amazon übernommen", "door amazon betaald",
    "pokrywa amazon", "amazon tarafından karşılanacak", "amazon står för", "custeado pela amazon",
    "amazonが負担", "由亚马逊承担", "تتحملها أمازون",
];

/// Why Amazon did not deliver the seller's message, checked in this order.
pub const FAILURE_PHRASES: &[(super::detection::FailureReason, &[&str])] = {
    use super::detection::FailureReason::*;
    &[
        (
            SenderNotAuthorised,
            &[
                "not authorized", "not authorised", "unauthorized", "unauthorised", "not approved",
                "non autorisé", "non autorisée", "nicht autorisiert", "nicht berechtigt", "nicht genehmigt",
                "non autorizzat", "no autorizad", "niet geautoriseerd", "niet goedgekeurd", "nieautoryzowan",
                "niezatwierdzon", "yetkisiz", "onaylanmamış", "ej godkänd", "inte godkänd", "inte är godkänd", "är inte godkänd", "não autorizad",
                "承認されていない", "許可されていない", "未经授权", "未授权", "غير مصرح", "غير معتمد",
            ],
        ),
        (
            Attachment,
            &[
                "attachment", "anhang", "anhänge", "pièce jointe", "pièces jointes", "allegato", "allegati",
                "archivo adjunto", "adjunto", "bijlage", "załącznik", "ek dosya", "bilaga", "anexo", "添付",
                "附件", "المرفق", "مرفق",
            ],
        ),
        (
            Guidelines,
            &[
                "guidelines", "richtlinien", "directives", "linee guida", "directrices", "pautas", "richtlijnen",
                "wytyczn", "yönerge", "riktlinjer", "diretrizes", "ガイドライン", "准则", "指南", "إرشادات",
            ],
        ),
        (
            OptedOut,
            &[
                "opted out", "opt out", "opt-out", "chosen not to receive", "non ricevere", "ha scelto di non",
                "disattivato", "ne pas recevoir", "désinscrit", "abgemeldet", "nicht zu erhalten",
                "optado por no recibir", "no recibir", "afgemeld", "niet te ontvangen", "zrezygnował",
                "almamayı", "inte ta emot", "optou por não", "não receber", "受け取らない", "受信を拒否",
                "选择不接收", "اختار عدم", "إلغاء الاشتراك",
            ],
        ),
    ]
};

/// "2 out of 5": words between a rating and its scale.
pub const OUT_OF: &[&str] = &[
    "out of", "von", "sur", "su", "de", "van", "z", "av", "из", "/", "中", "من",
];
