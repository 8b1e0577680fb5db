//! cal.com's own vocabulary: the class-validator constraint names and messages of API v2
//! (calcom-rules.md §1–2, §6). Compat issues carry the constraints they stand for, so a server
//! can answer exactly as cal.com would: the package's `calErrorBody` (js/api.js) renders cal.com's
//! 400 body from them, in one place.

/// One class-validator constraint: its name (the key in `constraints`) and message, where
/// `$property` stands for the property name as class-validator's templates do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
///
/// ```
/// use cal_profile::{validate_json, Mode, UPDATE_ME};
/// let out = validate_json(&UPDATE_ME, br#"{"timeFormat":13}"#, Mode::Compat);
/// let c = out.issues[0].calcom[0];
/// assert_eq!(c.name, "isIn");
/// assert_eq!(c.message_for("timeFormat"), "timeFormat must be one of the following values: 12, 24");
/// ```
pub struct Constraint {
    /// The constraint's name, as class-validator reports it (`isString`, `isIn`, …).
    pub name: &'static str,
    /// Its message template.
    pub message: &'static str,
}

impl Constraint {
    /// The message for `property`. Every template here names the property once, at its start,
    /// so replacing the first `$property` replaces them all.
    pub fn message_for(&self, property: &str) -> String {
        crate::strings::replace_first(self.message, "$property", property)
    }
}

const fn c(name: &'static str, message: &'static str) -> Constraint {
    Constraint { name, message }
}

pub const IS_STRING: Constraint = c("isString", "$property must be a string");
pub const IS_NUMBER: Constraint = c(
    "isNumber",
    "$property must be a number conforming to the specified constraints",
);
pub const TIME_FORMAT_IN: Constraint = c(
    "isIn",
    "$property must be one of the following values: 12, 24",
);
/// `CreateManagedUserInput` words its timeFormat message itself (calcom-rules.md §6).
pub const TIME_FORMAT_IN_CREATE: Constraint =
    c("isIn", "timeFormat must be a number either 12 or 24");
pub const WEEK_START_IN: Constraint = c(
    "isIn",
    "$property must be one of the following values: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday",
);
pub const IS_TIME_ZONE: Constraint = c("isTimeZone", "$property must be a valid IANA time-zone");
pub const LOCALE_ENUM: Constraint = c(
    "isEnum",
    "$property must be one of the following values: ar, ca, de, es, eu, he, id, ja, lv, pl, ro, sr, th, vi, az, cs, el, es-419, fi, hr, it, km, nl, pt, ru, sv, tr, zh-CN, bg, da, en, et, fr, hu, iw, ko, no, pt-BR, sk, ta, uk, zh-TW, bn",
);
/// class-validator's `Min(1)` message. Booking limits (calcom-rules.md §6): their validation
/// source is not public; the published constraint is `minimum: 1`, which a NestJS DTO states as
/// `@IsNumber() @Min(1)`, so these are the messages that DTO would give (inferred, not read).
pub const MIN_1: Constraint = c("min", "$property must not be less than 1");
pub const IS_URL: Constraint = c("isUrl", "$property must be a URL address");
pub const IS_OBJECT: Constraint = c("isObject", "$property must be an object");
pub const VALIDATE_METADATA: Constraint = c(
    "ValidateMetadata",
    "Metadata must have at most 50 keys, each key up to 40 characters, and values up to 500 characters.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_names_the_property_once_at_its_start() {
        // The templates are string literals of this file: read them from the source itself, so
        // a new constraint is checked without being listed here.
        let source = include_str!("calcom.rs");
        let body = source.split("#[cfg(test)]").next().unwrap_or_default();
        let templates: Vec<&str> = body
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|s| s.contains("$property"))
            .collect();
        assert!(templates.len() >= 8, "{templates:?}");
        for t in templates {
            assert!(t.starts_with("$property"), "{t}");
            assert_eq!(t.matches("$property").count(), 1, "{t}");
        }
        assert_eq!(IS_STRING.message_for("name"), "name must be a string");
        assert_eq!(
            TIME_FORMAT_IN_CREATE.message_for("timeFormat"),
            TIME_FORMAT_IN_CREATE.message
        );
    }
}
