//! The state one validation carries: the mode, where we are, and what we found.

use crate::issue::{Code, Issue, Seg};
use crate::json::{Kind, Value};
use crate::messages::Msg;

/// Which question a validation answers (product.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// "Is this safe to send?": accepted only if cal.com accepts it *and* nothing is lost or
    /// corrupted on the way. Everything strict accepts, compat accepts too.
    #[default]
    Strict,
    /// "What will cal.com do with this?": cal.com's verdict exactly, and the value it would store.
    Compat,
}

impl Mode {
    /// Whether this is [`Mode::Strict`].
    pub fn is_strict(self) -> bool {
        self == Mode::Strict
    }
}

/// Adds `issue` to `list`, then renders its message in place: an `Issue` is a few hundred bytes,
/// and each move of one is a copy (rendering it on the way in was one more per issue).
fn push_rendered(list: &mut Vec<Issue>, issue: Issue) {
    list.push(issue);
    if let Some(last) = list.last_mut() {
        last.message = crate::messages::english(last);
    }
}

/// Collects issues in a deterministic order while a schema walks its fields.
#[derive(Debug, Default)]
pub struct Cx {
    pub mode: Mode,
    /// The input was a JavaScript value (encoded by the JS layer), not JSON text: its numbers are
    /// exactly what JavaScript holds.
    pub from_js: bool,
    /// The normalised data may point at strings the JS caller holds (`Writer::with_refs`).
    pub refs: bool,
    pub path: Vec<Seg>,
    pub issues: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

impl Cx {
    pub fn new(mode: Mode) -> Cx {
        Cx {
            mode,
            ..Cx::default()
        }
    }

    pub fn strict(&self) -> bool {
        self.mode.is_strict()
    }

    /// A new issue at the current path.
    pub fn at(&self, code: Code, msg: Msg) -> Issue {
        Issue::new(code, &self.path, msg)
    }

    /// Reports an error; its English message is rendered now that its arguments are set.
    pub fn fail(&mut self, mut issue: Issue) {
        // cal.com's constraints only mean something where cal.com's verdict is reproduced.
        if self.strict() {
            issue.calcom = &[];
        }
        push_rendered(&mut self.issues, issue);
    }

    pub fn warn(&mut self, issue: Issue) {
        push_rendered(&mut self.warnings, issue);
    }

    pub fn error_count(&self) -> usize {
        self.issues.len()
    }

    /// Steps into a member whose key is not static (metadata keys, unknown keys).
    pub fn enter(&mut self, key: &str) {
        self.path
            .push(Seg::Key(std::borrow::Cow::Owned(key.to_owned())));
    }

    /// Steps into a schema field: no allocation.
    pub fn enter_field(&mut self, name: &'static str) {
        self.path.push(Seg::Key(std::borrow::Cow::Borrowed(name)));
    }

    pub fn leave(&mut self) {
        self.path.pop();
    }

    /// "Expected a string, received number": `expected` is one of `EXPECTED_TERMS` (`src/messages.rs`).
    pub fn type_issue(&self, expected: &'static str, v: &Value<'_>) -> Issue {
        self.at(Code::InvalidType, Msg::Type)
            .expected(expected)
            .received(v.kind().name())
    }
}

/// Whether a JavaScript value counts as absent (`undefined` properties are not sent by
/// `JSON.stringify`, so cal.com never sees them).
pub fn is_absent(v: &Value<'_>) -> bool {
    v.kind() == Kind::Undefined
}

/// The issue for a JavaScript value that could not be read (a getter or Proxy trap threw): there
/// is nothing to validate, and nothing cal.com would receive.
pub fn unreadable(cx: &Cx) -> Issue {
    cx.at(Code::Unreadable, Msg::Unreadable)
}
