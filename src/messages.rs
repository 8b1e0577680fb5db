//! Every message the core can produce, by a stable id, with its English template.
//!
//! An issue names its message ([`Msg`]) and carries the message's arguments: the issue's typed
//! parameters (`expected`, `maximum`, `suggestions`, …) plus the few values only a message needs
//! ([`Args`]: an excerpt of the input, a field name, a count, what cal.com stores). English is
//! rendered here from the same arguments; every other language renders in JavaScript from a
//! catalog keyed by these ids (`js/locales/`), so no English sentence exists twice and the wasm
//! does not grow with languages. `js/locales/messages.json`, which translators work from, is
//! written from this table by a test that fails when it is stale.
//!
//! Templates: `{name}` is an argument; text between an apostrophe and the next one is literal when
//! the apostrophe is followed by `{` or `}` (ICU's rule), so `'{}'` is two braces. English needs
//! no plural forms (every count it prints is plural), so the Rust renderer has none.

use crate::issue::{Issue, Values};
use crate::strings::split_once;

/// Declares [`Msg`] with its ids and English templates, from one table.
macro_rules! messages {
    ($($(#[doc = $doc:literal])* $variant:ident = $id:literal => $en:literal,)*) => {
        /// A message variant. Ids are part of the contract: never renamed; new ones may be added.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Msg {
            /// Every message, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$variant),*];

            /// The stable id that crosses into JavaScript (`"msg"`) and keys every catalog.
            pub fn id(self) -> &'static str {
                // A `const`, so the lengths are worked out once, by the compiler (as an argument,
                // `bytes` ran on every call: 10 % of an invalid body's validation).
                const LENS: [u8; Msg::ALL.len()] = bytes([$($id.len(),)*]);
                nth(concat!($($id,)*), &LENS, self as usize)
            }

            /// The English template.
            pub fn english(self) -> &'static str {
                const LENS: [u8; Msg::ALL.len()] = bytes([$($en.len(),)*]);
                nth(concat!($($en,)*), &LENS, self as usize)
            }

            /// The doc comment, for translators (`messages.json`); not in the wasm.
            #[cfg(test)]
            fn note(self) -> String {
                match self {
                    $(Msg::$variant => {
                        let lines: &[&str] = &[$($doc),*];
                        lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ")
                    })*
                }
            }
        }
    };
}

/// The lengths of the strings of one table, as bytes, checked at compile time.
///
/// The ids and templates are two concatenated strings with a byte of length each, rather than
/// `match` arms: arms compile to an 8-byte pointer-and-length pair per string, about 1.6 KB of
/// the wasm that gzip cannot shrink (and offsets as `u16` compress worse than lengths).
// Evaluated only for `const` items, so an index out of bounds (impossible: `k < N`) or a failed
// assertion is a compile error, never a panic at run time; `get` is not callable in a const fn.
#[allow(clippy::indexing_slicing)]
const fn bytes<const N: usize>(lens: [usize; N]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut k = 0;
    while k < N {
        // A template of 256 bytes or more stops the build here.
        assert!(
            lens[k] < 256,
            "a message id or template is 256 bytes or longer"
        );
        out[k] = lens[k] as u8;
        k += 1;
    }
    out
}

