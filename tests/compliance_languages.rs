//! The compliance check catches the same kinds of violation in every reply language: for each
//! one, a marketing sentence, a review incentive, a neutral review request and an invitation to
//! contact the seller outside Amazon, each with the finding it must get, and an ordinary
//! customer-service reply in that language that must pass untouched.

use orderlens::lang::Lang;
use orderlens::reply::compliance::{check, CheckContext, Rule, Severity};

/// One language's examples: each sentence with the words the finding must cover, and replies
/// with nothing to find (among them wording close to a pattern: "after assessing the item").
struct Examples {
    lang: Lang,
    marketing: (&'static str, &'static str),
    review_incentive: (&'static str, &'static str),
    review_request: (&'static str, &'static str),
    off_amazon: (&'static str, &'static str),
    clean: &'static [&'static str],
}

const EXAMPLES: &[Examples] = &[
    Examples {
        lang: Lang::En,
        marketing: ("Use code SUMMER10 for 10% off your next purchase.", "10% off"),
        review_incentive: ("We will refund you $5 for a 5-star review.", "5-star"),
        review_request: ("If you have a moment, please leave a review.", "leave a review"),
        off_amazon: ("For faster help, please call us.", "call us"),
        clean: &["Thank you for your message. Your parcel was handed to DHL today and should arrive by 12 March \
                2026. You can follow it under Your Orders on Amazon."],
    },
    Examples {
        lang: Lang::De,
        marketing: ("Mit dem Gutscheincode SOMMER10 erhalten Sie 10 % Rabatt.", "Gutscheincode"),
        review_incentive: ("Für eine 5-Sterne-Bewertung erstatten wir Ihnen 5 Euro.", "5-Sterne"),
        review_request: ("Wir würden uns freuen, wenn Sie eine Bewertung hinterlassen.", "Bewertung hinterlassen"),
        off_amazon: ("Rufen Sie uns gerne jederzeit an.", "Rufen Sie uns gerne jederzeit an"),
        clean: &["Vielen Dank für Ihre Nachricht. Das Paket wurde heute an DHL übergeben und kommt voraussichtlich \
                bis zum 12. März 2026 bei Ihnen an."],
    },
    Examples {
        lang: Lang::Fr,
        marketing: ("Profitez de notre code promo ETE10 sur votre prochaine commande.", "code promo"),
        review_incentive: ("Nous vous offrons un cadeau contre un avis positif.", "avis positif"),
        review_request: ("N'hésitez pas à laisser un avis sur le produit.", "laisser un avis sur"),
        off_amazon: ("Appelez-nous pour en parler.", "Appelez-nous"),
        clean: &["Merci pour votre message. Le colis a été remis à Colissimo aujourd'hui et arrivera au plus tard \
                le 12 mars 2026."],
    },
    Examples {
        lang: Lang::It,
        marketing: ("Usi il codice sconto ESTATE sul suo prossimo acquisto.", "codice sconto"),
        review_incentive: ("Le offriamo un buono in cambio di una recensione a cinque stelle.", "cinque stelle"),
        review_request: ("Se ha un momento, ci lasci una recensione.", "lasci una recensione"),
        off_amazon: ("Per qualsiasi dubbio ci chiami pure.", "ci chiami"),
        clean: &["La ringraziamo per il suo messaggio. Il pacco è stato affidato oggi a BRT e arriverà entro il 12 \
                marzo 2026."],
    },
    Examples {
        lang: Lang::Es,
        marketing: ("Use el código de descuento VERANO10 en su próximo pedido.", "código de descuento"),
        review_incentive: ("Le haremos un reembolso a cambio de una valoración positiva.", "valoración positiva"),
        review_request: ("Si tiene un momento, déjenos una opinión sobre el producto.", "déjenos una opinión"),
        off_amazon: ("Llámenos y lo resolvemos enseguida.", "Llámenos"),
        clean: &["Gracias por su mensaje. El paquete se ha entregado hoy a Correos y llegará como muy tarde el 12 de \
                marzo de 2026."],
    },
    Examples {
        lang: Lang::Pl,
        marketing: ("Z kodem rabatowym LATO10 kupią Państwo taniej.", "kodem rabatowym"),
        review_incentive: ("W zamian za pozytywną opinię wyślemy Państwu prezent.", "pozytywną opinię"),
        review_request: ("Prosimy o wystawienie opinii o produkcie.", "wystawienie opinii"),
        off_amazon: ("W razie pytań prosimy zadzwonić do nas.", "zadzwonić do nas"),
        clean: &["Dziękujemy za wiadomość. Paczka została dziś przekazana firmie InPost i dotrze do Państwa \
                najpóźniej 12 marca 2026."],
    },
    Examples {
        lang: Lang::Ja,
        marketing: ("次回のご購入に使える割引クーポンを同封しました。", "クーポン"),
        review_incentive: ("星5のレビューを書いていただいた方にギフト券をプレゼントします。", "星5"),
        review_request: ("よろしければレビューを投稿していただけますと幸いです。", "レビューを投稿"),
        off_amazon: ("お急ぎの場合は当店までお電話ください。", "当店までお電話ください"),
        clean: &["お問い合わせいただき、誠にありがとうございます。商品は本日ヤマト運輸にお渡しし、2026年3月12日までにお届けの予定です。"],
    },
    Examples {
        lang: Lang::Zh,
        marketing: ("关注我们的店铺即可领取优惠券。", "关注我们"),
        review_incentive: ("给五星好评即可返现10元。", "五星"),
        review_request: ("如果方便的话，请给我们留下评价。", "给我们留下评价"),
        off_amazon: ("有问题请直接致电我们。", "致电我们"),
        clean: &["感谢您的留言。您的包裹已于今天交给顺丰速运，预计最晚于2026年3月12日送达。"],
    },
    Examples {
        lang: Lang::Pt,
        marketing: ("Use o cupom VERAO10 e ganhe 10% de desconto na sua próxima compra.", "cupom"),
        review_incentive: ("Enviamos um brinde em troca de uma avaliação cinco estrelas.", "cinco estrelas"),
        review_request: ("Se puder, deixe uma avaliação sobre o produto.", "deixe uma avaliação"),
        off_amazon: ("Para resolver mais rápido, ligue para nós.", "ligue para nós"),
        clean: &["Agradecemos a sua mensagem. O seu pedido foi despachado hoje pela transportadora Correios e deve \
                chegar até 12 de março de 2026. Você pode acompanhar a entrega em “Seus pedidos”.",
            "Após a avaliação do produto devolvido, faremos o reembolso pela Amazon.",
            "Se precisar, podemos alterar a nota fiscal com o CNPJ da sua empresa.",
            "Caso o pacote não chegue, ligue para a transportadora ou responda a esta mensagem.",
        ],
    },
    Examples {
        lang: Lang::Nl,
        marketing: ("Gebruik de kortingscode ZOMER10 voor 10% korting op uw volgende bestelling.", "kortingscode"),
        review_incentive: ("U ontvangt een cadeaubon in ruil voor een positieve review.", "positieve review"),
        review_request: ("Wij zouden het fijn vinden als u een beoordeling achterlaat.", "een beoordeling achterlaat"),
        off_amazon: ("Bel ons gerust als u vragen heeft.", "Bel ons"),
        clean: &["Hartelijk dank voor uw bericht. Uw pakket is vandaag aan PostNL meegegeven en wordt uiterlijk 12 \
                maart 2026 bij u bezorgd.",
            "Na beoordeling van de foto's ontvangt u een volledige terugbetaling.",
            "Neem gerust contact met ons op via dit bericht als u nog vragen heeft.",
        ],
    },
    Examples {
        lang: Lang::Sv,
        marketing: ("Använd rabattkoden SOMMAR10 på ditt nästa köp.", "rabattkoden"),
        review_incentive: ("Du får ett presentkort i utbyte mot ett positivt omdöme.", "positivt omdöme"),
        review_request: ("Vi blir glada om du vill lämna ett omdöme.", "lämna ett omdöme"),
        off_amazon: ("Ring oss så hjälper vi dig direkt.", "Ring oss"),
        clean: &["Tack för ditt meddelande. Paketet lämnades till PostNord i dag och kommer fram senast den 12 mars \
                2026.",
            "Efter att vi har bedömt varan får du pengarna tillbaka via Amazon.",
            "Om paketet inte kommer fram kan du ringa transportföretaget eller svara på det här meddelandet.",
        ],
    },
    Examples {
        lang: Lang::Tr,
        marketing: ("Bir sonraki alışverişinizde %10 indirim için kupon kodunu kullanın.", "%10 indirim"),
        review_incentive: ("Beş yıldızlı yorum karşılığında size hediye çeki göndereceğiz.", "Beş yıldızlı"),
        review_request: ("Vaktiniz olursa ürün hakkında yorum yapabilirsiniz.", "yorum yapabilirsiniz"),
        off_amazon: ("Daha hızlı yardım için bizi arayın.", "bizi arayın"),
        clean: &["Mesajınız için teşekkür ederiz. 405-1234567-1234567 numaralı siparişiniz bugün Aras Kargo ile \
                gönderildi ve en geç 12 Mart 2026 tarihine kadar size ulaşacak.",
            "İADE EDİLEN ÜRÜNÜN DEĞERLENDİRMESİ TAMAMLANDIKTAN SONRA ÜCRETSİZ DEĞİŞİM YAPILACAKTIR.",
            "Yorumunuz için teşekkür ederiz; ürün değişimi için kargo firmasını arayabilirsiniz.",
        ],
    },
    Examples {
        lang: Lang::Ar,
        marketing: ("استخدموا كود الخصم SALE10 للحصول على خصم 10% على طلبكم القادم.", "كود الخصم"),
        review_incentive: ("سنرسل لكم هدية مقابل تقييم خمس نجوم.", "مقابل تقييم"),
        review_request: ("يسعدنا أن تتركوا تقييمًا للمنتج.", "تتركوا تقييمًا"),
        off_amazon: ("للمساعدة السريعة، اتصلوا بنا مباشرة.", "اتصلوا بنا"),
        clean: &["شكرًا لتواصلكم معنا بخصوص الطلب رقم 405-1234567-1234567. تم تسليم الطرد اليوم إلى شركة \
                أرامكس، ومن المتوقع أن يصلكم في موعد أقصاه 12 مارس 2026.",
            "سنرد إليكم المبلغ كاملًا بعد تقييم حالة المنتج المرتجع.",
            "تم خصم المبلغ من بطاقتكم، ويمكنكم التواصل مع شركة الشحن عبر الهاتف لتحديد موعد التسليم.",
        ],
    },
];

