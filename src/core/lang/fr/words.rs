//! Français.

use super::Words;
use crate::core::lang::Lang;

pub(super) const WORDS: Words = Words {
    lang: Lang::Fr,
    marketing: &[
        "code promo*",
        "code* de réduction",
        "bon* de réduction",
        "bon* d'achat",
        "# % de réduction",
        "offre* spéciale*",
        "offre* exclusive*",
        "promotion*",
        "lettre* d'information",
        "abonnez vous",
        "suivez nous",
        "notre site",
        "notre boutique en ligne",
        "achetez|commandez directement",
        "votre prochain achat",
        "votre prochaine commande",
        // Off Amazon: "call us".
        "appelez|téléphonez nous",
        "contactez nous par|au téléphone",
    ],
    review_manipulation: &[
        "avis|commentaire* positif*",
        "évaluation* positive*",
        "bonne* évaluation*",
        "bon* avis",
        "# étoiles",
        "cinq étoiles",
        // "note" and "commentaire" are too common ("prenez note", "commentaire de livraison").
        "modifier|changer|supprimer|retirer|revoir|corriger votre|l|cet|ce .. avis|évaluation*",
        "mettre à jour votre|l|cet|ce .. avis|évaluation*",
        "en échange d|de .. avis|évaluation*|commentaire*",
        "remboursement*|réduction*|bon|bons|cadeau*|coupon* pour|contre un|une|votre .. avis|évaluation*",
    ],
    // Not "laisser un avis" alone: carriers leave an "avis de passage".
    review_request: &[
        "laisser|laissez|écrire|rédiger|publier un|une|votre|vos avis|évaluation*|commentaire* sur|client*",
        "laisser|laissez une|votre évaluation*",
        "donner|donnez votre avis",
        "évaluez nous",
    ],
    phone_hints: &["tél", "tel", "téléphone", "appel", "appelez", "portable", "mobile", "fax"],
    number_hints: &["commande", "suivi", "facture", "colis", "référence", "article", "série", "dossier"],
    common: &[
        "le", "les", "et", "est", "vous", "votre", "vos", "nous", "pour", "avec", "une", "des", "dans", "merci", "sur",
        "pas", "du", "au", "ce", "cette",
    ],
};
