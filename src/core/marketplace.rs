//! The Amazon marketplaces: the one table every other fact is derived from
//! (buyer-alias domains, Seller Central links, SP-API endpoints, extension hosts,
//! currency and language defaults).

use serde::{Serialize, Serializer};

/// SP-API region. A refresh token covers every marketplace of one region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Region {
    NA,
    EU,
    FE,
}

impl Region {
    pub const ALL: [Region; 3] = [Region::NA, Region::EU, Region::FE];

    /// Production SP-API host (no scheme).
    pub fn endpoint_host(self) -> &'static str {
        match self {
            Region::NA => "sellingpartnerapi-na.amazon.com",
            Region::EU => "sellingpartnerapi-eu.amazon.com",
            Region::FE => "sellingpartnerapi-fe.amazon.com",
        }
    }

    /// Amazon's sandbox SP-API host (no scheme).
    pub fn sandbox_host(self) -> &'static str {
        match self {
            Region::NA => "sandbox.sellingpartnerapi-na.amazon.com",
            Region::EU => "sandbox.sellingpartnerapi-eu.amazon.com",
            Region::FE => "sandbox.sellingpartnerapi-fe.amazon.com",
        }
    }

    pub fn aws_region(self) -> &'static str {
        match self {
            Region::NA => "us-east-1",
            Region::EU => "eu-west-1",
            Region::FE => "us-west-2",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Region::NA => "NA",
            Region::EU => "EU",
            Region::FE => "FE",
        }
    }

    /// Where a seller of this region authorises an app: the Seller Central of the region's
    /// largest marketplace (US, Germany's `sellercentral-europe`, Japan). A refresh token from
    /// any Seller Central of the region covers all of its marketplaces.
    pub fn seller_central(self) -> &'static str {
        let code = match self {
            Region::NA => "US",
            Region::EU => "DE",
            Region::FE => "JP",
        };
        Marketplace::by_code(code).map_or("https://sellercentral.amazon.com", |m| m.seller_central)
    }

    /// "Europe": what the region picker calls it.
    pub fn name(self) -> &'static str {
        match self {
            Region::NA => "North America",
            Region::EU => "Europe, Middle East, India and Africa",
            Region::FE => "Far East",
        }
    }
}

/// Seller Central pages of the email setup (the proxy's /setup checklist links to them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SellerCentralPage {
    /// Settings → Account Info → Seller Profile: the customer-service and reply-to addresses.
    SellerProfile,
    /// Buyer-Seller Messages → Messaging Permissions: the approved sender addresses.
    MessagingPermissions,
    /// Settings → Notification Preferences: where buyer messages, claims and refunds are mailed.
    NotificationPreferences,
}

impl SellerCentralPage {
    pub const ALL: [SellerCentralPage; 3] = [
        SellerCentralPage::SellerProfile,
        SellerCentralPage::MessagingPermissions,
        SellerCentralPage::NotificationPreferences,
    ];

    pub fn path(self) -> &'static str {
        match self {
            SellerCentralPage::SellerProfile => "/sw/AccountInfo/SellerProfileView/step/SellerProfileView",
            SellerCentralPage::MessagingPermissions => "/messaging/permissions",
            SellerCentralPage::NotificationPreferences => "/notifications/preferences",
        }
    }
}

/// One Amazon marketplace.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Marketplace {
    /// SP-API marketplace id, e.g. `A1PA6795UKMFR9`.
    pub id: &'static str,
    /// Amazon's site code (`UK`, not ISO `GB`).
    pub code: &'static str,
    pub country: &'static str,
    /// Retail domain, e.g. `amazon.de`.
    pub amazon_domain: &'static str,
    /// Seller Central origin for this marketplace.
    pub seller_central: &'static str,
    pub region: Region,
    /// ISO 4217 currency of the marketplace.
    pub currency: &'static str,
    /// BCP 47 tag of the language its buyers are answered in by default. Amazon.com.be is
    /// bilingual: Dutch, the language of most Belgians; the agent switches to French for a buyer
    /// who wrote in French. Amazon.ae: Arabic, the official language (docs/languages.md).
    pub language: &'static str,
    /// IANA time zone Seller Central shows this marketplace's times in.
    pub time_zone: &'static str,
}