/// The findings of `text` for a buyer of `lang`, as (rule, flagged text) pairs.
fn flagged(text: &str, lang: Lang) -> Vec<(Rule, String)> {
    let ctx = CheckContext { buyer_lang: Some(lang), ..CheckContext::default() };
    let utf16: Vec<u16> = text.encode_utf16().collect();
    check(text, &ctx).into_iter().map(|f| (f.rule, String::from_utf16_lossy(&utf16[f.start..f.end]))).collect()
}

/// Every mismatch of one language, so a failing run names all of them at once.
fn mismatches(e: &Examples) -> Vec<String> {
    let mut wrong = Vec::new();
    for (what, (text, words), rule) in [
        ("marketing", e.marketing, Rule::Marketing),
        ("review incentive", e.review_incentive, Rule::ReviewManipulation),
        ("review request", e.review_request, Rule::ReviewRequest),
        ("off-Amazon contact", e.off_amazon, Rule::Marketing),
    ] {
        let got = flagged(text, e.lang);
        if !got.iter().any(|(r, s)| *r == rule && s.contains(words)) {
            wrong.push(format!("{:?} {what}: want {rule:?} on {words:?} in {text:?}, got {got:?}", e.lang));
        }
        // A neutral request only warns: no blocking finding may come with it.
        if rule == Rule::ReviewRequest && got.iter().any(|(r, _)| r.severity() == Severity::Block) {
            wrong.push(format!("{:?} {what} blocks: {got:?}", e.lang));
        }
    }
    for text in e.clean {
        let got = flagged(text, e.lang);
        if !got.is_empty() {
            wrong.push(format!("{:?} ordinary reply {text:?} is flagged: {got:?}", e.lang));
        }
    }
    wrong
}

#[test]
fn every_reply_language_has_its_examples() {
    for lang in Lang::REPLY {
        assert!(EXAMPLES.iter().any(|e| e.lang == lang), "no compliance examples for {lang:?}");
    }
}

#[test]
fn each_kind_of_violation_is_caught_in_every_language_and_ordinary_replies_pass() {
    let wrong: Vec<String> = EXAMPLES.iter().flat_map(mismatches).collect();
    assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn a_violation_is_caught_whatever_the_buyers_language() {
    // Agents mix languages: a Turkish coupon in a reply to a German buyer is still a coupon.
    for e in EXAMPLES {
        for other in [Lang::En, Lang::Ar] {
            let got = flagged(e.marketing.0, other);
            assert!(got.iter().any(|(r, _)| *r == Rule::Marketing), "{:?} for a {other:?} buyer: {got:?}", e.lang);
        }
    }
}