/// The `i`-th string of `table`, the concatenation of strings of lengths `lens`.
fn nth(table: &'static str, lens: &[u8], i: usize) -> &'static str {
    let start = sum(lens.get(..i).unwrap_or(lens));
    let len = lens.get(i).map_or(0, |&l| usize::from(l));
    table.get(start..start + len).unwrap_or_default()
}

/// The sum of `lens`, eight at a time: the byte lanes of a `u64` are added in pairs (each of the
/// four 16-bit sums is at most 510), then the four are added by one multiplication into the top
/// lane (at most 2,040, so nothing carries out of it). A byte at a time, the sum was about 600
/// instructions a lookup for the later messages, and every issue looks up two.
fn sum(lens: &[u8]) -> usize {
    const LOW_BYTES: u64 = 0x00ff_00ff_00ff_00ff;
    let mut chunks = lens.chunks_exact(8);
    let mut total = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let pairs = (x & LOW_BYTES) + ((x >> 8) & LOW_BYTES);
        total += (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
    }
    total
        + chunks
            .remainder()
            .iter()
            .map(|&l| usize::from(l))
            .sum::<usize>()
}

messages! {
    // ---- any field -------------------------------------------------------------------------
    /// The wrong JavaScript type: `expected` and `received` come from the catalog's term tables.
    Type = "type" => "Expected {expected}, received {received}",
    /// A JSON number where an integer was expected (response guards).
    TypeInteger = "type.integer" => "Expected an integer",
    /// Compat: a top-level array, which cal.com does not validate.
    TypeArrayBody = "type.array_body" => "Expected {expected}, received {received} (cal.com does not validate an array body and then fails with 500)",
    /// A JavaScript value whose getter or Proxy threw while being read (a developer's mistake).
    Unreadable = "unreadable" => "This value could not be read: a getter or Proxy trap threw",
    /// The same, for the whole body.
    UnreadableBody = "unreadable.body" => "The body could not be read: a getter or Proxy trap threw",
    /// Strict: half of a UTF-16 surrogate pair; the U+FFFD replacement character stays as it is.
    LoneSurrogate = "unicode.lone_surrogate" => "The text contains a lone UTF-16 surrogate (half of an emoji?); it would be stored as \u{fffd}",
    /// `field` is the wire name (`email`), kept verbatim.
    Required = "required" => "Required: {field} is missing",
    /// A member of a body given twice (strict: error; compat: warning).
    DuplicateKey = "duplicate_key" => "This key appears more than once in the body; only its last value counts",
    /// Only reachable by a bug in the JS layer (a field index the schema lacks).
    /// `buildPatchMeRequest` (a JS check; its English lives here like every other).
    BaseUrl = "base_url" => "baseUrl must be an http(s) URL such as https://api.cal.com",
    /// The end of a `ValidationError` message when more than one issue failed (JS).
    More = "more" => "(+{count} more)",

    // ---- the body ----------------------------------------------------------------------------
    /// `count` is the body's size in bytes; `maximum` is 102400.
    BodyTooLarge = "body.too_large" => "The body is {count} bytes as JSON; cal.com refuses bodies over {maximum} bytes (100 kB) with 413",
    /// Every `json.*` message: the request body is not JSON; `position` is a byte offset in it.
    JsonNotUtf8 = "json.not_utf8" => "The body is not valid JSON: the body is not valid UTF-8 at byte {position}",
    JsonTrailing = "json.trailing" => "The body is not valid JSON: unexpected text after the JSON value at byte {position}",
    JsonUnexpectedChar = "json.unexpected_char" => "The body is not valid JSON: unexpected character at byte {position}",
    JsonUnexpectedEnd = "json.unexpected_end" => "The body is not valid JSON: unexpected end of input at byte {position}",
    JsonInvalidLiteral = "json.invalid_literal" => "The body is not valid JSON: invalid literal at byte {position}",
    /// Only in the JS layer's encoding (`!kind` tags), never in a JSON body.
    JsonUnknownTag = "json.unknown_tag" => "The body is not valid JSON: unknown value tag at byte {position}",
    JsonExpectedKey = "json.expected_key" => "The body is not valid JSON: expected a quoted key at byte {position}",
    JsonExpectedColon = "json.expected_colon" => "The body is not valid JSON: expected ':' after a key at byte {position}",
    JsonExpectedCommaBrace = "json.expected_comma_brace" => "The body is not valid JSON: expected ',' or a closing brace at byte {position}",
    JsonExpectedCommaBracket = "json.expected_comma_bracket" => "The body is not valid JSON: expected ',' or a closing bracket at byte {position}",
    JsonUnterminatedString = "json.unterminated_string" => "The body is not valid JSON: unterminated string at byte {position}",
    JsonInvalidUnicodeEscape = "json.invalid_unicode_escape" => "The body is not valid JSON: invalid \\u escape at byte {position}",
    JsonInvalidEscape = "json.invalid_escape" => "The body is not valid JSON: invalid escape at byte {position}",
    JsonControlChar = "json.control_char" => "The body is not valid JSON: control character in string at byte {position}",
    JsonInvalidNumber = "json.invalid_number" => "The body is not valid JSON: invalid number at byte {position}",
    JsonNumberFraction = "json.number_fraction" => "The body is not valid JSON: invalid number: digits expected after '.' at byte {position}",
    JsonNumberExponent = "json.number_exponent" => "The body is not valid JSON: invalid number: digits expected in the exponent at byte {position}",

    // ---- keys of a body ----------------------------------------------------------------------
    /// `__proto__`, `constructor`, `prototype` as a body key (error, or compat warning).
    KeyForbidden = "key.forbidden" => "Unknown key \"{input}\": not allowed (cal.com deletes or ignores it, and it can alter prototypes in JavaScript code)",
    KeySecret = "key.secret" => "Unknown key \"{input}\": secrets are never accepted by a client-side model",
    /// Strict, API v2: cal.com would drop the key.
    /// `input` is the key as sent; `suggestion` (in `….suggest`) the field it probably meant.
    KeyUnknown = "key.unknown" => "Unknown key \"{input}\": cal.com would drop it silently",
    KeyUnknownSuggest = "key.unknown.suggest" => "Unknown key \"{input}\" (did you mean {suggestion}?): cal.com would drop it silently",
    /// API v1 (both modes): cal.com's zod `.strict()` rejects the key.
    KeyRejected = "key.rejected" => "Unknown key \"{input}\": cal.com rejects unknown keys here",
    KeyRejectedSuggest = "key.rejected.suggest" => "Unknown key \"{input}\" (did you mean {suggestion}?): cal.com rejects unknown keys here",
    /// Compat, API v2: the warning that cal.com drops the key.
    KeyStripped = "key.stripped" => "Unknown key \"{input}\": cal.com drops it without an error",
    KeyStrippedSuggest = "key.stripped.suggest" => "Unknown key \"{input}\" (did you mean {suggestion}?): cal.com drops it without an error",
    /// Response guard (`validateMe`, `validateV1User`, …, reading what cal.com sent back): a key
    /// this version of the model does not know. A warning, never an error: cal.com may have added
    /// the field, and the key is left out of `data` (the typed result). "model": the package's
    /// description of the response.
    KeyUnknownModel = "key.unknown_model" => "Unknown key \"{input}\": not in this version of the model, so it is left out of data (cal.com may have added it)",
    /// As `key.unknown_model`, with the likeliest known key it may be a misspelling of.
    KeyUnknownModelSuggest = "key.unknown_model.suggest" => "Unknown key \"{input}\" (did you mean {suggestion}?): not in this version of the model, so it is left out of data (cal.com may have added it)",
    /// As `key.unknown_model`, for a key inside the managed user's `organization` object
    /// (`organization` is a field name: keep it verbatim).
    KeyUnknownModelOrganization = "key.unknown_model.organization" => "Unknown key \"{input}\" in organization: not in this version of the model, so it is left out of data (cal.com may have added it)",

    // ---- null where a field cannot take it (strict: error; compat: warning) ------------------
    /// Strict: `null` sent for a field whose database column cannot hold it. `field` is the wire
    /// name; `NOT NULL` is SQL, kept verbatim.
    NullColumn = "null.column" => "{field} cannot be null: the column is NOT NULL, so cal.com fails with 500",
    NullColumnCompat = "null.column.compat" => "cal.com accepts null here, but {field} cannot be null: the column is NOT NULL, so cal.com fails with 500",
    /// Strict: `timeFormat: null` is stored by cal.com, and reading the profile fails from then on.
    NullTimeFormat = "null.time_format" => "{field} cannot be null: cal.com stores the null and every later GET /v2/me fails",
    NullTimeFormatCompat = "null.time_format.compat" => "cal.com accepts null here, but {field} cannot be null: cal.com stores the null and every later GET /v2/me fails",
    /// Strict: `metadata: null`; `{}` (written `'{}'` in templates) is an empty JSON object.
    NullMetadata = "null.metadata" => "{field} cannot be null: the database rejects a JSON null (500); send '{}' to clear it",
    NullMetadataCompat = "null.metadata.compat" => "cal.com accepts null here, but {field} cannot be null: the database rejects a JSON null (500); send '{}' to clear it",
    /// Strict, API v1 user bodies: `allowDynamicBooking: null`. cal.com stores the null, and its
    /// booking code then reads it as "not allowed", so dynamic group booking (booking several
    /// people at once by joining their usernames) is silently turned off. `{field}` is the field
    /// name; `true`/`false` are JSON values: keep them verbatim.
    NullDynamicBooking = "null.allow_dynamic_booking" => "{field} null is stored, and cal.com then reads it as false (dynamic group booking off): send true or false",
    /// Compat warning: the same, after "cal.com accepts null here, but" as in the other `.compat`
    /// null messages.
    NullDynamicBookingCompat = "null.allow_dynamic_booking.compat" => "cal.com accepts null here, but {field} null is stored, and cal.com then reads it as false (dynamic group booking off): send true or false",

    // ---- fields ------------------------------------------------------------------------------
    /// `input` is the text sent; `suggestions` (in `….suggest`) are zone names, kept verbatim.
    TimeZoneUnknown = "time_zone.unknown" => "Not an IANA time zone: \"{input}\"",
    TimeZoneUnknownSuggest = "time_zone.unknown.suggest" => "Not an IANA time zone: \"{input}\"; did you mean {suggestions}?",
    /// `input` is the link's proper spelling.
    TimeZoneDeprecated = "time_zone.deprecated" => "\"{input}\" is a deprecated name for \"{canonical}\"; it still works, but prefer the canonical name",
    /// Compat: `CapitalizeTimeZone` makes cal.com store another spelling (`Us/Eastern`).
    TimeZoneStored = "time_zone.stored" => "cal.com stores this time zone as \"{stored}\", not as its IANA spelling \"{canonical}\"",
    /// Create managed user without a time zone.
    TimeZoneAbsent = "time_zone.absent" => "Without a time zone cal.com uses Europe/London and creates no default schedule: the user cannot be booked until one exists",
    /// `suggestions` (in `….suggest`) are locale codes such as `pt-BR`, kept verbatim.
    LocaleUnknown = "locale.unknown" => "Not a locale cal.com supports",
    LocaleUnknownSuggest = "locale.unknown.suggest" => "Not a locale cal.com supports: did you mean {suggestions}?",
    /// `values` are the English day names cal.com accepts (`Monday` …), kept verbatim: say they
    /// are English and capitalised. `suggestion` (in `….suggest`) is one of them.
    WeekStart = "week_start" => "Week start must be one of {values} (capitalised)",
    WeekStartSuggest = "week_start.suggest" => "Week start must be one of {values} (capitalised): did you mean {suggestion}?",
    /// Strict: a string, which only an older cal.com would not convert.
    TimeFormatString = "time_format.string" => "Expected the number 12 or 24, received the string \"{input}\"",
    TimeFormatStringHint = "time_format.string.hint" => "Expected the number 12 or 24, received the string \"{input}\": use the number {suggestion} (no quotes)",
    TimeFormatNaN = "time_format.nan" => "Expected the number 12 or 24, received a value that is not a number",
    /// The 12- or 24-hour clock setting.
    TimeFormat = "time_format" => "Time format must be 12 or 24",
    /// Compat: JavaScript's `Number()` turns the string into the number cal.com stores.
    TimeFormatCoerced = "time_format.coerced" => "cal.com converts the string \"{input}\" to the number {stored}",
    /// Strict: `defaultScheduleId` is the id of the user's default availability schedule.
    ScheduleInteger = "schedule_id.integer" => "A schedule ID is a whole number",
    ScheduleTooSmall = "schedule_id.too_small" => "A schedule ID is {minimum} or more",
    ScheduleTooBig = "schedule_id.too_big" => "A schedule ID is at most {maximum}",
    /// Compat: a float or an out-of-range number passes cal.com, then fails in the database.
    ScheduleUnstorable = "schedule_id.unstorable" => "cal.com accepts this number, but the database cannot store it as a schedule ID: the request fails with 500",
    ScheduleNull = "schedule_id.null" => "With no default schedule the user cannot be booked until one is set",
    /// API v1 compat (zod `.positive()`).
    PositiveNumber = "number.positive" => "Number must be greater than {minimum}",
    /// `avatarUrl`, the profile picture's address; `maximum` counts UTF-16 code units.
    AvatarTooLong = "avatar_url.too_long" => "A URL has at most {maximum} characters",
    AvatarInvalid = "avatar_url.invalid" => "Enter a full image URL such as https://example.com/me.png, not \"{input}\"",
    AvatarNoScheme = "avatar_url.no_scheme" => "Start the URL with https:// (or http://): without it, the address is resolved relative to the page showing the avatar",
    AvatarCredentials = "avatar_url.credentials" => "Remove the user:password@ part: it would be published with the avatar",
    /// `maximum` counts UTF-16 code units (what JavaScript's `.length` counts).
    EmailTooLong = "email.too_long" => "An email address has at most {maximum} characters",
    /// API v1: cal.com's regex fails.
    EmailInvalid = "email.invalid" => "Enter an email address like name@example.com, not \"{input}\"",
    /// Every strict `email.*` reason: `input` is the address sent (an excerpt).
    EmailNoAt = "email.no_at" => "Enter an email address like name@example.com: \"{input}\" has no @",
    EmailManyAt = "email.many_at" => "Enter an email address like name@example.com: \"{input}\" has more than one @",
    EmailLocalLength = "email.local_length" => "Enter an email address like name@example.com: \"{input}\" needs 1 to 64 characters before the @",
    EmailLocalChar = "email.local_char" => "Enter an email address like name@example.com: \"{input}\" has a character that is not allowed before the @",
    EmailLocalDot = "email.local_dot" => "Enter an email address like name@example.com: \"{input}\" has a misplaced dot before the @",
    EmailNoDot = "email.no_dot" => "Enter an email address like name@example.com: \"{input}\" needs a domain with a dot, like example.com",
    EmailDomain = "email.domain" => "Enter an email address like name@example.com: \"{input}\" has an invalid domain",
    EmailTld = "email.tld" => "Enter an email address like name@example.com: \"{input}\" needs a top-level domain of letters, like .com",
    /// A managed user's email in a response lacks `+{clientId}`.
    EmailManagedUser = "email.managed_user" => "A managed user's email carries +'{clientId}' before the @",
    /// API v1 compat: cal.com lower-cases usernames and emails.
    Lowercased = "lowercased" => "cal.com stores this lower-cased: \"{stored}\"",
    /// `checkApiKey` and `buildPatchMeRequest`: the `cal_…` key from cal.com's settings. `cal_`,
    /// `Bearer` and the menu path are names; use the menu names cal.com shows in your language.
    ApiKeyEmpty = "api_key.empty" => "Enter your cal.com API key (it starts with cal_)",
    ApiKeyBearer = "api_key.bearer" => "Leave out the word Bearer: give the key alone",
    ApiKeySpaces = "api_key.spaces" => "The key contains spaces or quotes: copy it again without them",
    ApiKeyChars = "api_key.chars" => "The key contains characters an API key or access token never has",
    ApiKeyTruncated = "api_key.truncated" => "This cal_ key looks truncated or damaged: copy it again from Settings → Developer → API keys",
    ApiKeyUnknown = "api_key.unknown" => "Not an API key (they start with cal_) nor a full access token",
    /// `metadata` is the profile's free key/value data; lengths count UTF-16 code units.
    MetadataKeyTooLong = "metadata.key_too_long" => "A metadata key has at most {maximum} characters (UTF-16 code units)",
    /// `count` is the number of keys sent.
    MetadataTooManyKeys = "metadata.too_many_keys" => "Metadata has at most {maximum} keys; this has {count}",
    /// `count` is the value's length in UTF-16 code units.
    MetadataValueTooLong = "metadata.value_too_long" => "A metadata value has at most {maximum} characters (UTF-16 code units); this has {count}",
    MetadataDuplicateKey = "metadata.duplicate_key" => "This key appears more than once in the JSON body; only its last value would be kept",
    /// `input` is the key (`constructor`).
    MetadataConstructor = "metadata.constructor" => "The key \"{input}\" makes cal.com fail with 500 before validating; rename it",
    /// Strict: `__proto__`, `prototype` and `Object.prototype` method names.
    MetadataForbidden = "metadata.forbidden" => "The key \"{input}\" is not allowed: cal.com would drop it silently, and JavaScript code may read it as part of the prototype; rename it",
    MetadataStripped = "metadata.stripped" => "The key \"{input}\" is dropped by cal.com without an error",
    MetadataInexact = "metadata.inexact_number" => "This number cannot be held exactly by JavaScript (too large, too precise or out of range): send it as a string",
    MetadataInfinite = "metadata.infinite" => "cal.com stores this number as null: JSON cannot hold an infinite number",
    /// API v1 `theme`, `role`: one of a short list.
    /// `values` (`dark`, `light` or `USER`, `ADMIN`) are kept verbatim.
    OneOf = "one_of" => "Expected one of {values}, received \"{input}\"",
    /// API v1 strict: `#RGB` etc. are the colour notations, kept verbatim.
    BrandColor = "brand_color" => "Use a hex colour: #RGB, #RGBA, #RRGGBB or #RRGGBBAA",
    /// API v1 compat: zod's own messages for a brand colour.
    ZodTooShort = "zod.too_short" => "String must contain at least {minimum} character(s)",
    ZodTooLong = "zod.too_long" => "String must contain at most {maximum} character(s)",
    /// zod's message for a brand colour that does not start with `#`.
    ZodInvalid = "zod.invalid" => "Invalid",
    /// Response guards: a date cal.com sent back, checked against ISO 8601.
    IsoDate = "iso_date" => "Expected an ISO 8601 date such as 2024-05-01T09:30:00Z, received \"{input}\"",
    /// `perDay`, `perWeek`, `perMonth` or `perYear` of the booking limits (how many bookings a
    /// user takes per period): below the minimum (1). `null` (keep verbatim) removes the limit.
    BookingLimitTooSmall = "booking_limit.too_small" => "A booking limit is at least {minimum}; send null for no limit",
    /// Strict: a booking limit with a fraction (1.5 bookings).
    BookingLimitInteger = "booking_limit.integer" => "A booking limit is a whole number of bookings",
    /// Strict: a booking limit above the largest the database holds (2,147,483,647), which would
    /// be no limit at all; `null` (keep verbatim) removes the limit.
    BookingLimitTooBig = "booking_limit.too_big" => "A booking limit is at most {maximum}; send null for no limit",
    /// The `teamId` of the team booking-limits request (`buildPatchTeamBookingLimitsRequest`):
    /// a number with a fraction. "ID" as in "schedule ID" above.
    TeamIdInteger = "team_id.integer" => "A team ID is a whole number",
    /// The `teamId`: below the minimum (1).
    TeamIdTooSmall = "team_id.too_small" => "A team ID is {minimum} or more",
    /// The `teamId`: above the largest id the database holds (2,147,483,647).
    TeamIdTooBig = "team_id.too_big" => "A team ID is at most {maximum}",
}

/// The terms a `type` message may name as `expected` (its `received` names a kind): each
/// catalog translates every one, and every kind. A test holds every `type_issue` call to this list.
#[cfg(test)]
const EXPECTED_TERMS: &[&str] = &[
    "string",
    "number",
    "integer",
    "boolean",
    "object",
    "value",
    "non-null value",
    "string, number or boolean",
    "number JavaScript holds exactly",
];

/// The arguments a message needs beyond the issue's typed parameters. Absent unless set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Args {
    /// An excerpt of the input (at most 40 characters, then `…`), unquoted: the template quotes.
    pub input: Option<String>,
    /// The field's wire name.
    pub field: Option<&'static str>,
    /// A measured quantity: keys, UTF-16 units, bytes.
    pub count: Option<u64>,
    /// What cal.com stores instead of the input.
    pub stored: Option<String>,
}