/// Serialises as the site code, which is what every wire format uses.
impl Serialize for Marketplace {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

macro_rules! marketplaces {
    ($( $code:literal $id:literal $country:literal $domain:literal $sc:literal $region:ident $cur:literal $lang:literal $tz:literal ;)*) => {
        /// All 23 marketplaces, in Amazon's documentation order.
        pub static MARKETPLACES: &[Marketplace] = &[
            $( Marketplace { id: $id, code: $code, country: $country, amazon_domain: $domain,
                seller_central: $sc, region: Region::$region, currency: $cur, language: $lang, time_zone: $tz }, )*
        ];
    };
}

marketplaces! {
    "CA" "A2EUQ1WTGCTBG2" "Canada" "amazon.ca" "https://sellercentral.amazon.ca" NA "CAD" "en-CA" "America/Toronto";
    "US" "ATVPDKIKX0DER" "United States" "amazon.com" "https://sellercentral.amazon.com" NA "USD" "en-US" "America/Los_Angeles";
    "MX" "A1AM78C64UM0Y8" "Mexico" "amazon.com.mx" "https://sellercentral.amazon.com.mx" NA "MXN" "es-MX" "America/Mexico_City";
    "BR" "A2Q3Y263D00KWC" "Brazil" "amazon.com.br" "https://sellercentral.amazon.com.br" NA "BRL" "pt-BR" "America/Sao_Paulo";
    "IE" "A28R8C7NBKEWEA" "Ireland" "amazon.ie" "https://sellercentral.amazon.ie" EU "EUR" "en-IE" "Europe/Dublin";
    "ES" "A1RKKUPIHCS9HS" "Spain" "amazon.es" "https://sellercentral-europe.amazon.com" EU "EUR" "es-ES" "Europe/Madrid";
    "UK" "A1F83G8C2ARO7P" "United Kingdom" "amazon.co.uk" "https://sellercentral-europe.amazon.com" EU "GBP" "en-GB" "Europe/London";
    "FR" "A13V1IB3VIYZZH" "France" "amazon.fr" "https://sellercentral-europe.amazon.com" EU "EUR" "fr-FR" "Europe/Paris";
    "BE" "AMEN7PMS3EDWL" "Belgium" "amazon.com.be" "https://sellercentral.amazon.com.be" EU "EUR" "nl-BE" "Europe/Brussels";
    "NL" "A1805IZSGTT6HS" "Netherlands" "amazon.nl" "https://sellercentral.amazon.nl" EU "EUR" "nl-NL" "Europe/Amsterdam";
    "DE" "A1PA6795UKMFR9" "Germany" "amazon.de" "https://sellercentral-europe.amazon.com" EU "EUR" "de-DE" "Europe/Berlin";
    "IT" "APJ6JRA9NG5V4" "Italy" "amazon.it" "https://sellercentral-europe.amazon.com" EU "EUR" "it-IT" "Europe/Rome";
    "SE" "A2NODRKZP88ZB9" "Sweden" "amazon.se" "https://sellercentral.amazon.se" EU "SEK" "sv-SE" "Europe/Stockholm";
    "ZA" "AE08WJ6YKNBMC" "South Africa" "amazon.co.za" "https://sellercentral.amazon.co.za" EU "ZAR" "en-ZA" "Africa/Johannesburg";
    "PL" "A1C3SOZRARQ6R3" "Poland" "amazon.pl" "https://sellercentral.amazon.pl" EU "PLN" "pl-PL" "Europe/Warsaw";
    "EG" "ARBP9OOSHTCHU" "Egypt" "amazon.eg" "https://sellercentral.amazon.eg" EU "EGP" "ar-EG" "Africa/Cairo";
    "TR" "A33AVAJ2PDY3EV" "Turkey" "amazon.com.tr" "https://sellercentral.amazon.com.tr" EU "TRY" "tr-TR" "Europe/Istanbul";
    "SA" "A17E79C6D8DWNP" "Saudi Arabia" "amazon.sa" "https://sellercentral.amazon.sa" EU "SAR" "ar-SA" "Asia/Riyadh";
    "AE" "A2VIGQ35RCS4UG" "United Arab Emirates" "amazon.ae" "https://sellercentral.amazon.ae" EU "AED" "ar-AE" "Asia/Dubai";
    "IN" "A21TJRUUN4KGV" "India" "amazon.in" "https://sellercentral.amazon.in" EU "INR" "en-IN" "Asia/Kolkata";
    "SG" "A19VAU5U5O7RUS" "Singapore" "amazon.sg" "https://sellercentral.amazon.sg" FE "SGD" "en-SG" "Asia/Singapore";
    "AU" "A39IBJ37TRP1C6" "Australia" "amazon.com.au" "https://sellercentral.amazon.com.au" FE "AUD" "en-AU" "Australia/Sydney";
    "JP" "A1VC38T7YXB528" "Japan" "amazon.co.jp" "https://sellercentral.amazon.co.jp" FE "JPY" "ja-JP" "Asia/Tokyo";
}

/// Seller Central hosts that are not a marketplace's own `seller_central` origin but that
/// sellers land on (older or country hosts); the extension must run on them too.
const EXTRA_SELLER_CENTRAL_HOSTS: &[(&str, &str)] = &[
    ("sellercentral.amazon.co.uk", "UK"),
    ("sellercentral.amazon.de", "DE"),
    ("sellercentral.amazon.fr", "FR"),
    ("sellercentral.amazon.it", "IT"),
    ("sellercentral.amazon.es", "ES"),
    ("sellercentral.amazon.com.sa", "SA"),
    ("sellercentral-japan.amazon.com", "JP"),
];

impl Marketplace {
    pub fn all() -> &'static [Marketplace] {
        MARKETPLACES
    }

