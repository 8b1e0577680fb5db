// The renderer every catalog is built with (bundled into each `cal-profile/locales/<code>`
// module, so the main entry carries none of it and an app pays for it only with a language).
//
// A catalog is data: `catalog(code, { messages, expected, received, dir })` compiles its
// templates on first use and registers it with the package (`registerLocale`, imported by the
// package's own name so that every runtime reaches the instance the app uses). The template
// syntax, a small subset of ICU MessageFormat, is described in js/locales/README.md.

import { registerLocale } from 'cal-profile';

// U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: an argument inserted into
// right-to-left text keeps its own direction (`Europe/London`, `timeZone`, Latin input).
const FSI = '\u2068';
const PDI = '\u2069';

const NUMBERS = new Set(['minimum', 'maximum', 'count', 'position']);

// In right-to-left templates, the Latin text a translator writes (`cal.com`, `GET /v2/me`,
// `https://`, `#RGB`) is isolated too, so nobody has to type invisible characters: a run of
// printable ASCII words with at least one letter or digit, joined by spaces, without the
// brackets, quotes and punctuation at its ends (those belong to the surrounding sentence, where
// brackets mirror as they should).
const LATIN_RUN = /[!-~]*[A-Za-z0-9][!-~]*(?: +[!-~]*[A-Za-z0-9][!-~]*)*/g;
const EDGES = /^([(\["'<]*)([^]*?)([.,:;!?)\]"'>]*)$/;
const isolateLatin = (s) =>
  s.replace(LATIN_RUN, (run) => {
    const [, open, core, close] = EDGES.exec(run);
    return open + FSI + core + PDI + close;
  });
const isolateParts = (parts) =>
  parts.map((p) =>
    typeof p === 'string'
      ? isolateLatin(p)
      : p.plural
        ? { ...p, plural: Object.fromEntries(Object.entries(p.plural).map(([k, v]) => [k, isolateParts(v)])) }
        : p,
  );
const LISTS = new Set(['suggestions', 'values']);

/**
 * Parses a template into parts: strings, `{ name }` and `{ name, plural: { key: parts } }`.
 * Throws a SyntaxError naming the problem (the tests run every template through it).
 */
export function parse(template) {
  let i = 0;
  function text(stopAtBrace) {
    const parts = [];
    let s = '';
    while (i < template.length) {
      const c = template[i];
      if (c === "'" && (template[i + 1] === '{' || template[i + 1] === '}')) {
        const end = template.indexOf("'", i + 1);
        if (end < 0) throw new SyntaxError(`unterminated quote in ${JSON.stringify(template)}`);
        s += template.slice(i + 1, end);
        i = end + 1;
      } else if (c === '{') {
        if (s) parts.push(s), (s = '');
        parts.push(argument());
      } else if (c === '}') {
        if (!stopAtBrace) throw new SyntaxError(`unmatched } in ${JSON.stringify(template)}`);
        break;
      } else if (c === '#' && stopAtBrace) {
        if (s) parts.push(s), (s = '');
        parts.push({ name: '#' });
        i++;
      } else {
        s += c;
        i++;
      }
    }
    if (s) parts.push(s);
    return parts;
  }
  function word() {
    const m = /^\s*([=\w-]+)\s*/.exec(template.slice(i));
    if (!m) throw new SyntaxError(`expected a name at ${i} in ${JSON.stringify(template)}`);
    i += m[0].length;
    return m[1];
  }
  function argument() {
    i++; // {
    const name = word();
    if (template[i] === '}') {
      i++;
      return { name };
    }
    if (template[i] !== ',' || (i++, word()) !== 'plural' || template[i] !== ',') {
      throw new SyntaxError(`expected {${name}} or {${name}, plural, …} in ${JSON.stringify(template)}`);
    }
    i++;
    const plural = {};
    while (template[i] !== '}') {
      const key = word();
      if (template[i] !== '{') throw new SyntaxError(`expected { after ${key} in ${JSON.stringify(template)}`);
      i++;
      plural[key] = text(true);
      if (template[i] !== '}') throw new SyntaxError(`unterminated {${name}, plural, ${key} {…} in ${JSON.stringify(template)}`);
      i++;
      while (/\s/.test(template[i] ?? '')) i++;
      if (i >= template.length) throw new SyntaxError(`unterminated plural in ${JSON.stringify(template)}`);
    }
    i++;
    if (!plural.other) throw new SyntaxError(`{${name}, plural, …} needs an "other" form in ${JSON.stringify(template)}`);
    return { name, plural };
  }
  const parts = text(false);
  return parts;
}

/**
 * Builds a catalog and registers it. `code` is one of cal.com's 43 locale codes; `intl` is the
 * BCP 47 tag Intl formats with (the code itself unless given).
 */
export function catalog(code, { messages, expected, received, dir = 'ltr', intl = code }) {
  const compiled = new Map();
  let numbers, lists, plurals;
  const rtl = dir === 'rtl';
  const isolate = (s) => (rtl ? FSI + s + PDI : s);
  const number = (n) => (numbers ??= new Intl.NumberFormat(intl)).format(n);

  // An argument of the issue: its `args` first, then its typed parameters (`suggestion` is the
  // first suggestion). Looked up as needed: no copy of the issue per message.
  function arg(issue, name) {
    if (name === 'suggestion') return issue.suggestions?.[0];
    const a = issue.args;
    return a !== undefined && a[name] !== undefined ? a[name] : issue[name];
  }

  function value(name, issue) {
    const v = arg(issue, name);
    if (v === undefined || v === null) return '';
    if (NUMBERS.has(name)) return number(v);
    if (LISTS.has(name)) {
      return (lists ??= new Intl.ListFormat(intl, { type: 'disjunction' })).format(
        v.map((x) => (typeof x === 'number' ? number(x) : isolate(String(x)))),
      );
    }
    if (name === 'expected') return isolate(expected[v] ?? v);
    if (name === 'received') return isolate(received[v] ?? v);
    return isolate(String(v));
  }

  function render(parts, issue, n) {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else if (p.name === '#') out += number(n);
      else if (p.plural) {
        const x = Number(arg(issue, p.name) ?? 0);
        const form = p.plural['=' + x] ?? p.plural[(plurals ??= new Intl.PluralRules(intl)).select(x)] ?? p.plural.other;
        out += render(form, issue, x);
      } else out += value(p.name, issue);
    }
    return out;
  }

  function template(id) {
    let parts = compiled.get(id);
    if (parts === undefined) {
      const t = messages[id];
      if (typeof t !== 'string') return undefined;
      parts = parse(t);
      compiled.set(id, (parts = rtl ? isolateParts(parts) : parts));
    }
    return parts;
  }

  const self = Object.freeze({
    locale: code,
    dir,
    messages,
    expected,
    received,
    /** The parsed template of a message (for tests and tools): strings and argument parts. */
    parts: template,
    /**
     * The message of an issue in this language, from its `msg` and arguments; `undefined` for a
     * message this catalog does not have (an issue from a newer core).
     */
    format(issue) {
      const parts = template(issue.msg);
      if (parts === undefined) return undefined;
      return render(parts, issue, 0);
    },
  });
  registerLocale(self);
  return self;
}

/** Registers an existing catalog under a second code (`iw` for `he`) and returns that alias. */
export function alias(code, of) {
  const self = Object.freeze({ ...of, locale: code });
  registerLocale(self);
  return self;
}
