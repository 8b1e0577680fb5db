//! Response guards (calcom-rules.md §6) for every response schema, and the booking-limits family,
//! in both modes. A key the model does not know is an `unknown_key` warning with its path, never
//! a failure, and stays out of `data`, which deserialises into the typed model; a known field
//! whose type or value changed is still an issue.
// Test code: a failed unwrap or index is the test failing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use cal_profile::models::{
    BookingLimits, BookingLimitsInput, CreatedManagedUser, ManagedUser, Me, V1User,
};
use cal_profile::{
    validate_json, Code, Mode, Outcome, Schema, BOOKING_LIMITS, BOOKING_LIMITS_RESPONSE,
    CREATED_MANAGED_USER, MANAGED_USER, ME, TEAM_BOOKING_LIMITS, V1_USER,
};
use serde_json::{json, Value};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test;

const BOTH: [Mode; 2] = [Mode::Strict, Mode::Compat];

fn me() -> Value {
    json!({"id": 7, "email": "alice@example.com", "username": "alice", "name": "Alice",
           "avatarUrl": null, "bio": null, "timeFormat": 24, "defaultScheduleId": 3,
           "weekStart": "Monday", "timeZone": "Europe/London", "organizationId": null})
}

fn managed_user() -> Value {
    json!({"id": 9, "email": "bob+client1@example.com", "username": "bob", "name": "Bob",
           "bio": null, "timeZone": "Europe/Rome", "weekStart": "Sunday",
           "createdDate": "2024-05-06T07:08:09.000Z", "timeFormat": 12,
           "defaultScheduleId": null, "locale": "it"})
}

fn created() -> Value {
    json!({"user": managed_user(), "accessToken": "at", "refreshToken": "rt",
           "accessTokenExpiresAt": 1_700_000_000_000_u64, "refreshTokenExpiresAt": 1_800_000_000_000_u64})
}

fn v1_user() -> Value {
    json!({"id": 3, "username": "carol", "name": null, "email": "carol@example.com",
           "timeZone": "Europe/Paris", "weekStart": "Monday", "locale": "fr", "timeFormat": 24})
}

fn limits() -> Value {
    json!({"perDay": 3, "perWeek": null, "perMonth": 40, "perYear": null})
}

fn run(schema: &Schema, v: &Value, mode: Mode) -> Outcome {
    validate_json(schema, v.to_string().as_bytes(), mode)
}

fn with(mut v: Value, path: &[&str], key: &str, value: Value) -> Value {
    let mut at = &mut v;
    for p in path {
        at = &mut at[*p];
    }
    at.as_object_mut().unwrap().insert(key.to_owned(), value);
    v
}

/// What each response model is, and how to read `data` into it.
fn fits(schema: &Schema, data: &str) {
    let ok = match schema.name() {
        "Me" => serde_json::from_str::<Me>(data).map(drop),
        "ManagedUser" => serde_json::from_str::<ManagedUser>(data).map(drop),
        "CreatedManagedUser" => serde_json::from_str::<CreatedManagedUser>(data).map(drop),
        "V1User" => serde_json::from_str::<V1User>(data).map(drop),
        "BookingLimits" => serde_json::from_str::<BookingLimits>(data).map(drop),
        other => panic!("no model for {other}"),
    };
    ok.unwrap_or_else(|e| panic!("{} data {data} is not the model: {e}", schema.name()));
}

