//! One shape, two declarations: the validation schema (`src/schemas/`, what runs) and the typed
//! model (`src/models/`, what the `.d.ts` advertises through tsify). For every shape this test
//! holds them together in both directions: the same wire names; `key?:` exactly where the schema
//! lets the field be absent; `| null` exactly where strict mode accepts `null`; and for every
//! field typed by an enum, the schema accepts each member and nothing else tried.
//!
//! Optionality and nullability are observed by running the field alone (`validate_js_field`,
//! as the JS API's per-field schemas do), not read from the tables, so a rule that changes its
//! mind is caught too.
// Test code: a failed unwrap or index is the test failing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use cal_profile::internals::validate_js_field;
use cal_profile::models::{
    BookingLimits, BookingLimitsInput, CreateManagedUserInput, CreatedManagedUser, Locale,
    ManagedUser, Me, Role, Theme, TimeFormat, UpdateMeInput, V1Locale, V1User, V1UserCreateInput,
    V1UserEditInput, WeekStart,
};
use cal_profile::{
    Mode, Outcome, Schema, BOOKING_LIMITS, BOOKING_LIMITS_RESPONSE, CREATED_MANAGED_USER,
    CREATE_MANAGED_USER, MANAGED_USER, ME, TEAM_BOOKING_LIMITS, UPDATE_ME, V1_USER, V1_USER_CREATE,
    V1_USER_EDIT,
};
use tsify::Tsify;

/// Every shape: its schema and the declaration of its model.
fn shapes() -> Vec<(&'static Schema, &'static str)> {
    vec![
        (&UPDATE_ME, UpdateMeInput::DECL),
        (&CREATE_MANAGED_USER, CreateManagedUserInput::DECL),
        (&V1_USER_CREATE, V1UserCreateInput::DECL),
        (&V1_USER_EDIT, V1UserEditInput::DECL),
        (&ME, Me::DECL),
        (&MANAGED_USER, ManagedUser::DECL),
        (&CREATED_MANAGED_USER, CreatedManagedUser::DECL),
        (&V1_USER, V1User::DECL),
        (&BOOKING_LIMITS, BookingLimitsInput::DECL),
        (&TEAM_BOOKING_LIMITS, BookingLimitsInput::DECL),
        (&BOOKING_LIMITS_RESPONSE, BookingLimits::DECL),
    ]
}

#[derive(Debug)]
struct Member {
    name: String,
    optional: bool,
    nullable: bool,
    ty: String,
}

/// The members of tsify's `export interface X { … }` (doc comments skipped).
fn members(decl: &str) -> Vec<Member> {
    let body = decl.split_once("{\n").expect("an interface").1;
    body.lines()
        .map(str::trim)
        .filter(|l| !(l.is_empty() || l.starts_with("/**") || l.starts_with('*') || l == &"}"))
        .map(|l| {
            let (key, ty) = l.trim_end_matches(';').split_once(": ").expect(l);
            let ty = ty.trim().to_owned();
            Member {
                name: key.trim_end_matches('?').to_owned(),
                optional: key.ends_with('?'),
                nullable: ty.split(" | ").any(|t| t == "null"),
                ty,
            }
        })
        .collect()
}

/// The string members of a tsify union `export type X = "a" | "b";` (numbers kept as text).
fn union(decl: &str) -> Vec<String> {
    let rhs = decl
        .lines()
        .find_map(|l| {
            l.strip_prefix("export type ")
                .and_then(|l| l.split_once(" = "))
        })
        .expect("a type alias")
        .1;
    rhs.trim_end_matches(';')
        .split(" | ")
        .map(|m| m.trim_matches('"').to_owned())
        .collect()
}

/// A schema's field, by name.
#[derive(Clone, Copy)]
struct Field {
    schema: &'static Schema,
    name: &'static str,
}

/// The field's value alone, in strict mode.
fn run(field: Field, json: &str) -> Outcome {
    validate_js_field(field.schema, field.name, json, Mode::Strict).expect("a field of the schema")
}

fn accepts(field: Field, json: &str) -> bool {
    run(field, json).is_success()
}

