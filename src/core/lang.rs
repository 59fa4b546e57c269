//! The languages orderlens speaks: one list for the sidebar's UI and for the reply templates.

use serde::{Deserialize, Serialize};

/// A supported language. Serialises as its ISO 639-1 code (`"de"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    De,
    Fr,
    It,
    Es,
    Pl,
    Ja,
    /// Simplified Chinese. Traditional-Chinese tags map here too: it is the closest we have.
    Zh,
}

impl Lang {
    /// Every supported language, English first (the fallback), then in picker order.
    pub const ALL: [Lang; 8] = [Lang::En, Lang::De, Lang::Fr, Lang::It, Lang::Es, Lang::Pl, Lang::Ja, Lang::Zh];

    /// The language of a BCP 47 tag (`de-AT`, `ja_JP`, `ZH-Hant-TW`), by its primary subtag.
    /// Also takes the first entry of an Accept-Language style list (`fr-CH, fr;q=0.9`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let first = tag.split([',', ';']).next().unwrap_or("");
        let primary = first.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// Like [`Lang::from_tag`], English when the tag names a language we do not have.
    pub fn from_tag_or_en(tag: &str) -> Lang {
        Lang::from_tag(tag).unwrap_or(Lang::En)
    }

    /// ISO 639-1 code, also usable as an HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::Es => "es",
            Lang::Pl => "pl",
            Lang::Ja => "ja",
            Lang::Zh => "zh",
        }
    }

    /// The language's name in itself, for language pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::It => "Italiano",
            Lang::Es => "Español",
            Lang::Pl => "Polski",
            Lang::Ja => "日本語",
            Lang::Zh => "中文",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_script_subtags_are_ignored() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("ja_JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("ZH-Hant-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag(" fr "), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    }

    #[test]
    fn unknown_tags_are_none_and_fall_back_to_english() {
        for tag in ["", "nl-NL", "pt-BR", "sv", "e", "english", "-de", "*"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
            assert_eq!(Lang::from_tag_or_en(tag), Lang::En, "{tag}");
        }
    }

    #[test]
    fn codes_round_trip_and_names_are_native() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.code()), Some(l));
            assert!(!l.native_name().is_empty());
        }
        assert_eq!(Lang::De.native_name(), "Deutsch");
        assert_eq!(Lang::Ja.native_name(), "日本語");
        assert_eq!(Lang::Zh.native_name(), "中文");
    }

    #[test]
    fn serialises_as_the_code() {
        assert_eq!(serde_json::to_string(&Lang::Pl).unwrap(), r#""pl""#);
        assert_eq!(serde_json::from_str::<Lang>(r#""ja""#).unwrap(), Lang::Ja);
    }
}