fn responses() -> Vec<(&'static Schema, Value, Vec<&'static str>)> {
    vec![
        (&ME, me(), vec![]),
        (&MANAGED_USER, managed_user(), vec![]),
        (&CREATED_MANAGED_USER, created(), vec![]),
        (&CREATED_MANAGED_USER, created(), vec!["user"]),
        (&V1_USER, v1_user(), vec![]),
        (&BOOKING_LIMITS_RESPONSE, limits(), vec![]),
    ]
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn every_response_passes_as_it_is_and_fits_its_model() {
    for (schema, v, _) in responses() {
        for mode in BOTH {
            let out = run(schema, &v, mode);
            assert!(
                out.is_success(),
                "{} {mode:?}: {:?}",
                schema.name(),
                out.issues
            );
            assert!(out.warnings.is_empty(), "{:?}", out.warnings);
            fits(schema, out.data_json().unwrap());
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn a_key_cal_com_added_is_a_warning_never_a_failure() {
    for (schema, v, at) in responses() {
        let added = with(v.clone(), &at, "brandNewField", json!({"any": ["shape"]}));
        for mode in BOTH {
            let out = run(schema, &added, mode);
            assert!(
                out.is_success(),
                "{} {mode:?}: {:?}",
                schema.name(),
                out.issues
            );
            assert_eq!(out.warnings.len(), 1, "{:?}", out.warnings);
            let w = &out.warnings[0];
            assert_eq!(w.code, Code::UnknownKey);
            assert_eq!(w.code.as_str(), "unknown_key");
            let mut path: Vec<&str> = at.clone();
            path.push("brandNewField");
            assert_eq!(w.path_text(), path.join("."));
            assert_eq!(w.keys, ["brandNewField"]);
            assert!(
                w.message.contains("not in this version of the model"),
                "{}",
                w.message
            );
            // `data` is the typed model: the same as without the new key.
            let plain = run(schema, &v, mode);
            assert_eq!(out.data_json(), plain.data_json());
            assert!(!out.data_json().unwrap().contains("brandNewField"));
            fits(schema, out.data_json().unwrap());
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn a_known_field_that_changed_type_is_still_an_issue() {
    let cases: Vec<(&Schema, Value, &str)> = vec![
        (&ME, with(me(), &[], "id", json!("7")), "id"),
        (&ME, with(me(), &[], "locale", json!(5)), "locale"),
        (
            &MANAGED_USER,
            with(managed_user(), &[], "timeFormat", json!("12")),
            "timeFormat",
        ),
        (
            &CREATED_MANAGED_USER,
            with(created(), &["user"], "id", json!(null)),
            "user.id",
        ),
        (
            &CREATED_MANAGED_USER,
            with(created(), &[], "accessToken", json!(1)),
            "accessToken",
        ),
        (&V1_USER, with(v1_user(), &[], "email", json!(42)), "email"),
        (
            &BOOKING_LIMITS_RESPONSE,
            with(limits(), &[], "perDay", json!("3")),
            "perDay",
        ),
    ];
    for (schema, v, path) in cases {
        for mode in BOTH {
            let out = run(schema, &v, mode);
            assert!(!out.is_success(), "{} {mode:?} {path}", schema.name());
            assert_eq!(out.issues[0].code, Code::InvalidType);
            assert_eq!(out.issues[0].path_text(), path);
        }
    }
    // A changed value too: a locale that is not one of the 43, a limit below 1.
    for mode in BOTH {
        let out = run(&ME, &with(me(), &[], "locale", json!("xx")), mode);
        assert_eq!(out.issues[0].code, Code::InvalidValue);
        let out = run(
            &BOOKING_LIMITS_RESPONSE,
            &with(limits(), &[], "perWeek", json!(0)),
            mode,
        );
        assert_eq!(out.issues[0].code, Code::TooSmall);
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn secrets_in_a_v1_response_stay_errors() {
    for mode in BOTH {
        let out = run(
            &V1_USER,
            &with(v1_user(), &[], "password", json!("h")),
            mode,
        );
        assert_eq!(out.issues[0].code, Code::ForbiddenKey);
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn me_locale_is_optional_nullable_and_one_of_the_43() {
    for mode in BOTH {
        for (value, stored) in [(json!("pt-BR"), "\"pt-BR\""), (json!(null), "null")] {
            let out = run(&ME, &with(me(), &[], "locale", value), mode);
            let data = out.data_json().unwrap();
            assert!(data.contains(&format!("\"locale\":{stored}")), "{data}");
            let model: Me = serde_json::from_str(data).unwrap();
            assert!(model.locale.is_some());
        }
        let without: Me = serde_json::from_str(run(&ME, &me(), mode).data_json().unwrap()).unwrap();
        assert_eq!(without.locale, None);
        let out = run(&ME, &with(me(), &[], "locale", json!("pt_BR")), mode);
        assert_eq!(out.issues[0].suggestions[0], "pt-BR");
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn booking_limit_bodies_in_both_modes() {
    for schema in [&BOOKING_LIMITS, &TEAM_BOOKING_LIMITS] {
        for mode in BOTH {
            for body in [
                json!({}),
                json!({"perDay": 2, "perWeek": 3, "perMonth": 12, "perYear": 100}),
                json!({"perDay": null, "perYear": 2_147_483_647_u64}),
            ] {
                let out = run(schema, &body, mode);
                let data = out
                    .data_json()
                    .unwrap_or_else(|| panic!("{body}: {:?}", out.issues));
                let typed: BookingLimitsInput = serde_json::from_str(data).unwrap();
                assert_eq!(typed.per_day.is_some(), body.get("perDay").is_some());
                assert_eq!(serde_json::from_str::<Value>(data).unwrap(), body);
            }
            for (body, code) in [
                (json!({"perDay": 0}), Code::TooSmall),
                (json!({"perWeek": -1}), Code::TooSmall),
                (json!({"perMonth": "5"}), Code::InvalidType),
                (json!({"perYear": true}), Code::InvalidType),
                (json!([]), Code::InvalidType),
            ] {
                let out = run(schema, &body, mode);
                assert_eq!(
                    out.issues.iter().map(|i| i.code).collect::<Vec<_>>(),
                    [code],
                    "{body}"
                );
            }
        }
        // Strict: whole numbers up to 2³¹−1; compat: the published `minimum: 1`, nothing more.
        for body in [
            json!({"perDay": 1.5}),
            json!({"perYear": 2_147_483_648_u64}),
        ] {
            assert!(!run(schema, &body, Mode::Strict).is_success(), "{body}");
            assert!(run(schema, &body, Mode::Compat).is_success(), "{body}");
        }
        // Unknown keys: strict rejects them with a did-you-mean, compat warns (cal.com's pipe strips).
        let typo = json!({"perday": 3});
        let strict = run(schema, &typo, Mode::Strict);
        assert_eq!(strict.issues[0].code, Code::UnrecognizedKeys);
        assert_eq!(strict.issues[0].suggestions, ["perDay"]);
        let compat = run(schema, &typo, Mode::Compat);
        assert_eq!(compat.data_json(), Some("{}"));
        assert_eq!(compat.warnings[0].code, Code::StrippedKey);
    }
    // The response has every limit present.
    let mut missing = limits();
    missing.as_object_mut().unwrap().remove("perYear");
    for mode in BOTH {
        let out = run(&BOOKING_LIMITS_RESPONSE, &missing, mode);
        assert_eq!(out.issues[0].code, Code::Required);
    }
}