/// Each schema field with its model member (the names are checked to match both ways first).
fn pairs(schema: &'static Schema, decl: &str) -> Vec<(Field, Member)> {
    let mut model = members(decl);
    let pairs: Vec<_> = schema
        .field_names()
        .filter_map(|name| {
            let at = model.iter().position(|m| m.name == name)?;
            Some((Field { schema, name }, model.remove(at)))
        })
        .collect();
    assert!(
        model.is_empty(),
        "{}: model members the schema lacks: {model:?}",
        schema.name()
    );
    assert_eq!(
        pairs.len(),
        schema.field_names().count(),
        "{}: schema fields the model lacks",
        schema.name()
    );
    pairs
}

#[test]
fn every_schema_field_is_a_model_member_and_back() {
    for (schema, decl) in shapes() {
        let mut model: Vec<String> = members(decl).into_iter().map(|m| m.name).collect();
        let mut fields: Vec<String> = schema.field_names().map(String::from).collect();
        model.sort();
        fields.sort();
        assert_eq!(
            fields,
            model,
            "{}: schema fields vs model members",
            schema.name()
        );
    }
}

#[test]
fn optional_in_the_model_exactly_where_the_field_may_be_absent() {
    for (schema, decl) in shapes() {
        for (field, member) in pairs(schema, decl) {
            assert_eq!(
                accepts(field, "!undefined"),
                member.optional,
                "{}.{}: absent accepted vs `?` in the model",
                schema.name(),
                field.name
            );
        }
    }
}

#[test]
fn nullable_in_the_model_exactly_where_strict_accepts_null() {
    for (schema, decl) in shapes() {
        for (field, member) in pairs(schema, decl) {
            let null = run(field, "null");
            // A null that strict accepts as "absent" (dropped from the data, as cal.com treats
            // create's `timeZone: null`) need not be advertised: the data never holds it.
            let stored = null.is_success() && null.data_json() != Some("{}");
            assert_eq!(
                stored,
                member.nullable,
                "{}.{}: null accepted and kept in strict mode vs `| null` in the model ({})",
                schema.name(),
                field.name,
                member.ty
            );
            if member.nullable {
                assert!(null.is_success());
            }
        }
    }
}

#[test]
fn a_field_typed_by_an_enum_accepts_each_member_and_no_near_miss() {
    let enums: [(&str, Vec<String>); 6] = [
        ("Locale", union(Locale::DECL)),
        ("V1Locale", union(V1Locale::DECL)),
        ("WeekStart", union(WeekStart::DECL)),
        ("TimeFormat", union(TimeFormat::DECL)),
        ("Theme", union(Theme::DECL)),
        ("Role", union(Role::DECL)),
    ];
    let mut checked = 0;
    for (schema, decl) in shapes() {
        for (field, member) in pairs(schema, decl) {
            let Some((name, values)) = enums
                .iter()
                .find(|(name, _)| member.ty.split(" | ").any(|t| t == *name))
            else {
                continue;
            };
            let json = |v: &str| match v.parse::<f64>() {
                Ok(_) => v.to_owned(),
                Err(_) => format!("{v:?}"),
            };
            for v in values {
                assert!(
                    accepts(field, &json(v)),
                    "{}.{} ({name}) rejects {v}",
                    schema.name(),
                    field.name
                );
                // A near miss of each member: another case, or the number next to it.
                let miss = match v.parse::<i64>() {
                    Ok(n) => (n + 1).to_string(),
                    Err(_) => format!("{:?}", v.to_uppercase() + "x"),
                };
                assert!(
                    !accepts(field, &miss),
                    "{}.{} ({name}) accepts {miss}",
                    schema.name(),
                    field.name
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} enum-typed fields found");
}

#[test]
fn the_enums_list_what_the_rules_list() {
    let strings = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(union(Locale::DECL), strings(cal_profile::LOCALES));
    assert_eq!(union(V1Locale::DECL), strings(cal_profile::V1_LOCALES));
    assert_eq!(union(WeekStart::DECL), strings(cal_profile::WEEK_DAYS));
    assert_eq!(union(TimeFormat::DECL), ["12", "24"]);
}