    /// The domain of this marketplace's buyer aliases: `marketplace.` + retail domain.
    pub fn alias_domain(&self) -> String {
        format!("marketplace.{}", self.amazon_domain)
    }

    /// Host of the marketplace's Seller Central (no scheme).
    pub fn seller_central_host(&self) -> &'static str {
        self.seller_central.trim_start_matches("https://")
    }

    /// The order's page in Seller Central.
    pub fn order_url(&self, order_id: &str) -> String {
        format!("{}/orders-v3/order/{}", self.seller_central, order_id)
    }

    /// A Seller Central page for this marketplace. Where one Seller Central serves several
    /// marketplaces (`sellercentral-europe`), `mons_sel_mkid`, the marketplace switcher's
    /// parameter, picks this one.
    pub fn seller_central_page(&self, page: SellerCentralPage) -> String {
        self.seller_central_url(page.path())
    }

    /// `path` (with or without a query) on this marketplace's Seller Central, with
    /// `mons_sel_mkid` where the Seller Central is shared.
    pub fn seller_central_url(&self, path: &str) -> String {
        let shared = MARKETPLACES.iter().filter(|m| m.seller_central == self.seller_central).count() > 1;
        let base = format!("{}{}", self.seller_central, path);
        match (shared, path.contains('?')) {
            (false, _) => base,
            (true, false) => format!("{base}?mons_sel_mkid={}", self.id),
            (true, true) => format!("{base}&mons_sel_mkid={}", self.id),
        }
    }

    /// The language part of the default language tag (`de` of `de-DE`).
    pub fn language_code(&self) -> &'static str {
        self.language.split('-').next().unwrap_or(self.language)
    }

    /// By site code, case-insensitively; ISO `GB` is accepted for `UK`.
    pub fn by_code(code: &str) -> Option<&'static Marketplace> {
        let code = code.trim();
        let code = if code.eq_ignore_ascii_case("GB") { "UK" } else { code };
        MARKETPLACES.iter().find(|m| m.code.eq_ignore_ascii_case(code))
    }

    /// By SP-API marketplace id (exact, ids are upper-case).
    pub fn by_id(id: &str) -> Option<&'static Marketplace> {
        let id = id.trim();
        MARKETPLACES.iter().find(|m| m.id.eq_ignore_ascii_case(id))
    }

    /// A code or an id.
    pub fn by_code_or_id(s: &str) -> Option<&'static Marketplace> {
        Self::by_code(s).or_else(|| Self::by_id(s))
    }

    /// By retail domain (`amazon.de`), exact match, case-insensitive.
    pub fn by_amazon_domain(domain: &str) -> Option<&'static Marketplace> {
        MARKETPLACES.iter().find(|m| m.amazon_domain.eq_ignore_ascii_case(domain))
    }

    /// By buyer-alias domain: `marketplace.<retail domain>` or its `m.` sub-domain
    /// (seen on Japanese aliases). Whole-domain comparison: look-alikes never match.
    pub fn by_alias_domain(domain: &str) -> Option<&'static Marketplace> {
        let lower = domain.trim().to_ascii_lowercase();
        let rest = lower.strip_prefix("m.").unwrap_or(&lower);
        let retail = rest.strip_prefix("marketplace.")?;
        Self::by_amazon_domain(retail)
    }

    /// By a Seller Central host. `sellercentral-europe.amazon.com` serves several
    /// marketplaces and therefore answers `None`.
    pub fn by_seller_central_host(host: &str) -> Option<&'static Marketplace> {
        let host = host.trim().to_ascii_lowercase();
        let own: Vec<_> = MARKETPLACES.iter().filter(|m| m.seller_central_host() == host).collect();
        match own.as_slice() {
            [one] => Some(one),
            [] => EXTRA_SELLER_CENTRAL_HOSTS.iter().find(|(h, _)| *h == host).and_then(|(_, code)| Self::by_code(code)),
            _ => None,
        }
    }

    /// By currency, only where the currency belongs to exactly one marketplace (not EUR).
    pub fn by_unique_currency(currency: &str) -> Option<&'static Marketplace> {
        let mut it = MARKETPLACES.iter().filter(|m| m.currency.eq_ignore_ascii_case(currency));
        match (it.next(), it.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// Every Seller Central host, own and extra, deduplicated, for extension match lists.
    pub fn seller_central_hosts() -> Vec<&'static str> {
        let mut hosts: Vec<&'static str> = MARKETPLACES.iter().map(|m| m.seller_central_host()).collect();
        hosts.extend(EXTRA_SELLER_CENTRAL_HOSTS.iter().map(|(h, _)| *h));
        let mut seen = Vec::new();
        hosts.retain(|h| {
            if seen.contains(h) {
                false
            } else {
                seen.push(*h);
                true
            }
        });
        hosts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setup_pages_and_consent_hosts_come_from_the_table() {
        let de = Marketplace::by_code("DE").unwrap();
        assert_eq!(
            de.seller_central_page(SellerCentralPage::MessagingPermissions),
            "https://sellercentral-europe.amazon.com/messaging/permissions?mons_sel_mkid=A1PA6795UKMFR9"
        );
        let pl = Marketplace::by_code("PL").unwrap();
        assert_eq!(
            pl.seller_central_page(SellerCentralPage::NotificationPreferences),
            "https://sellercentral.amazon.pl/notifications/preferences"
        );
        assert_eq!(Region::EU.seller_central(), "https://sellercentral-europe.amazon.com");
        assert_eq!(Region::NA.seller_central(), "https://sellercentral.amazon.com");
        assert_eq!(Region::FE.seller_central(), "https://sellercentral.amazon.co.jp");
    }

    #[test]
    fn twenty_three_marketplaces_with_unique_ids_codes_and_domains() {
        assert_eq!(MARKETPLACES.len(), 23);
        for (i, a) in MARKETPLACES.iter().enumerate() {
            for b in &MARKETPLACES[i + 1..] {
                assert_ne!(a.id, b.id);
                assert_ne!(a.code, b.code);
                assert_ne!(a.amazon_domain, b.amazon_domain);
            }
        }
    }

    #[test]
    fn uk_is_uk_and_gb_is_accepted() {
        assert_eq!(Marketplace::by_code("GB").unwrap().code, "UK");
        assert_eq!(Marketplace::by_code("uk").unwrap().id, "A1F83G8C2ARO7P");
    }

    #[test]
    fn alias_domains_match_whole_domains_only() {
        assert_eq!(Marketplace::by_alias_domain("marketplace.amazon.co.jp").unwrap().code, "JP");
        assert_eq!(Marketplace::by_alias_domain("M.Marketplace.Amazon.co.jp").unwrap().code, "JP");
        for fake in [
            "marketplace.amazon.com.evil.io",
            "marketplace.amazon.com-secure-verify.net",
            "amazon-marketplace.com",
            "marketplace.arnazon.com",
            "xmarketplace.amazon.com",
            "marketplace.amazon.co",
            "amazon.com",
        ] {
            assert!(Marketplace::by_alias_domain(fake).is_none(), "{fake}");
        }
    }

    #[test]
    fn europe_seller_central_is_ambiguous_but_country_hosts_are_not() {
        assert!(Marketplace::by_seller_central_host("sellercentral-europe.amazon.com").is_none());
        assert_eq!(Marketplace::by_seller_central_host("sellercentral.amazon.co.jp").unwrap().code, "JP");
        assert_eq!(Marketplace::by_seller_central_host("sellercentral.amazon.co.uk").unwrap().code, "UK");
    }

    #[test]
    fn euro_is_not_a_marketplace_signal() {
        assert!(Marketplace::by_unique_currency("EUR").is_none());
        assert_eq!(Marketplace::by_unique_currency("GBP").unwrap().code, "UK");
    }
}
