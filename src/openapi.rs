//! An OpenAPI 3.1 document for the endpoints this package covers, from [`ENDPOINTS`] and the same
//! schema tables the validators run (each body and response schema is written once, under
//! `components/schemas`, by [`json_schema`](crate::json_schema), in JSON Schema 2020-12, the
//! dialect of OpenAPI 3.1).
//!
//! Adding an endpoint is one line in [`ENDPOINTS`]; its schemas join the components by
//! themselves.

use crate::context::Mode;
use crate::json::Writer;
use crate::json_schema::{object_members, Io, Options, Target};
use crate::schemas::booking_limits::{
    BOOKING_LIMITS, BOOKING_LIMITS_RESPONSE, TEAM_BOOKING_LIMITS,
};
use crate::schemas::managed_user::{CREATED_MANAGED_USER, MANAGED_USER};
use crate::schemas::v1_user::{V1_USER, V1_USER_CREATE, V1_USER_EDIT};
use crate::schemas::Schema;
use crate::{CREATE_MANAGED_USER, ME, UPDATE_ME};

/// How a caller authenticates (calcom-rules.md §6–7).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer cal_…` (an API key) or a managed user's access token.
    Bearer,
    /// A platform OAuth client's `x-cal-secret-key` header (managed users).
    ClientSecret,
    /// API v1's `?apiKey=` query parameter (self-hosted).
    V1ApiKey,
}

