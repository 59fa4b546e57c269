//! The words around a buyer's name, and the words that are never one, in every language
//! Amazon writes in. Adding a language is adding rows; `buyer_name.rs` holds the reading.
//! Phrases are matched case-insensitively.

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
    // Copies of the seller's reply: the subject is "Your email to <name>" and nothing more.
    ("your email to ", &[]),
    ("your e-mail to ", &[]),
    ("seu e-mail para ", &[]),
    ("votre e-mail à ", &[]),
    ("ihre e-mail an ", &[]),
    ("deine e-mail an ", &[]),
    ("la tua e-mail a ", &[]),
    ("su correo electrónico a ", &[]),
    ("tu correo electrónico a ", &[]),
    ("uw e-mail aan ", &[]),
    ("je e-mail aan ", &[]),
    ("twój e-mail do ", &[]),
    ("ditt e-postmeddelande till ", &[]),
    ("(objet: demande de renseignements de la part du client amazon ", &[")"]),
];

/// How one language's notices name the buyer in a sentence. `{n}` stands for a number (an
/// amount, a date, an order id): "a refund of USD 29.99 to <name>", "envoyé à <name> le
/// 2026-03-04". Anchoring on Amazon's own words, on both sides, is what lets a name be
/// read whatever its first letter, lower case included.
pub struct NoticeWording {
    /// Right before the name in a refund notice.
    pub refunded_to: &'static [&'static str],
    /// Right before the name where a notice speaks of the seller's message to the buyer:
    /// delivery failures and copies of the seller's reply.
    pub sent_to: &'static [&'static str],
    /// Right after the name, in this language's notices.
    pub after_name: &'static [&'static str],
}

#[rustfmt::skip]
pub const NOTICE_WORDING: &[NoticeWording] = &[
    // en
    NoticeWording {
        refunded_to: &["{n} to ", "refund to "],
        sent_to: &["sent to ", "message to ", "email to ", "e-mail to "],
        after_name: &[" on {n}", " for ", " following", " because", " could ", " couldn't", " was ", " has ", " is ",
            " as ", " after ", " regarding", " about "],
    },
    // fr
    NoticeWording {
        refunded_to: &["{n} à ", "remboursement à "],
        sent_to: &["envoyé à ", "envoyée à ", "message à ", "e-mail à ", "courriel à "],
        after_name: &[" le {n}", " pour ", " suite", " car ", " n'a ", " n’a ", " a été", " concernant", " en raison",
            " après ", " parce"],
    },
    // it
    NoticeWording {
        refunded_to: &["{n} a ", "rimborso a "],
        sent_to: &["inviato a ", "inviata a ", "messaggio a ", "e-mail a "],
        after_name: &[" il {n}", " in data", " per ", " a seguito", " in seguito", " dopo ", " non ", " perché",
            " poiché", " relativo"],
    },
    // es
    NoticeWording {
        refunded_to: &["{n} a ", "reembolso a "],
        sent_to: &["enviaste a ", "enviado a ", "enviada a ", "mensaje a ", "correo electrónico a "],
        after_name: &[" el {n}", " con fecha", " para ", " por ", " tras ", " debido", " después", " no ", " porque",
            " ya que", " a raíz", " relativo"],
    },
    // de
    NoticeWording {
        refunded_to: &["{n} an ", "erstattung an "],
        sent_to: &["nachricht an ", "e-mail an ", "die du an ", "die sie an ", "{n} an ", "gesendet an "],
        after_name: &[" am {n}", " gesendet", " geschickt", " konnte", " wurde", " nicht ", " für ", " zur ", " zum ",
            " vom ", " aufgrund", " nach ", " wegen", " veranlasst", " erstattet", " eingeleitet", " bezüglich"],
    },
    // nl
    NoticeWording {
        refunded_to: &["{n} aan ", "terugbetaling aan "],
        sent_to: &["bericht aan ", "e-mail aan ", "die je aan ", "die u aan ", "{n} aan ", "verzonden aan ",
            "verstuurd aan ", "bericht naar ", "die je naar ", "die u naar ", "{n} naar "],
        after_name: &[" op {n}", " hebt", " heeft", " verzonden", " verstuurd", " gestuurd", " kon ", " is ", " niet ",
            " voor ", " na ", " vanwege", " omdat", " gestart", " geïnitieerd", " in gang"],
    },
    // pt
    NoticeWording {
        refunded_to: &["{n} para ", "reembolso para "],
        sent_to: &["enviou para ", "enviada para ", "enviado para ", "mensagem para ", "e-mail para "],
        after_name: &[" em {n}", " referente", " do pedido", " para o pedido", " não ", " porque", " pois ", " após",
            " devido", " por "],
    },
    // sv
    NoticeWording {
        refunded_to: &["{n} till ", "återbetalning till "],
        sent_to: &["skickade till ", "skickat till ", "skickats till ", "meddelande till ", "e-post till "],
        after_name: &[" den {n}", " för ", " kunde ", " har ", " eftersom", " efter ", " på grund", " levererades"],
    },
    // pl
    NoticeWording {
        refunded_to: &["{n} dla ", "{n} na rzecz ", "środków dla "],
        sent_to: &["wysłanej do ", "wysłana do ", "wysłaną do ", "wiadomość do ", "wiadomości do ", "e-mail do "],
        after_name: &[" w dniu", " dnia ", " z dnia", " dotycząc", " w sprawie", " nie ", " ponieważ", " po ", " za ",
            " w związku", " z powodu", " została"],
    },
    // tr: the name comes before its case ending or "adlı" ("named").
    NoticeWording {
        refunded_to: &["numaralı sipariş için "],
        sent_to: &["{n} tarihinde "],
        after_name: &[" adlı", " isimli", "'a ", "'e ", "'ya ", "'ye ", "’a ", "’e ", "’ya ", "’ye ", " için ",
            " tarafından"],
    },
    // ja: "2026/03/04に山田花子様に送信したメッセージ"
    NoticeWording { refunded_to: &[], sent_to: &["{n}に"], after_name: &["様", "さん"] },
    // zh: "您发送给张伟的消息", "我们已向张伟发起退款"
    NoticeWording { refunded_to: &["已向"], sent_to: &["发送给"], after_name: &["的", "发起", "退款"] },
    // ar
    NoticeWording {
        refunded_to: &["{n} إلى ", "استرداد إلى "],
        sent_to: &["أرسلتها إلى ", "رسالتك إلى "],
        after_name: &[" في ", " بتاريخ", " بخصوص", " بعد ", " بسبب", " لأن", " للطلب", " لم "],
    },
];

