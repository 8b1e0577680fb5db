//! The answer of `checkTimeZone` (the JS API's form helper) as JSON text for the boundary: the
//! verdict of [`check_name`](crate::rules::time_zone::check_name) for a lone name.

use crate::json::Writer;
use crate::rules::time_zone;

pub fn zone_check_json(name: &str) -> String {
    let c = time_zone::check_name(name);
    let mut w = Writer::with_capacity(96);
    w.begin_object();
    w.key_raw("valid");
    w.bool(c.valid);
    if let Some(canonical) = c.canonical {
        w.key_raw("canonical");
        w.str(canonical);
    }
    if let Some(alias) = c.alias {
        w.key_raw("alias");
        w.str(alias);
    }
    w.key_raw("suggestions");
    w.begin_array();
    for s in c.suggestions {
        w.str(s);
    }
    w.end_array();
    w.end_object();
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::zone_check_json;

    #[test]
    fn answers_as_the_js_api_reads_it() {
        assert_eq!(
            zone_check_json("asia/calcutta"),
            r#"{"valid":true,"canonical":"Asia/Kolkata","alias":"Asia/Calcutta","suggestions":[]}"#
        );
        assert_eq!(
            zone_check_json("Europe/Rome"),
            r#"{"valid":true,"canonical":"Europe/Rome","suggestions":[]}"#
        );
        assert!(zone_check_json("Europe/Pariss")
            .starts_with(r#"{"valid":false,"suggestions":["Europe/Paris""#));
    }
}
