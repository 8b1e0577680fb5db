//! API v1 (self-hosted) users, calcom-rules.md §7, rule by rule, in both modes. Expectations come
//! from the rules text (cal.com's zod schema), not from our output.
// Test code: a failed unwrap or index is the test failing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use cal_profile::{validate_json, Mode, Schema, V1_USER, V1_USER_CREATE, V1_USER_EDIT};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test;

const BOTH: [Mode; 2] = [Mode::Strict, Mode::Compat];

fn codes(schema: &Schema, body: &str, mode: Mode) -> Vec<&'static str> {
    validate_json(schema, body.as_bytes(), mode)
        .issues
        .iter()
        .map(|i| i.code.as_str())
        .collect()
}

fn data(schema: &Schema, body: &str, mode: Mode) -> String {
    let out = validate_json(schema, body.as_bytes(), mode);
    out.data_json()
        .unwrap_or_else(|| panic!("{body} in {mode:?}: {:?}", out.issues))
        .to_owned()
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn edit_rejects_unknown_keys_and_secrets_in_both_modes() {
    for mode in BOTH {
        assert_eq!(
            codes(&V1_USER_EDIT, r#"{"foo":1}"#, mode),
            ["unrecognized_keys"]
        );
        assert_eq!(
            codes(&V1_USER_EDIT, r#"{"timezone":"UTC"}"#, mode),
            ["unrecognized_keys"]
        );
        for secret in ["password", "twoFactorSecret", "backupCodes"] {
            assert_eq!(
                codes(&V1_USER_EDIT, &format!(r#"{{"{secret}":"x"}}"#), mode),
                ["forbidden_key"],
                "{secret}"
            );
            assert_eq!(
                codes(
                    &V1_USER_CREATE,
                    &format!(r#"{{"email":"a@b.co","username":"a","{secret}":"x"}}"#),
                    mode
                ),
                ["forbidden_key"]
            );
        }
        assert!(validate_json(&V1_USER_EDIT, b"{}", mode).is_success());
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn time_zones_are_exact_and_case_sensitive_links_included() {
    for mode in BOTH {
        for ok in [
            "Europe/Rome",
            "US/Eastern",
            "Asia/Calcutta",
            "UTC",
            "Etc/GMT+5",
        ] {
            assert_eq!(
                data(&V1_USER_EDIT, &format!(r#"{{"timeZone":"{ok}"}}"#), mode),
                format!(r#"{{"timeZone":"{ok}"}}"#)
            );
        }
        for bad in [
            "us/eastern",
            "europe/rome",
            "utc",
            "PST",
            "Narnia/Woods",
            "",
            " UTC",
        ] {
            assert_eq!(
                codes(&V1_USER_EDIT, &format!(r#"{{"timeZone":"{bad}"}}"#), mode),
                ["invalid_time_zone"],
                "{bad}"
            );
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn the_23_locales_nullable_on_edit_only() {
    let v1 = [
        "en", "fr", "it", "ru", "es", "de", "pt", "ro", "nl", "pt-BR", "es-419", "ko", "ja", "pl",
        "ar", "iw", "zh-CN", "zh-TW", "cs", "sr", "sv", "vi", "bn",
    ];
    for mode in BOTH {
        for l in v1 {
            assert!(
                validate_json(
                    &V1_USER_EDIT,
                    format!(r#"{{"locale":"{l}"}}"#).as_bytes(),
                    mode
                )
                .is_success(),
                "{l}"
            );
        }
        // v2-only locales are not v1 locales.
        for l in ["ca", "he", "tr", "da", "uk", "EN", "pt_BR"] {
            assert_eq!(
                codes(&V1_USER_EDIT, &format!(r#"{{"locale":"{l}"}}"#), mode),
                ["invalid_value"],
                "{l}"
            );
        }
        assert!(validate_json(&V1_USER_EDIT, br#"{"locale":null}"#, mode).is_success());
        assert_eq!(
            codes(
                &V1_USER_CREATE,
                r#"{"email":"a@b.co","username":"a","locale":null}"#,
                mode
            ),
            ["invalid_type"]
        );
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn email_regex_length_and_lowercasing() {
    for mode in BOTH {
        for bad in [
            "not-an-email",
            ".a@b.co",
            "a.@b.co",
            "a..b@c.co",
            "a@b",
            "a@b.c",
            "a@b.c0",
        ] {
            assert_eq!(
                codes(&V1_USER_EDIT, &format!(r#"{{"email":"{bad}"}}"#), mode),
                ["invalid_format"],
                "{bad}"
            );
        }
        let long = format!("{}@{}.com", "a".repeat(64), "b".repeat(186));
        assert_eq!(
            codes(&V1_USER_EDIT, &format!(r#"{{"email":"{long}"}}"#), mode),
            ["too_big"]
        );
    }
    // cal.com stores the address lower-cased (compat shows that); strict sends it as written.
    assert_eq!(
        data(
            &V1_USER_EDIT,
            r#"{"email":"Alice@Example.COM"}"#,
            Mode::Compat
        ),
        r#"{"email":"alice@example.com"}"#
    );
    assert_eq!(
        data(
            &V1_USER_EDIT,
            r#"{"email":"Alice@Example.COM"}"#,
            Mode::Strict
        ),
        r#"{"email":"Alice@Example.COM"}"#
    );
    // The regex's `+-.` range admits a comma; strict's real-address syntax does not.
    assert!(validate_json(&V1_USER_EDIT, br#"{"email":"a,b@c.co"}"#, Mode::Compat).is_success());
    assert!(!validate_json(&V1_USER_EDIT, br#"{"email":"a,b@c.co"}"#, Mode::Strict).is_success());
    assert_eq!(
        data(&V1_USER_EDIT, r#"{"username":"Alice"}"#, Mode::Compat),
        r#"{"username":"alice"}"#
    );
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn enums_booleans_and_numbers() {
    for mode in BOTH {
        for (body, ok) in [
            (r#"{"theme":"dark","appTheme":"light"}"#, true),
            (r#"{"theme":null,"appTheme":null}"#, true),
            (r#"{"theme":"DARK"}"#, false),
            (r#"{"role":"ADMIN"}"#, true),
            (r#"{"role":"admin"}"#, false),
            (r#"{"hideBranding":true,"allowDynamicBooking":false}"#, true),
            (r#"{"hideBranding":"true"}"#, false),
            (r#"{"timeFormat":24}"#, true),
            (r#"{"timeFormat":"24"}"#, false),
            (r#"{"timeFormat":13}"#, false),
            (r#"{"weekStart":"Monday"}"#, true),
            (r#"{"weekStart":"MONDAY"}"#, false),
            (r#"{"defaultScheduleId":3}"#, true),
            (r#"{"defaultScheduleId":null}"#, true),
            (r#"{"defaultScheduleId":0}"#, false),
            (r#"{"defaultScheduleId":-1}"#, false),
            // name String? and bio String? are zod-prisma .nullish(): null clears them (and
            // strict agrees); role is a required Prisma enum, never null.
            (r#"{"name":null}"#, true),
            (r#"{"bio":null}"#, true),
            (r#"{"role":null}"#, false),
            (r#"{"hideBranding":null}"#, false),
        ] {
            assert_eq!(
                validate_json(&V1_USER_EDIT, body.as_bytes(), mode).is_success(),
                ok,
                "{body} in {mode:?}"
            );
        }
    }
    // allowDynamicBooking Boolean? is .nullish() too: cal.com stores null (compat warns: it then
    // reads as "not allowed"); strict wants true or false.
    let dynamic = validate_json(
        &V1_USER_EDIT,
        br#"{"allowDynamicBooking":null}"#,
        Mode::Compat,
    );
    assert_eq!(dynamic.data_json(), Some(r#"{"allowDynamicBooking":null}"#));
    assert_eq!(dynamic.warnings[0].code.as_str(), "fails_after_validation");
    assert_eq!(
        codes(
            &V1_USER_EDIT,
            r#"{"allowDynamicBooking":null}"#,
            Mode::Strict
        ),
        ["invalid_type"]
    );
    // zod's number().positive() accepts floats; strict wants a schedule ID.
    assert!(
        validate_json(&V1_USER_EDIT, br#"{"defaultScheduleId":1.5}"#, Mode::Compat).is_success()
    );
    assert!(
        !validate_json(&V1_USER_EDIT, br#"{"defaultScheduleId":1.5}"#, Mode::Strict).is_success()
    );
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn brand_colours_compat_mirrors_zod_strict_wants_hex() {
    assert_eq!(
        codes(
            &V1_USER_EDIT,
            r##"{"brandColor":"#ffffffff0"}"##,
            Mode::Compat
        ),
        ["too_big"]
    );
    assert_eq!(
        codes(&V1_USER_EDIT, r#"{"brandColor":"fff"}"#, Mode::Compat),
        ["too_small", "invalid_format"]
    );
    assert!(validate_json(
        &V1_USER_EDIT,
        br##"{"darkBrandColor":"#zzz"}"##,
        Mode::Compat
    )
    .is_success());
    assert_eq!(
        codes(
            &V1_USER_EDIT,
            r##"{"darkBrandColor":"#zzz"}"##,
            Mode::Strict
        ),
        ["invalid_format"]
    );
    for ok in ["#abc", "#abcd", "#aabbcc", "#aabbccdd"] {
        assert!(validate_json(
            &V1_USER_EDIT,
            format!(r#"{{"brandColor":"{ok}"}}"#).as_bytes(),
            Mode::Strict
        )
        .is_success());
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn create_requires_email_and_username_and_checks_created_date() {
    for mode in BOTH {
        assert_eq!(
            codes(&V1_USER_CREATE, r#"{"username":"a"}"#, mode),
            ["required"]
        );
        assert_eq!(
            codes(&V1_USER_CREATE, r#"{"email":"a@b.co"}"#, mode),
            ["required"]
        );
        assert!(validate_json(
            &V1_USER_CREATE,
            br#"{"email":"a@b.co","username":"a","createdDate":"2024-05-01T09:30:00Z"}"#,
            mode
        )
        .is_success());
        assert_eq!(
            codes(
                &V1_USER_CREATE,
                r#"{"email":"a@b.co","username":"a","createdDate":"yesterday"}"#,
                mode
            ),
            ["invalid_format"]
        );
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn the_read_shape_never_holds_a_secret() {
    let user = r#"{"id":1,"username":"a","name":null,"email":"a@b.co","timeZone":"Europe/Rome","weekStart":"Monday","role":"USER"}"#;
    for mode in BOTH {
        assert!(validate_json(&V1_USER, user.as_bytes(), mode).is_success());
        let leaked = user.replace("\"role\"", "\"password\":\"hash\",\"role\"");
        assert_eq!(codes(&V1_USER, &leaked, mode), ["forbidden_key"]);
    }
}
