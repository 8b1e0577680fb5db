// The demo page's words in the chosen language (www/i18n/<code>.js, same keys as en.js), and the
// one place that puts them on the page. Validation messages are not here: the package renders
// them in the same language (`{ locale }` on every call).

/**
 * The Intl locale for one of cal.com's codes: `iw` is Hebrew; plain `pt` is Portugal's (Intl reads
 * it as Brazil's); cal.com's Serbian is written in Latin script.
 */
export const intlOf = (code) => ({ iw: 'he', pt: 'pt-PT', sr: 'sr-Latn' })[code] ?? code;

/** Renders a template: `{name}` inserted, `{count, plural, one {…} other {…}}` by Intl.PluralRules. */
export function format(template, params = {}, locale = 'en') {
  const intl = intlOf(locale);
  const number = (n) => (typeof n === 'number' ? new Intl.NumberFormat(intl).format(n) : String(n));
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const end = matching(template, open);
    const inner = template.slice(open + 1, end);
    const plural = /^(\w+),\s*plural,\s*/.exec(inner);
    if (plural) {
      const n = params[plural[1]];
      const forms = {};
      for (let j = plural[0].length; j < inner.length; ) {
        const m = /^\s*(=\d+|\w+)\s*\{/.exec(inner.slice(j));
        if (!m) break;
        const start = j + m[0].length - 1;
        const close = matching(inner, start);
        forms[m[1]] = inner.slice(start + 1, close);
        j = close + 1;
      }
      const form = forms[`=${n}`] ?? forms[new Intl.PluralRules(intl).select(n)] ?? forms.other ?? '';
      out += format(form.replaceAll('#', number(n)), params, locale);
    } else {
      out += inner in params ? number(params[inner]) : `{${inner}}`;
    }
    i = end + 1;
  }
  return out + template.slice(i);
}

function matching(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** A language's name in that language ("Deutsch" for `de`), or the code where Intl has none. */
export function nativeName(code) {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

const RTL = new Set(['ar', 'he', 'iw']);
const catalogs = new Map();
let words = null;
let current = 'en';

/** Loads a language's words (once) and makes it the page's language. */
export async function useLanguage(code) {
  if (!catalogs.has(code)) catalogs.set(code, (await import(`./i18n/${code}.js`)).default);
  words = catalogs.get(code);
  current = code;
  document.documentElement.lang = intlOf(code);
  document.documentElement.dir = RTL.has(code) ? 'rtl' : 'ltr';
}

export const language = () => current;

/** The `locale` option of every package call: the page's language (English needs no catalog). */
export const localeOption = () => ({ locale: current });

/** The page's words for `key` in the current language. */
export function t(key, params) {
  const template = words?.[key];
  if (template === undefined) throw new Error(`no demo text "${key}"`);
  return format(template, params, current);
}

/** Puts `key`'s words into `el`: text between backticks becomes <code>, everything as text. */
export function render(el, key, params) {
  const parts = t(key, params).split('`');
  el.replaceChildren(...parts.map((part, i) => (i % 2 ? Object.assign(document.createElement('code'), { textContent: part }) : part)));
}

/** Status lines written by `say`, re-rendered by `translatePage` when the language changes. */
const said = new Map();

/** Writes the words for `key` into `el` and remembers them for a language switch. */
export function say(el, key, params) {
  said.set(el, [key, params]);
  render(el, key, params);
}

/** Writes text that is not the page's words (or nothing) into `el`, forgetting its words. */
export function sayText(el, text) {
  said.delete(el);
  el.textContent = text;
}

/**
 * Every element marked `data-i18n="key"` gets its words; `data-i18n-attr="attr:key,…"` sets
 * attributes (aria-label, placeholder, alt) the same way.
 */
export function translatePage(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) render(el, el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
  for (const [el, [key, params]] of said) render(el, key, params);
  document.title = t('page.title');
}