/// What a successful response carries.
#[derive(Clone, Copy)]
pub enum Reply {
    /// API v2's envelope: `{"status":"success","data":…}`.
    Data(&'static Schema),
    /// API v1's: `{"<key>":…}`.
    Member(&'static str, &'static Schema),
    /// API v1's: `{"<key>":[…]}`.
    List(&'static str, &'static Schema),
    /// A message only (`DELETE`).
    Message,
    /// A success whose body no schema here models (documented without one rather than guessed).
    Unmodelled,
}

pub struct Endpoint {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    pub auth: Auth,
    pub body: Option<&'static Schema>,
    pub status: u16,
    pub reply: Reply,
}

const fn op(
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    auth: Auth,
    body: Option<&'static Schema>,
    status: u16,
    reply: Reply,
) -> Endpoint {
    Endpoint {
        method,
        path,
        summary,
        auth,
        body,
        status,
        reply,
    }
}

/// The covered endpoints; one per line, grouped by path in the document in this order.
pub static ENDPOINTS: &[Endpoint] = &[
    op(
        "get",
        "/v2/me",
        "Your profile",
        Auth::Bearer,
        None,
        200,
        Reply::Data(&ME),
    ),
    op(
        "patch",
        "/v2/me",
        "Update your profile",
        Auth::Bearer,
        Some(&UPDATE_ME),
        200,
        Reply::Data(&ME),
    ),
    op(
        "get",
        "/v2/me/booking-limits",
        "Your booking limits (organization members)",
        Auth::Bearer,
        None,
        200,
        Reply::Data(&BOOKING_LIMITS_RESPONSE),
    ),
    op(
        "patch",
        "/v2/me/booking-limits",
        "Update your booking limits (organization members)",
        Auth::Bearer,
        Some(&BOOKING_LIMITS),
        200,
        Reply::Data(&BOOKING_LIMITS_RESPONSE),
    ),
    op(
        "patch",
        "/v2/me/team-booking-limits/{teamId}",
        "Update your limits in a team (null: the team's default)",
        Auth::Bearer,
        Some(&TEAM_BOOKING_LIMITS),
        200,
        Reply::Unmodelled,
    ),
    op(
        "post",
        "/v2/oauth-clients/{clientId}/users",
        "Create a managed user",
        Auth::ClientSecret,
        Some(&CREATE_MANAGED_USER),
        201,
        Reply::Data(&CREATED_MANAGED_USER),
    ),
    op(
        "get",
        "/v2/oauth-clients/{clientId}/users/{userId}",
        "A managed user",
        Auth::ClientSecret,
        None,
        200,
        Reply::Data(&MANAGED_USER),
    ),
    op(
        "patch",
        "/v2/oauth-clients/{clientId}/users/{userId}",
        "Update a managed user",
        Auth::ClientSecret,
        Some(&UPDATE_ME),
        200,
        Reply::Data(&MANAGED_USER),
    ),
    op(
        "get",
        "/v1/users",
        "Users (API v1, self-hosted)",
        Auth::V1ApiKey,
        None,
        200,
        Reply::List("users", &V1_USER),
    ),
    op(
        "post",
        "/v1/users",
        "Create a user (API v1, self-hosted, admins)",
        Auth::V1ApiKey,
        Some(&V1_USER_CREATE),
        200,
        Reply::Member("user", &V1_USER),
    ),
    op(
        "get",
        "/v1/users/{userId}",
        "A user (API v1, self-hosted)",
        Auth::V1ApiKey,
        None,
        200,
        Reply::Member("user", &V1_USER),
    ),
    op(
        "patch",
        "/v1/users/{userId}",
        "Update a user (API v1, self-hosted)",
        Auth::V1ApiKey,
        Some(&V1_USER_EDIT),
        200,
        Reply::Member("user", &V1_USER),
    ),
    op(
        "delete",
        "/v1/users/{userId}",
        "Delete a user (API v1, self-hosted, admins)",
        Auth::V1ApiKey,
        None,
        200,
        Reply::Message,
    ),
];

/// cal.com's 400 body (calcom-rules.md §1), which `calErrorBody` renders.
const API_ERROR: &str = r#"{"type":"object","properties":{"status":{"const":"error"},"timestamp":{"type":"string"},"path":{"type":"string"},"error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"},"details":{"type":"object","properties":{"errors":{"type":"array","items":{"type":"object","properties":{"property":{"type":"string"},"value":{},"children":{"type":"array"},"constraints":{"type":"object","additionalProperties":{"type":"string"}}},"required":["property","children","constraints"]}}},"required":["errors"]}},"required":["code","message"]}},"required":["status","timestamp","path","error"]}"#;

/// The document, with request and response schemas in `mode` (strict: what is safe to send and
/// what a well-formed answer holds; compat: what cal.com accepts).
pub fn document(mode: Mode) -> String {
    let o = Options {
        target: Target::Draft2020,
        io: Io::Input,
        mode,
    };
    let mut w = Writer::with_capacity(32_768);
    w.begin_object();
    w.key_raw("openapi");
    w.str_raw("3.1.0");
    w.key_raw("info");
    w.raw_json(concat!(
        r#"{"title":"cal.com user profile","version":""#,
        env!("CARGO_PKG_VERSION"),
        r#"","description":"The cal.com endpoints cal-profile validates, with schemas generated from its rules. API v1 is served by self-hosted instances only (hosted API v1 answers 410 since 2026-04-08)."}"#
    ));
    w.key_raw("servers");
    w.raw_json(r#"[{"url":"https://api.cal.com"}]"#);
    w.key_raw("paths");
    w.begin_object();
    for (i, e) in ENDPOINTS.iter().enumerate() {
        let first = ENDPOINTS.iter().position(|x| x.path == e.path) == Some(i);
        if !first {
            continue;
        }
        w.key_raw(e.path);
        w.begin_object();
        for same in ENDPOINTS.iter().filter(|x| x.path == e.path) {
            operation(&mut w, same);
        }
        w.end_object();
    }
    w.end_object();
    w.key_raw("components");
    w.begin_object();
    w.key_raw("schemas");
    w.begin_object();
    for (i, s) in schemas().enumerate() {
        if schemas().position(|x| std::ptr::eq(x, s)) != Some(i) {
            continue;
        }
        w.key_raw(s.name);
        w.begin_object();
        object_members(&mut w, s, o, false, true);
        w.end_object();
    }
    w.key_raw("ApiError");
    w.raw_json(API_ERROR);
    w.end_object();
    w.key_raw("securitySchemes");
    w.raw_json(concat!(
        r#"{"bearer":{"type":"http","scheme":"bearer","description":"An API key (cal_live_…, cal_test_…) or a managed user's access token"},"#,
        r#""clientSecret":{"type":"apiKey","in":"header","name":"x-cal-secret-key","description":"The platform OAuth client's secret"},"#,
        r#""v1ApiKey":{"type":"apiKey","in":"query","name":"apiKey","description":"A self-hosted instance's API key"}}"#
    ));
    w.end_object();
    w.end_object();
    w.finish()
}

/// Every schema an endpoint names, with repeats.
fn schemas() -> impl Iterator<Item = &'static Schema> {
    ENDPOINTS.iter().flat_map(|e| {
        let reply = match e.reply {
            Reply::Data(s) | Reply::Member(_, s) | Reply::List(_, s) => Some(s),
            Reply::Message | Reply::Unmodelled => None,
        };
        e.body.into_iter().chain(reply)
    })
}

fn reference(w: &mut Writer, s: &Schema) {
    w.begin_object();
    w.key_raw("$ref");
    let mut r = String::from("#/components/schemas/");
    r.push_str(s.name);
    w.str(&r);
    w.end_object();
}

fn json_content(w: &mut Writer, schema: impl FnOnce(&mut Writer)) {
    w.key_raw("content");
    w.begin_object();
    w.key_raw("application/json");
    w.begin_object();
    w.key_raw("schema");
    schema(w);
    w.end_object();
    w.end_object();
}

fn operation(w: &mut Writer, e: &Endpoint) {
    w.key_raw(e.method);
    w.begin_object();
    w.key_raw("summary");
    w.str(e.summary);
    w.key_raw("security");
    w.raw_json(match e.auth {
        Auth::Bearer => r#"[{"bearer":[]}]"#,
        Auth::ClientSecret => r#"[{"clientSecret":[]}]"#,
        Auth::V1ApiKey => r#"[{"v1ApiKey":[]}]"#,
    });
    // Path parameters from the template: {clientId} is a string, the other ids numbers.
    let params: Vec<&str> = e
        .path
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name))
        .collect();
    if !params.is_empty() {
        w.key_raw("parameters");
        w.begin_array();
        for p in params {
            w.begin_object();
            w.key_raw("name");
            w.str(p);
            w.key_raw("in");
            w.str_raw("path");
            w.key_raw("required");
            w.bool(true);
            w.key_raw("schema");
            w.raw_json(if p == "clientId" {
                r#"{"type":"string"}"#
            } else {
                r#"{"type":"integer"}"#
            });
            w.end_object();
        }
        w.end_array();
    }
    if let Some(body) = e.body {
        w.key_raw("requestBody");
        w.begin_object();
        w.key_raw("required");
        w.bool(true);
        json_content(w, |w| reference(w, body));
        w.end_object();
    }
    w.key_raw("responses");
    w.begin_object();
    let mut status = String::new();
    crate::json::push_int(&mut status, i64::from(e.status));
    w.key_raw(&status);
    w.begin_object();
    w.key_raw("description");
    if let Reply::Unmodelled = e.reply {
        w.str_raw("Success (the response body is not modelled by cal-profile)");
    } else {
        w.str_raw("Success");
        json_content(w, |w| reply(w, e.reply));
    }
    w.end_object();
    if e.body.is_some() {
        w.key_raw("400");
        w.begin_object();
        w.key_raw("description");
        w.str_raw("The body failed validation");
        json_content(w, |w| {
            w.raw_json(r##"{"$ref":"#/components/schemas/ApiError"}"##)
        });
        w.end_object();
    }
    w.key_raw("401");
    w.raw_json(r#"{"description":"Missing or invalid credentials"}"#);
    w.end_object();
    w.end_object();
}

/// The success body's schema: cal.com's envelope around the reply's schema.
fn reply(w: &mut Writer, r: Reply) {
    w.begin_object();
    w.key_raw("type");
    w.str_raw("object");
    w.key_raw("properties");
    w.begin_object();
    match r {
        Reply::Data(s) => {
            w.key_raw("status");
            w.raw_json(r#"{"const":"success"}"#);
            w.key_raw("data");
            reference(w, s);
        }
        Reply::Member(key, s) => {
            w.key_raw(key);
            reference(w, s);
        }
        Reply::List(key, s) => {
            w.key_raw(key);
            w.begin_object();
            w.key_raw("type");
            w.str_raw("array");
            w.key_raw("items");
            reference(w, s);
            w.end_object();
        }
        Reply::Message => {
            w.key_raw("message");
            w.raw_json(r#"{"type":"string"}"#);
        }
        Reply::Unmodelled => {}
    }
    w.end_object();
    w.end_object();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{parse, Dialect};

    #[test]
    fn the_document_is_json_with_every_path_once() {
        for mode in [Mode::Strict, Mode::Compat] {
            let doc = document(mode);
            assert!(parse(&doc, Dialect::Json).is_ok());
            for e in ENDPOINTS {
                let key = format!("\"{}\":{{", e.path);
                assert_eq!(doc.matches(&key).count(), 1, "{}", e.path);
            }
            for s in schemas() {
                let key = format!("\"{}\":{{\"title\"", s.name);
                assert_eq!(doc.matches(&key).count(), 1, "{}", s.name);
            }
        }
    }
}
