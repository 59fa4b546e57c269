//! Every email fixture in `tests/fixtures/emails/`, embedded in the test binary.
//!
//! Shared by the browser corpus test (`web_corpus.rs`), the native corpus test and
//! `corpus_list_complete.rs`, which fails when this list and the directory differ.
//! The fixtures are embedded (not read from disk) because the wasm tests run inside
//! a browser that has no file system.
//!
//! Use it with `mod corpus_list;` from a file in `tests/`. Cargo also builds this file
//! as a test target of its own; it holds no tests, so that target runs nothing.
//!
//! Adding a fixture: drop `<stem>.eml` and `<stem>.json` into the directory and add
//! `"<stem>"` below, in sorted order.
#![allow(dead_code)]

/// One `.eml` fixture and its expected-result `.json`.
pub struct EmailFixture {
    pub stem: &'static str,
    pub eml: &'static [u8],
    pub json: &'static str,
}

macro_rules! email_fixtures {
    ($($stem:literal),* $(,)?) => {
        /// Every email fixture, sorted by stem.
        pub static EMAIL_FIXTURES: &[EmailFixture] = &[$(
            EmailFixture {
                stem: $stem,
                eml: include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/emails/", $stem, ".eml")),
                json: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/emails/", $stem, ".json")),
            },
        )*];
    };
}

email_fixtures![
    "ae_01_arabic_rtl",
    "au_01_lf_line_endings",
    "br_01_presale_real_format",
    "br_02_copia_seu_email_para",
    "ca_01_bilingual_inquiry",
    "de_01_frage_kunde_mixed_charsets",
    "de_03_aw_reply_old_order_quoted",
    "de_04_ruecksendung",
    "de_06_verkauft_jetzt_versenden",
    "de_07_negative_bewertung",
    "de_08_erstattung_akzent_initiale",
    "es_01_consulta_cliente",
    "es_02_reclamacion_az",
    "es_03_reembolso_inicial_enie",
    "fr_01_demande_renseignements",
    "fr_02_colis_pas_arrive_html_only",
    "fr_03_notification_retour",
    "fr_04_remboursement_initie",
    "fr_05_decision_reclamation_atoz",
    "fr_06_expediteur_non_autorise_auto_submitted",
    "ie_01_damaged_item",
    "it_01_messaggio_real_layout",
    "it_02_reso_folded_subject",
    "it_03_rimborso_avviato",
    "it_05_opt_out_non_consegnato",
    "it_06_opt_out_auto_submitted_minuscolo",
    "jp_01_inquiry_iso2022jp",
    "jp_03_huifu_chinese_reply",
    "jp_04_order_confirmation_iso2022jp",
    "jp_06_placeholder_subject_bug",
    "jp_07_chargeback_yen",
    "mx_01_cancel_request",
    "neg_01_phish_relay_domain_suffix",
    "neg_02_phish_lookalike_domain",
    "neg_04_spoofed_amazon_dmarc_fail",
    "neg_06_ebay_member_message",
    "neg_07_bank_reference_3_7_7",
    "neg_08_personal_mail_with_order",
    "neg_09_amazon_shopper_receipt",
    "neg_10_seller_tool_newsletter",
    "neg_11_malformed_mime_random",
    "neg_12_truncated_random",
    "neg_14_walmart_relay",
    "neg_15_amazonses_third_party",
    "neg_16_aws_billing",
    "neg_18_jp_phishing",
    "neg_20_out_of_office_autoreply",
    "neg_21_lookalike_auto_replied_notice",
    "neg_22_dmarc_fail_auto_submitted_notice",
    "neg_23_colleague_out_of_office_quoting_notice",
    "neg_24_display_name_spoof_auto_reply",
    "nl_01_factuuraanvraag",
    "nl_02_terugbetaling_kleine_letters",
    "pl_01_zapytanie_hex_alias",
    "se_01_avsandare_ej_godkand_auto_submitted",
    "tr_01_siparis_sorusu",
    "tr_02_mesaj_teslim_edilemedi",
    "uk_01_delivery_enquiry_classic",
    "uk_02_return_authorisation",
    "uk_03_sold_dispatch_now",
    "uk_06_chargeback",
    "uk_07_buyer_out_of_office_relayed",
    "uk_08_negative_feedback",
    "us_01_inquiry_classic",
    "us_02_product_details_html_only",
    "us_03_presale_no_order",
    "us_05_return_authorization",
    "us_06_atoz_claim_received",
    "us_08_refund_initiated",
    "us_09_chargeback_new",
    "us_11_sold_ship_now",
    "us_12_optout_bounce",
    "us_14_message_copy",
    "us_15_fwd_inline",
    "us_17_mixed_case_folded_headers",
    "us_18_attachment_photo",
    "us_20_malformed_boundary_positive",
    "us_21_unauthorized_sender_no_name",
    "us_22_atoz_claim_denied",
];
