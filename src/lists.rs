//! The static lists the JS layer reads once (`__lists`): the locales, the week days, the messages the JS layer writes itself, and
//! the time zones with their tzdb release.

use crate::json::Writer;
use crate::rules::time_zone;
use crate::rules::{locale, week_start};

/// The static lists (field names and other ids are in `js/protocol.js`).
pub fn lists_json() -> String {
    let mut w = Writer::with_capacity(12_000);
    w.begin_object();
    for (key, list) in [
        ("locales", locale::LOCALES),
        ("v1Locales", locale::V1_LOCALES),
        ("weekDays", week_start::DAYS),
    ] {
        w.key_raw(key);
        w.begin_array();
        for item in list {
            w.str(item);
        }
        w.end_array();
    }
    // The messages the JS layer makes itself (buildPatchMeRequest's baseUrl, ValidationError's
    // "(+2 more)"): their English lives with every other in the core's table.
    w.key_raw("messages");
    w.begin_object();
    for m in [crate::messages::Msg::BaseUrl, crate::messages::Msg::More] {
        w.key_raw(m.id());
        w.str(m.english());
    }
    w.end_object();
    w.key_raw("timeZones");
    w.begin_array();
    for z in time_zone::canonical_names() {
        w.str(z);
    }
    w.end_array();
    w.key_raw("tzdbVersion");
    w.str(crate::tzdb_version());
    w.end_object();
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::lists_json;

    #[test]
    fn every_list_the_js_layer_reads() {
        let text = lists_json();
        assert!(text.starts_with(r#"{"locales":["#), "{text}");
        for key in [
            r#""locales":["#,
            r#""v1Locales":["#,
            r#""weekDays":["Monday","#,
            r#""messages":{"#,
            r#""timeZones":["#,
            r#""tzdbVersion":""#,
        ] {
            assert!(text.contains(key), "{key}");
        }
    }
}