impl Args {
    /// Whether no argument is set.
    pub fn is_empty(&self) -> bool {
        self.input.is_none()
            && self.field.is_none()
            && self.count.is_none()
            && self.stored.is_none()
    }
}

/// At most 40 characters of a user string, so messages never echo input at length.
pub fn excerpt(s: &str) -> String {
    const MAX: usize = 40;
    // Copied as one slice: pushing it a character at a time cost about 80 instructions each.
    match s.char_indices().nth(MAX) {
        Some((end, _)) => {
            let mut out = String::with_capacity(end + 3);
            out.push_str(s.get(..end).unwrap_or_default());
            out.push('…');
            out
        }
        None => s.to_owned(),
    }
}

/// A message that names only `{field}`, in English, outside any issue: a `null` policy's message
/// is also the `description` JSON Schema gives that field (`src/json_schema.rs`).
pub fn english_with_field(msg: Msg, field: &'static str) -> String {
    english(&Issue::new(crate::issue::Code::InvalidType, &[], msg).field(field))
}

/// The English message of an issue: its template with every argument filled in.
///
/// Byte scans and checked slices only (`{`, `}` and `'` are ASCII, so every cut is on a character
/// boundary): `split_at` and char patterns would bring core's panic formatting into the wasm.
pub fn english(issue: &Issue) -> String {
    let template = issue.msg.english();
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = brace_or_quote(rest.as_bytes()) {
        out.push_str(rest.get(..i).unwrap_or_default());
        let tail = rest.get(i + 1..).unwrap_or_default();
        if rest.as_bytes().get(i) == Some(&b'\'') {
            // A literal section when a brace follows; otherwise a plain apostrophe.
            let quoted = match tail.as_bytes().first() {
                Some(b'{' | b'}') => split_once(tail, "'"),
                _ => None,
            };
            match quoted {
                Some((text, next)) => {
                    out.push_str(text);
                    rest = next;
                }
                None => {
                    out.push('\'');
                    rest = tail;
                }
            }
            continue;
        }
        let Some((name, next)) = split_once(tail, "}") else {
            rest = tail;
            break;
        };
        push_arg(&mut out, issue, name);
        rest = next;
    }
    out.push_str(rest);
    out
}

