// The server's answers, shown readably and always as text: the status line, cal.com's error
// details, the raw body.

import { h, setChildren } from './dom.js';
import { t } from './i18n.js';

/** The body as JSON, or `json: null` when it is not JSON; `text` as received. */
export async function readJson(response) {
  const text = await response.text();
  try {
    return { json: JSON.parse(text), text };
  } catch {
    return { json: null, text };
  }
}

/** cal.com's error message, as the end of a status line ('' without one). */
export function errorMessage(json) {
  const message = json?.error?.message;
  return typeof message === 'string' ? ` — ${message}` : '';
}

/** "200 OK · GET /v2/me" in `el`, coloured by success. */
export function showStatusLine(el, method, path, response) {
  el.className = `response-line ${response.ok ? 'status-ok' : 'status-error'}`;
  setChildren(el, h('strong', {}, `${response.status} ${response.statusText}`), ` · ${method} ${path}`);
}

/** A 400's `details.errors` as a list (property: constraints), or null when there are none. */
export function errorList(json) {
  const errors = json?.error?.details?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return h('ul', { class: 'response-errors' }, errors.map((e) => h('li', {},
    h('code', {}, String(e?.property ?? '')), ': ',
    Object.values(e?.constraints ?? {}).join('; ') || t('response.invalid'))));
}

/** The JSON body pretty-printed, or `otherwise` when the body is not JSON. */
export function rawBody(json, otherwise) {
  return h('pre', { class: 'code', tabindex: '0', 'aria-label': t('response.raw') },
    json ? JSON.stringify(json, null, 2) : otherwise);
}
