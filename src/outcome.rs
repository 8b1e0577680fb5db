//! The result of one validation, as Rust sees it and as it crosses into JavaScript.

use crate::context::Cx;
use crate::issue::Issue;
use crate::json::Writer;

/// What [`validate_json`](crate::validate_json) found: the issues (empty on success), the
/// warnings (on success too), and on success the normalised data as JSON text.
///
/// ```
/// use cal_profile::{models::UpdateMeInput, validate_json, Mode, UPDATE_ME};
/// let out = validate_json(&UPDATE_ME, br#"{"name":"Ada","locale":"fr"}"#, Mode::Strict);
/// assert!(out.is_success() && out.warnings.is_empty());
/// // The data is the model's JSON: any serde JSON library reads it.
/// assert_eq!(out.data_json(), Some(r#"{"name":"Ada","locale":"fr"}"#));
/// # let _: Option<UpdateMeInput> = None;
/// ```
#[derive(Debug, Default)]
pub struct Outcome {
    /// Everything that makes the input fail, in a deterministic order. Empty on success.
    pub issues: Vec<Issue>,
    /// Things worth knowing that do not make it fail.
    pub warnings: Vec<Issue>,
    data: Option<String>,
    /// `data` holds references to strings the JS caller holds (`Writer::string`), which the JS
    /// layer resolves. Never for a Rust caller.
    refs: bool,
    /// The core read the text of a string the JS layer kept on its side (`!s<len>`): the verdict
    /// may depend on it, so the JS layer asks again with every string whole.
    retry: bool,
}

impl Outcome {
    pub(crate) fn from_cx(cx: Cx, data: Option<Writer>) -> Outcome {
        let (data, refs) = match data {
            Some(w) if cx.issues.is_empty() => {
                let (d, r) = w.finish_with_refs();
                (Some(d), r)
            }
            _ => (None, false),
        };
        Outcome {
            data,
            refs,
            retry: false,
            issues: cx.issues,
            warnings: cx.warnings,
        }
    }

    /// The answer when the core needed the text of a string the JS layer kept: ask again with
    /// every string whole (no verdict, which may depend on that text).
    pub(crate) fn retry() -> Outcome {
        Outcome {
            data: None,
            refs: false,
            retry: true,
            issues: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// This outcome, or [`Outcome::retry`] when the call's kept strings were asked for.
    pub(crate) fn unless_needed(self, needed: &std::cell::Cell<bool>) -> Outcome {
        if needed.get() {
            Outcome::retry()
        } else {
            self
        }
    }

    /// Whether the input passed: no issue (warnings do not count).
    pub fn is_success(&self) -> bool {
        self.issues.is_empty() && self.data.is_some()
    }

    /// The normalised value as JSON text, on success. Strings keep their escapes, so lone
    /// surrogates (accepted only in compat mode) survive; it deserialises into the matching model.
    /// Only the JS boundary's inputs (kept `!s<len>` strings, `validate_json_text_for_js`) get
    /// `[…]` references in it, which the JS layer fills in.
    pub fn data_json(&self) -> Option<&str> {
        self.data.as_deref()
    }

    /// The JS API's result object as JSON text (`success`, `data` or `issues`, `warnings`), for
    /// a server that answers as the JS package would.
    ///
    /// ```
    /// use cal_profile::{validate_json, Mode, UPDATE_ME};
    /// let out = validate_json(&UPDATE_ME, br#"{"bio":"Hi"}"#, Mode::Strict);
    /// assert_eq!(out.to_json(), r#"{"success":true,"data":{"bio":"Hi"},"warnings":[]}"#);
    /// ```
    pub fn to_json(&self) -> String {
        self.write(Issue::write_json)
    }

    /// The same with each issue list in the wire form the JS layer decodes
    /// ([`Issue::write_wire`]): a flat array, which `JSON.parse` reads in about a third of the
    /// time the same issues take as objects.
    pub(crate) fn to_wire(&self) -> String {
        self.write(Issue::write_wire)
    }

    fn write(&self, issue: impl Fn(&Issue, &mut Writer)) -> String {
        if self.retry {
            return String::from(r#"{"retry":true}"#);
        }
        let mut w = Writer::with_capacity(self.data.as_ref().map_or(64, |d| d.len() + 48));
        let issues = |w: &mut Writer, list: &[Issue]| {
            w.begin_array();
            for i in list {
                issue(i, w);
            }
            w.end_array();
        };
        w.begin_object();
        w.key_raw("success");
        w.bool(self.is_success());
        match &self.data {
            Some(d) if self.issues.is_empty() => {
                w.key_raw("data");
                w.raw_json(d);
                if self.refs {
                    w.key_raw("refs");
                    w.bool(true);
                }
            }
            _ => {
                w.key_raw("issues");
                issues(&mut w, &self.issues);
            }
        }
        w.key_raw("warnings");
        issues(&mut w, &self.warnings);
        w.end_object();
        w.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::{validate_js_text, validate_json_bytes_for_js, validate_json_text_for_js};
    use crate::{Mode, UPDATE_ME};

    #[test]
    fn a_bytes_body_gets_byte_ranges_of_its_long_unescaped_strings() {
        let bio = "é".repeat(40); // 80 bytes, 40 UTF-16 units
        let body =
            format!("\u{feff}{{\"name\":\"A\",\"bio\":\"{bio}\",\"timeZone\":\"europe/paris\"}}");
        let out = validate_json_bytes_for_js(&UPDATE_ME, body.as_bytes(), Mode::Strict);
        let json = out.to_json();
        // After the 3-byte BOM, `{"name":"A","bio":"` is 19 bytes: the bio is bytes 22..102.
        assert!(json.contains(r#""bio":[22,102]"#), "{json}");
        assert_eq!(body.as_bytes().get(22..102), Some(bio.as_bytes()));
        // Short strings and changed ones (the zone's spelling) are written out.
        assert!(
            json.contains(r#""name":"A""#) && json.contains(r#""timeZone":"Europe/Paris""#),
            "{json}"
        );
        assert!(json.contains(r#""refs":true"#), "{json}");
    }

    #[test]
    fn a_request_for_text_answers_only_the_call_that_made_it() {
        // The avatar URL rule reads the text: the call asks for it.
        let asks = validate_js_text(&UPDATE_ME, r#"{"avatarUrl":!s300}"#, Mode::Strict);
        assert_eq!(asks.to_json(), r#"{"retry":true}"#);
        // A length is all the bio needs: no request, and the data points at the kept string.
        let bio = validate_js_text(&UPDATE_ME, r#"{"bio":!s300}"#, Mode::Strict);
        assert_eq!(
            bio.to_json(),
            r#"{"success":true,"data":{"bio":[0]},"refs":true,"warnings":[]}"#
        );
        // Each call has its own flag: later calls answer for themselves.
        let text = validate_json_text_for_js(&UPDATE_ME, r#"{"name":"A"}"#, Mode::Strict);
        assert!(text.to_json().starts_with(r#"{"success":true"#));
        let js = validate_js_text(&UPDATE_ME, r#"{"name":"A"}"#, Mode::Strict);
        assert!(js.to_json().starts_with(r#"{"success":true"#));
    }
}