/// Where the first `{` or `'` of a template is, eight bytes at a time (the JSON reader's test):
/// a byte at a time was most of the cost of rendering a message.
fn brace_or_quote(bytes: &[u8]) -> Option<usize> {
    use crate::json::bytes_equal;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let found = bytes_equal(w, b'{') | bytes_equal(w, b'\'');
        if found != 0 {
            // The lowest flagged byte is a real match (a false flag can only follow one).
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    rest.iter()
        .position(|&b| b == b'{' || b == b'\'')
        .map(|i| at + i)
}

fn push_arg(out: &mut String, issue: &Issue, name: &str) {
    let int = |out: &mut String, n: Option<u64>| push_grouped(out, n.unwrap_or_default());
    match name {
        "expected" => {
            let e = issue.expected.unwrap_or_default();
            out.push_str(article(e));
            out.push_str(e);
        }
        "received" => out.push_str(issue.received.unwrap_or_default()),
        "minimum" => int(out, issue.minimum),
        "maximum" => int(out, issue.maximum),
        "position" => int(out, issue.position),
        "count" => int(out, issue.args.count),
        "canonical" => out.push_str(issue.canonical.as_deref().unwrap_or_default()),
        "input" => out.push_str(issue.args.input.as_deref().unwrap_or_default()),
        "stored" => out.push_str(issue.args.stored.as_deref().unwrap_or_default()),
        "field" => out.push_str(issue.args.field.unwrap_or_default()),
        "suggestion" => out.push_str(issue.suggestions.first().map_or("", String::as_str)),
        "suggestions" => push_list(out, issue.suggestions.iter().map(String::as_str)),
        "values" => match issue.values {
            Values::Str(vs) => push_list(out, vs.iter().copied()),
            Values::Int(vs) => {
                for (i, v) in vs.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { ", " });
                    crate::json::push_int(out, *v);
                }
            }
            Values::None => {}
        },
        _ => {}
    }
}