/// Words that stand where a name could, but name nobody: the buyer, the customer, Amazon,
/// the payment method. Compared with each word of a candidate, any case.
pub const GENERIC_NAME_WORDS: &[&str] = &[
    "amazon",
    "marketplace",
    "seller",
    "sellers",
    "central",
    "support",
    "buyer",
    "buyers",
    "customer",
    "customers",
    "client",
    "clients",
    "recipient",
    "recipients",
    "purchaser",
    "shopper",
    "payment",
    "method",
    "account",
    "card",
    // fr
    "acheteur",
    "acheteuse",
    "acheteurs",
    "destinataire",
    "destinataires",
    "vendeur",
    // it
    "acquirente",
    "acquirenti",
    "cliente",
    "clienti",
    "destinatario",
    "destinatari",
    "venditore",
    // es, pt
    "comprador",
    "compradora",
    "compradores",
    "clientes",
    "vendedor",
    "destinatário",
    // de
    "käufer",
    "käuferin",
    "käufern",
    "kunde",
    "kundin",
    "kunden",
    "empfänger",
    "empfängerin",
    "verkäufer",
    // nl
    "koper",
    "kopers",
    "klant",
    "klanten",
    "ontvanger",
    "verkoper",
    // sv
    "köpare",
    "köparen",
    "köparna",
    "kund",
    "mottagare",
    "mottagaren",
    "säljare",
    // pl
    "kupujący",
    "kupującego",
    "kupującemu",
    "kupującej",
    "klient",
    "klienta",
    "klientowi",
    "odbiorca",
    "odbiorcy",
    "sprzedawca",
    // tr
    "alıcı",
    "alıcıya",
    "alıcının",
    "müşteri",
    "müşteriye",
    "müşterinin",
    "satıcı",
    // ja, zh: matched inside the candidate, as these scripts have no spaces
    "購入者",
    "お客様",
    "顧客",
    "出品者",
    "买家",
    "买方",
    "客户",
    "顾客",
    "购买者",
    "卖家",
    // ar
    "المشتري",
    "للمشتري",
    "العميل",
    "للعميل",
    "المستلم",
    "البائع",
];

/// Words of prose, written in lower case: articles, pronouns, possessives. Lower case as
/// written, so "La Toya" is a name and "la cliente" is not.
pub const FUNCTION_WORDS: &[&str] = &[
    // en
    "the", "a", "an", "your", "our", "their", "his", "her", "its", "my", "this", "that", "these", "those", "you", "we",
    "us", "them", "him", "it", "all", "any", "each", "every", "some", "which", "who", "whom", "one", "another",
    "other", "no", // fr
    "les", "l", "un", "une", "des", "du", "d", "votre", "vos", "notre", "nos", "leur", "leurs", "son", "sa", "ses",
    "ce", "cet", "cette", "ces", "vous", "nous", "lui", "eux", "tout", "tous", // it
    "il", "lo", "gli", "i", "uno", "una", "dello", "dei", "degli", "delle", "allo", "alla", "ai", "agli", "alle",
    "tuo", "tua", "tuoi", "suo", "sua", "suoi", "questo", "questa", "quel", "quello", "quella", "lei", "loro", "voi",
    "noi", "dell", "all", "nell", // es
    "los", "las", "unos", "unas", "su", "sus", "tu", "tus", "este", "esta", "ese", "esa", "usted", "ustedes", "ellos",
    "ellas", // de
    "die", "das", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "dein", "deine", "deinen", "deinem",
    "ihr", "ihre", "ihren", "ihrem", "sein", "seine", "seinen", "diese", "diesen", "dieser", "sie", "ihn", "uns",
    "euch", "alle", // nl
    "het", "een", "je", "jouw", "jullie", "uw", "zijn", "haar", "hun", "deze", "dit", "dat", // pt
    "o", "os", "as", "um", "uma", "uns", "umas", "seu", "seus", "suas", "esse", "essa", "ele", "ela", "eles", "elas",
    "você", "vocês", "ao", "aos", "à", "às", "na", "no", // sv
    "ett", "det", "din", "ditt", "dina", "er", "ert", "era", "hans", "hennes", "deras", "honom", "henne",
    // pl
    "ta", "to", "te", "twój", "twoja", "twoje", "pana", "pani", "jego", "jej", "ich", "was", "nas", // tr
    "bu", "şu", "bir", "sizin", "onun",
];

/// Lower-case words that join the parts of a name ("jan de vries", "Ana dos Santos"): allowed
/// between other words, never first or last.
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "le", "la", "el", "y", "e",
    "bin", "ibn", "al", "ter", "du", "zu", "ten", "af", "av",
];

/// Suffixes Amazon appends to a buyer's display name.
pub const DISPLAY_NAME_SUFFIXES: &[&str] = &[" - amazon marketplace", " – amazon marketplace", " - marketplace amazon"];
