//! Time-zone IDs that are not IANA names but that Node 20's ICU accepts, so cal.com does too
//! (calcom-rules.md §3, checked one by one there). Compat mode accepts them; strict mode rejects
//! them and suggests the IANA zone ICU maps each to.

/// (ICU ID, the IANA zone it stands for), sorted by ID.
pub static LEGACY_IDS: &[(&str, &str)] = &[
    ("ACT", "Australia/Darwin"),
    ("AET", "Australia/Sydney"),
    ("AGT", "America/Argentina/Buenos_Aires"),
    ("ART", "Africa/Cairo"),
    ("AST", "America/Anchorage"),
    ("BET", "America/Sao_Paulo"),
    ("BST", "Asia/Dhaka"),
    ("CAT", "Africa/Harare"),
    ("CNT", "America/St_Johns"),
    ("CST", "America/Chicago"),
    ("CTT", "Asia/Shanghai"),
    ("Canada/East-Saskatchewan", "America/Regina"),
    ("EAT", "Africa/Addis_Ababa"),
    ("ECT", "Europe/Paris"),
    ("IET", "America/Indiana/Indianapolis"),
    ("IST", "Asia/Kolkata"),
    ("JST", "Asia/Tokyo"),
    ("MIT", "Pacific/Apia"),
    ("NET", "Asia/Yerevan"),
    ("NST", "Pacific/Auckland"),
    ("PLT", "Asia/Karachi"),
    ("PNT", "America/Phoenix"),
    ("PRT", "America/Puerto_Rico"),
    ("PST", "America/Los_Angeles"),
    ("SST", "Pacific/Guadalcanal"),
    ("SystemV/AST4", "America/Puerto_Rico"),
    ("SystemV/AST4ADT", "America/Halifax"),
    ("SystemV/CST6", "America/Regina"),
    ("SystemV/CST6CDT", "America/Chicago"),
    ("SystemV/EST5", "America/Panama"),
    ("SystemV/EST5EDT", "America/New_York"),
    ("SystemV/HST10", "Pacific/Honolulu"),
    ("SystemV/MST7", "America/Phoenix"),
    ("SystemV/MST7MDT", "America/Denver"),
    ("SystemV/PST8", "Pacific/Pitcairn"),
    ("SystemV/PST8PDT", "America/Los_Angeles"),
    ("SystemV/YST9", "Pacific/Gambier"),
    ("SystemV/YST9YDT", "America/Anchorage"),
    ("US/Pacific-New", "America/Los_Angeles"),
    ("VST", "Asia/Ho_Chi_Minh"),
];

/// The legacy ID matching `name` in any ASCII casing, with its IANA zone.
pub fn find(name: &str) -> Option<(&'static str, &'static str)> {
    LEGACY_IDS
        .iter()
        .find(|(id, _)| id.eq_ignore_ascii_case(name))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_iana_names_and_ids_are_not() {
        for (id, target) in LEGACY_IDS {
            assert_eq!(super::super::names::find(id), None, "{id} is an IANA name");
            assert_eq!(super::super::names::find(target), Some(*target), "{target}");
        }
        assert_eq!(find("pst"), Some(("PST", "America/Los_Angeles")));
        assert_eq!(
            find("systemv/ast4"),
            Some(("SystemV/AST4", "America/Puerto_Rico"))
        );
        assert_eq!(find("Etc/Unknown"), None);
    }
}