/// A number as `Intl.NumberFormat("en")` writes it (`102,400`), so English rendered from the
/// templates in JavaScript (`localizeIssues(issues, "en")`) is this text exactly.
fn push_grouped(out: &mut String, n: u64) {
    let mut digits = String::new();
    crate::json::push_int(&mut digits, n as i64);
    let len = digits.len();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
}

/// Alternatives as `Intl.ListFormat("en", { type: "disjunction" })` writes them, which the other
/// languages use: `a or b`, `a, b, or c`.
fn push_list<'a>(out: &mut String, items: impl ExactSizeIterator<Item = &'a str>) {
    let n = items.len();
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(match (i + 1 == n, n) {
                (true, 2) => " or ",
                (true, _) => ", or ",
                _ => ", ",
            });
        }
        out.push_str(item);
    }
}

fn article(noun: &str) -> &'static str {
    match noun.as_bytes().first() {
        Some(b'a' | b'e' | b'i' | b'o' | b'u') => "an ",
        Some(b'1'..=b'9') => "",
        _ => "a ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Kind;

    #[test]
    fn finds_the_first_brace_or_quote_at_every_offset() {
        for c in ['{', '\''] {
            for at in 0..30 {
                for len in at + 1..34 {
                    let mut text = "ab}z".repeat(9).into_bytes();
                    text.truncate(len);
                    text[at] = c as u8;
                    if at + 3 < len {
                        text[at + 3] = b'{';
                    }
                    assert_eq!(brace_or_quote(&text), Some(at), "{c} at {at} in {len}");
                }
            }
        }
        assert_eq!(brace_or_quote(b"no placeholder at all, ever"), None);
        assert_eq!(brace_or_quote(b""), None);
        // Bytes one below and above each, which a loose test would take.
        assert_eq!(brace_or_quote(b"zz|&(zz|&(zz|&(zzz"), None);
    }

    #[test]
    fn sums_lengths_like_a_plain_loop() {
        // Every prefix of lengths that fill whole and partial chunks, the largest ones included.
        let lens: Vec<u8> = (0..67u32)
            .map(|i| (i * 97 % 256) as u8)
            .chain([255; 20])
            .collect();
        for n in 0..=lens.len() {
            let want: usize = lens[..n].iter().map(|&l| usize::from(l)).sum();
            assert_eq!(sum(&lens[..n]), want, "{n}");
        }
        assert_eq!(sum(&[255; 8]), 2040);
    }

    #[test]
    fn every_message_and_id_is_found_in_its_table() {
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert!(!m.id().is_empty() && !m.english().is_empty(), "{i}");
            assert!(
                m.id()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b"._0123456789".contains(&b)),
                "{}",
                m.id()
            );
        }
        assert_eq!(Msg::Type.id(), "type");
        assert_eq!(
            Msg::Type.english(),
            "Expected {expected}, received {received}"
        );
    }

    #[test]
    fn an_excerpt_keeps_forty_characters() {
        assert_eq!(excerpt(""), "");
        let forty = "é".repeat(39) + "😀";
        assert_eq!(excerpt(&forty), forty);
        assert_eq!(excerpt(&(forty.clone() + "x")), forty.clone() + "…");
        assert_eq!(excerpt(&"a".repeat(500)), "a".repeat(40) + "…");
    }

    /// The names a template may use: the typed parameters an issue carries, the [`Args`], and
    /// `suggestion` (the first suggestion).
    const ARG_NAMES: &[&str] = &[
        "expected",
        "received",
        "minimum",
        "maximum",
        "position",
        "canonical",
        "suggestions",
        "suggestion",
        "values",
        "input",
        "field",
        "count",
        "stored",
    ];

    /// The arguments a template names, in order of first use.
    fn args_of(template: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = template;
        while let Some(i) = rest.find(['{', '\'']) {
            let tail = &rest[i..];
            if tail.starts_with("'{") || tail.starts_with("'}") {
                rest = tail[1..].split_once('\'').map_or("", |(_, r)| r);
                continue;
            }
            if let Some(after) = tail.strip_prefix('\'') {
                rest = after;
                continue;
            }
            let (name, next) = tail[1..].split_once('}').unwrap_or((&tail[1..], ""));
            if !out.contains(&name) {
                out.push(name);
            }
            rest = next;
        }
        out
    }

    /// Every kind a `received` can name: these and [`EXPECTED_TERMS`] are the catalogs' terms.
    fn kinds() -> Vec<&'static str> {
        Kind::ALL.iter().map(|k| k.name()).collect()
    }

    fn json_str(s: &str) -> std::string::String {
        let mut w = crate::json::Writer::with_capacity(s.len() + 2);
        w.str(s);
        w.finish()
    }

    /// `js/locales/messages.json`: what translators and the JS tests work from.
    fn messages_json() -> std::string::String {
        let mut out = std::string::String::from("{\n  \"messages\": [\n");
        for (i, m) in Msg::ALL.iter().enumerate() {
            let args: Vec<_> = args_of(m.english()).iter().map(|a| json_str(a)).collect();
            out.push_str(&format!(
                "    {{ \"id\": {}, \"en\": {}, \"args\": [{}], \"note\": {} }}{}\n",
                json_str(m.id()),
                json_str(m.english()),
                args.join(", "),
                json_str(&m.note()),
                if i + 1 == Msg::ALL.len() { "" } else { "," }
            ));
        }
        // The English of each term, as the `type` message inserts it.
        let expected: Vec<_> = EXPECTED_TERMS
            .iter()
            .map(|t| format!("\"{t}\": {}", json_str(&format!("{}{t}", article(t)))))
            .collect();
        let received: Vec<_> = kinds()
            .iter()
            .map(|k| format!("\"{k}\": {}", json_str(k)))
            .collect();
        out.push_str(&format!(
            "  ],\n  \"expected\": {{\n    {}\n  }},\n  \"received\": {{\n    {}\n  }}\n}}\n",
            expected.join(",\n    "),
            received.join(",\n    ")
        ));
        out
    }

    #[test]
    fn messages_json_is_fresh() {
        crate::assert_generated_file_is_current(
            "js/locales/messages.json",
            &messages_json(),
            "UPDATE_MESSAGES",
            "messages",
        );
    }

    #[test]
    fn ids_are_unique_and_templates_use_known_arguments() {
        let mut seen = std::collections::HashSet::new();
        for m in Msg::ALL {
            assert!(seen.insert(m.id()), "duplicate id {}", m.id());
            assert!(
                m.id().bytes().all(|c| c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || c == b'_'
                    || c == b'.'),
                "{}",
                m.id()
            );
            for a in args_of(m.english()) {
                assert!(ARG_NAMES.contains(&a), "{}: unknown argument {a:?}", m.id());
            }
        }
        assert_eq!(args_of("a '{}' {x} '{y}' it's {z}"), ["x", "z"]);
    }

    #[test]
    fn every_message_is_produced_somewhere_and_every_type_term_is_listed() {
        // The sources that build issues, read as text: a message no code names is one no catalog
        // should have to translate, and a `type_issue` term outside EXPECTED_TERMS has no
        // translation.
        let mut sources = std::string::String::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("messages.rs") {
                    sources.push_str(&std::fs::read_to_string(&p).unwrap());
                }
            }
        }
        let js = include_str!("../js/api.js");
        for m in Msg::ALL {
            let name = format!("Msg::{m:?}");
            let used = sources.contains(&format!("{name})"))
                || sources.contains(&format!("{name},"))
                || sources.contains(&format!("{name};"))
                || sources.contains(&format!("{name}\n"))
                || sources.contains(&format!("\"msg\":\"{}\"", m.id()))
                || js.contains(&format!("'{}'", m.id()));
            assert!(used, "{name} ({}) is never produced", m.id());
        }
        for call in sources.split("type_issue(\"").skip(1) {
            let term = call.split('"').next().unwrap_or_default();
            assert!(EXPECTED_TERMS.contains(&term), "type_issue term {term:?}");
        }
    }

    #[test]
    fn english_fills_every_argument() {
        use crate::issue::{Code, Issue, Unit};
        let issue = Issue::new(Code::InvalidValue, &[], Msg::TimeZoneUnknownSuggest)
            .input("Europe/Londn")
            .suggestions(vec![
                "Europe/London".into(),
                "Europe/Lisbon".into(),
                "Europe/Luxembourg".into(),
            ])
            .rendered();
        assert_eq!(
            issue.message,
            "Not an IANA time zone: \"Europe/Londn\"; did you mean Europe/London, Europe/Lisbon, or Europe/Luxembourg?"
        );
        let issue = Issue::new(Code::TooBig, &[], Msg::MetadataTooManyKeys)
            .maximum(50, Unit::Keys)
            .count(51)
            .rendered();
        assert_eq!(issue.message, "Metadata has at most 50 keys; this has 51");
        let issue = Issue::new(Code::TooBig, &[], Msg::BodyTooLarge)
            .maximum(102_400, Unit::Bytes)
            .count(1_234_567)
            .rendered();
        assert_eq!(
            issue.message,
            "The body is 1,234,567 bytes as JSON; cal.com refuses bodies over 102,400 bytes (100 kB) with 413"
        );
        for (n, text) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (2_147_483_647, "2,147,483,647"),
        ] {
            let mut out = String::new();
            push_grouped(&mut out, n);
            assert_eq!(out, text);
        }
        let issue = Issue::new(Code::InvalidType, &[], Msg::NullMetadata)
            .field("metadata")
            .rendered();
        assert_eq!(
            issue.message,
            "metadata cannot be null: the database rejects a JSON null (500); send {} to clear it"
        );
        let issue = Issue::new(Code::InvalidType, &[], Msg::Type)
            .expected("object")
            .received("class instance")
            .rendered();
        assert_eq!(issue.message, "Expected an object, received class instance");
        let issue = Issue::new(Code::InvalidFormat, &[], Msg::EmailManagedUser).rendered();
        assert_eq!(
            issue.message,
            "A managed user's email carries +{clientId} before the @"
        );
        let long = "x".repeat(50);
        let issue = Issue::new(Code::InvalidFormat, &[], Msg::IsoDate)
            .input(&long)
            .rendered();
        assert!(
            issue.message.ends_with(&format!("\"{}…\"", "x".repeat(40))),
            "{}",
            issue.message
        );
    }
}
