use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// One of the 43 locales of cal.com API v2, in cal.com's enum order.
#[derive(Tsify, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "ca")]
    Ca,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "eu")]
    Eu,
    #[serde(rename = "he")]
    He,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "lv")]
    Lv,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "sr")]
    Sr,
    #[serde(rename = "th")]
    Th,
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "az")]
    Az,
    #[serde(rename = "cs")]
    Cs,
    #[serde(rename = "el")]
    El,
    #[serde(rename = "es-419")]
    Es419,
    #[serde(rename = "fi")]
    Fi,
    #[serde(rename = "hr")]
    Hr,
    #[serde(rename = "it")]
    It,
    #[serde(rename = "km")]
    Km,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "tr")]
    Tr,
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "bg")]
    Bg,
    #[serde(rename = "da")]
    Da,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "et")]
    Et,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "hu")]
    Hu,
    #[serde(rename = "iw")]
    Iw,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "no")]
    No,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "sk")]
    Sk,
    #[serde(rename = "ta")]
    Ta,
    #[serde(rename = "uk")]
    Uk,
    #[serde(rename = "zh-TW")]
    ZhTw,
    #[serde(rename = "bn")]
    Bn,
}

/// One of the 23 locales of cal.com API v1 (self-hosted).
#[derive(Tsify, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum V1Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "it")]
    It,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "es-419")]
    Es419,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "iw")]
    Iw,
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "zh-TW")]
    ZhTw,
    #[serde(rename = "cs")]
    Cs,
    #[serde(rename = "sr")]
    Sr,
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "bn")]
    Bn,
}

/// The first day of the user's week, exactly as cal.com spells it.
#[derive(Tsify, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WeekStart {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

/// 12- or 24-hour clock: the JSON number `12` or `24`.
#[derive(Tsify, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tsify(type = "12 | 24")]
pub enum TimeFormat {
    H12,
    H24,
}

impl Serialize for TimeFormat {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(match self {
            TimeFormat::H12 => 12,
            TimeFormat::H24 => 24,
        })
    }
}

impl<'de> Deserialize<'de> for TimeFormat {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let x = f64::deserialize(d)?;
        if x == 12.0 {
            Ok(TimeFormat::H12)
        } else if x == 24.0 {
            Ok(TimeFormat::H24)
        } else {
            Err(serde::de::Error::custom("timeFormat must be 12 or 24"))
        }
    }
}

/// The profile's theme (API v1).
#[derive(Tsify, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Dark,
    Light,
}

/// A user's role (API v1; only admins may set it).
#[derive(Tsify, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "UPPERCASE")]
pub enum Role {
    User,
    Admin,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_enum_matches_the_rule_list() {
        for code in crate::rules::locale::LOCALES {
            let l: Locale = serde_json::from_str(&format!("\"{code}\"")).unwrap();
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{code}\""));
        }
        for code in crate::rules::locale::V1_LOCALES {
            let l: V1Locale = serde_json::from_str(&format!("\"{code}\"")).unwrap();
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{code}\""));
        }
        for d in crate::rules::week_start::DAYS {
            let w: WeekStart = serde_json::from_str(&format!("\"{d}\"")).unwrap();
            assert_eq!(serde_json::to_string(&w).unwrap(), format!("\"{d}\""));
        }
        assert_eq!(
            serde_json::from_str::<TimeFormat>("12.0").unwrap(),
            TimeFormat::H12
        );
        assert!(serde_json::from_str::<TimeFormat>("13").is_err());
        assert_eq!(serde_json::to_string(&Role::Admin).unwrap(), "\"ADMIN\"");
    }
}
