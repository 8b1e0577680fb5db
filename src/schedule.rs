//! `defaultScheduleFor` (product.md §4): the schedule cal.com creates with a user, as JSON text
//! for the boundary.

use crate::json::Writer;
use crate::rules::time_zone::{capitalize::capitalize, icu, names};
use crate::rules::week_start;

/// The default schedule cal.com creates for a user with this time zone (calcom-rules.md §3),
/// or `null` when there is none: no zone (the user gets `Europe/London` and no schedule) or one
/// cal.com would reject.
pub fn default_schedule_json(zone: &str) -> String {
    let stored = capitalize(zone).filter(|c| names::find(c).is_some() || icu::find(c).is_some());
    let Some(stored) = stored else {
        return String::from("null");
    };
    let mut w = Writer::with_capacity(160);
    w.begin_object();
    w.key_raw("timeZone");
    w.str(&stored);
    w.key_raw("availability");
    w.begin_array();
    w.begin_object();
    w.key_raw("days");
    w.begin_array();
    for d in week_start::DAYS.iter().take(5) {
        w.str(d);
    }
    w.end_array();
    w.key_raw("startTime");
    w.str("09:00");
    w.key_raw("endTime");
    w.str("17:00");
    w.end_object();
    w.end_array();
    w.end_object();
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_schedule() {
        assert!(
            default_schedule_json("america/new_york").contains(r#""timeZone":"America/New_York""#)
        );
        assert!(default_schedule_json("US/Eastern").contains(r#""timeZone":"Us/Eastern""#));
        assert!(default_schedule_json("Europe/Rome").contains(r#""days":["Monday","Tuesday","Wednesday","Thursday","Friday"],"startTime":"09:00","endTime":"17:00""#));
        assert_eq!(default_schedule_json(""), "null");
        assert_eq!(default_schedule_json("Narnia/Woods"), "null");
    }
}
