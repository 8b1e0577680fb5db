//! One shape, two declarations: the validation schema (`src/schemas/`, what runs) and the typed
//! model (`src/models/`, what the `.d.ts` advertises through tsify). For every shape this test
//! holds them together in both directions: the same wire names; `key?:` exactly where the schema
//! lets the field be absent; `| null` exactly where strict mode accepts `null`; and for every
//! field typed by an enum, the schema accepts each member and nothing else tried.
//!
//! Optionality and nullability are observed by running the field alone (`validate_js_field`),
//! not read from the tables, so a rule that changes its mind is caught too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use cal_profile::models::{
    BookingLimits, BookingLimitsInput, CreateManagedUserInput, CreatedManagedUser, Locale,
    ManagedUser, Me, Role, Theme, TimeFormat, UpdateMeInput, V1Locale, V1User, V1UserCreateInput,
    V1UserEditInput, WeekStart,
};
use cal_profile::schemas::{self, Field, Schema};
use cal_profile::{validate_js_field, Mode};
use tsify::Tsify;

/// Every shape: its schema and the declaration of its model.
fn shapes() -> Vec<(&'static Schema, &'static str)> {
    use schemas::{
        booking_limits as b, create_managed_user as c, managed_user as m, me, update_me as u,
        v1_user as v,
    };
    vec![
        (&u::UPDATE_ME, UpdateMeInput::DECL),
        (&c::CREATE_MANAGED_USER, CreateManagedUserInput::DECL),
        (&v::V1_USER_CREATE, V1UserCreateInput::DECL),
        (&v::V1_USER_EDIT, V1UserEditInput::DECL),
        (&me::ME, Me::DECL),
        (&m::MANAGED_USER, ManagedUser::DECL),
        (&m::CREATED_MANAGED_USER, CreatedManagedUser::DECL),
        (&v::V1_USER, V1User::DECL),
        (&b::BOOKING_LIMITS, BookingLimitsInput::DECL),
        (&b::TEAM_BOOKING_LIMITS, BookingLimitsInput::DECL),
        (&b::BOOKING_LIMITS_RESPONSE, BookingLimits::DECL),
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

fn accepts(field: &Field, json: &str) -> bool {
    validate_js_field(field, json, Mode::Strict).is_success()
}

/// Each schema field with its model member (the names are checked to match both ways first).
fn pairs(schema: &'static Schema, decl: &str) -> Vec<(&'static Field, Member)> {
    let mut model = members(decl);
    let pairs: Vec<_> = schema
        .fields
        .iter()
        .filter_map(|f| {
            let at = model.iter().position(|m| m.name == f.name)?;
            Some((f, model.remove(at)))
        })
        .collect();
    assert!(
        model.is_empty(),
        "{}: model members the schema lacks: {model:?}",
        schema.name
    );
    assert_eq!(
        pairs.len(),
        schema.fields.len(),
        "{}: schema fields the model lacks",
        schema.name
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
            fields, model,
            "{}: schema fields vs model members",
            schema.name
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
                schema.name,
                field.name
            );
        }
    }
}

#[test]
fn nullable_in_the_model_exactly_where_strict_accepts_null() {
    for (schema, decl) in shapes() {
        for (field, member) in pairs(schema, decl) {
            let null = validate_js_field(field, "null", Mode::Strict);
            // A null that strict accepts as "absent" (dropped from the data, as cal.com treats
            // create's `timeZone: null`) need not be advertised: the data never holds it.
            let stored = null.is_success() && null.data_json() != Some("{}");
            assert_eq!(
                stored, member.nullable,
                "{}.{}: null accepted and kept in strict mode vs `| null` in the model ({})",
                schema.name, field.name, member.ty
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
                    schema.name,
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
                    schema.name,
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
    use cal_profile::rules::{locale, week_start};
    let strings = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(union(Locale::DECL), strings(locale::LOCALES));
    assert_eq!(union(V1Locale::DECL), strings(locale::V1_LOCALES));
    assert_eq!(union(WeekStart::DECL), strings(week_start::DAYS));
    assert_eq!(union(TimeFormat::DECL), ["12", "24"]);
}
