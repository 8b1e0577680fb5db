// The "Booking limits" section: GET /v2/me/booking-limits fills it, every keystroke is checked
// with cal-profile (strict: a whole number of bookings from 1 to 2147483647, or empty for no
// limit), the exact PATCH appears under it, and Save sends only the changed limits when the check
// passes. cal.com publishes these endpoints' constraints but not their validation source.

import { $, h, setChildren } from './dom.js';
import { localeOption, say, sayText, t } from './i18n.js';
import { issuesText } from './issues.js';

const LIMITS_PATH = '/v2/me/booking-limits';
export const LIMIT_FIELDS = ['perDay', 'perWeek', 'perMonth', 'perYear'];

export class BookingLimitsSection {
  /** `cp`: the package; `apiKey()`: the key typed above; `headers()`: what a GET sends. */
  constructor({ cp, apiKey, headers }) {
    this.cp = cp;
    this.apiKey = apiKey;
    this.headers = headers;
    this.current = null;
    this.saving = false;
    this.inputs = Object.fromEntries(LIMIT_FIELDS.map((k) => [k, $(`limits-${k}`)]));
    for (const input of Object.values(this.inputs)) input.addEventListener('input', () => this.edited());
    $('limits-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
  }

  async load() {
    const status = $('limits-load-status');
    say(status, 'limits.loading');
    let response;
    try {
      response = await fetch(LIMITS_PATH, { headers: this.headers(), cache: 'no-store' });
    } catch (err) {
      say(status, 'network.failed', { error: err.message });
      return;
    }
    const json = await readJson(response);
    this.showResponse('GET', response, json);
    if (!response.ok || json?.status !== 'success') {
      const code = `${response.status} ${response.statusText}`;
      say(status, 'limits.loadFailed', { status: response.status === 403 ? t('limits.orgOnly', { status: code }) : code });
      return;
    }
    const guard = this.cp.validateBookingLimitsResponse(json.data, { mode: 'compat', ...localeOption() });
    if (guard.success) say(status, 'limits.loaded');
    else say(status, 'limits.mismatch', { problems: issuesText(guard.issues) });
    this.setCurrent(json.data);
    $('limits-fields').disabled = false;
    this.validate();
  }

  setCurrent(limits) {
    this.current = limits;
    for (const [key, input] of Object.entries(this.inputs)) {
      const value = limits?.[key];
      input.value = value === null || value === undefined ? '' : String(value);
    }
  }

  /** The page's language changed: messages and statuses again. */
  refresh() {
    if (this.current) this.validate();
  }

  edited() {
    sayText($('limits-save-status'), '');
    this.validate();
  }

  /** The form as a body: empty means no limit (null); digits a number; anything else as typed. */
  readDesired() {
    const desired = {};
    for (const [key, input] of Object.entries(this.inputs)) {
      const text = input.value.trim();
      desired[key] = text === '' ? null : /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : input.value;
    }
    return desired;
  }

  validate() {
    if (!this.current) return null;
    const body = this.cp.diffUpdate(this.current, this.readDesired());
    const result = this.cp.validateBookingLimits(body, { mode: 'strict', ...localeOption() });
    const errors = new Map();
    for (const issue of result.success ? [] : result.issues) {
      const key = issue.path[0];
      errors.set(key, [...(errors.get(key) ?? []), issue.message]);
    }
    for (const [key, input] of Object.entries(this.inputs)) {
      const messages = errors.get(key) ?? [];
      $(`limits-${key}-error`).textContent = messages.join(' ');
      if (messages.length) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      input.closest('.field').classList.toggle('has-error', messages.length > 0);
    }
    const request = this.cp.buildPatchBookingLimitsRequest({ apiKey: this.apiKey(), body, baseUrl: location.origin, ...localeOption() });
    const status = $('limits-preview-status');
    if (request.success) {
      $('limits-preview').textContent = `PATCH ${LIMITS_PATH}\n\n${JSON.stringify(JSON.parse(request.init.body), null, 2)}`;
    } else {
      $('limits-preview').textContent = `PATCH ${LIMITS_PATH}\n\n${JSON.stringify(body, null, 2)}`;
    }
    const count = Object.keys(body).length;
    if (!result.success) {
      say(status, 'limits.notSendable', { count: result.issues.length });
      status.className = 'status status-error';
    } else if (count === 0) {
      say(status, 'preview.noChanges');
      status.className = 'status muted';
    } else if (!request.success) {
      say(status, 'limits.validButKey', { problems: issuesText(request.issues) });
      status.className = 'status status-error';
    } else {
      say(status, 'limits.ready', { count });
      status.className = 'status status-ok';
    }
    this.state = { body, result, request };
    return this.state;
  }

  async save() {
    if (this.saving || !this.current) return;
    const { body, result, request } = this.validate();
    const status = $('limits-save-status');
    if (!result.success) {
      say(status, 'limits.blocked');
      const first = result.issues.map((i) => i.path[0]).find((k) => this.inputs[k]);
      if (first) this.inputs[first].focus();
      return;
    }
    if (Object.keys(body).length === 0) {
      say(status, 'save.noChanges');
      return;
    }
    if (!request.success) {
      say(status, 'save.notSent', { problems: issuesText(request.issues) });
      return;
    }
    this.saving = true;
    say(status, 'save.saving');
    try {
      const response = await fetch(request.url, { ...request.init, cache: 'no-store' });
      const json = await readJson(response);
      this.showResponse('PATCH', response, json);
      if (response.ok && json?.status === 'success') {
        this.setCurrent(json.data);
        this.validate();
        say(status, 'save.saved', { fields: Object.keys(body).join(', ') });
      } else {
        say(status, 'save.refused', { status: `${response.status} ${response.statusText}`, detail: '' });
      }
    } catch (err) {
      say(status, 'network.failed', { error: err.message });
    } finally {
      this.saving = false;
    }
  }

  showResponse(method, response, json) {
    const line = $('limits-response-status');
    line.className = `response-line ${response.ok ? 'status-ok' : 'status-error'}`;
    setChildren(line, h('strong', {}, `${response.status} ${response.statusText}`), ` · ${method} ${LIMITS_PATH}`);
    const errors = json?.error?.details?.errors;
    setChildren($('limits-response'),
      Array.isArray(errors) && errors.length
        ? h('ul', { class: 'response-errors' }, errors.map((e) => h('li', {},
          h('code', {}, String(e?.property ?? '')), ': ', Object.values(e?.constraints ?? {}).join('; ') || t('response.invalid'))))
        : null,
      h('pre', { class: 'code', tabindex: '0', 'aria-label': t('response.raw') },
        json ? JSON.stringify(json, null, 2) : t('limits.noJson')));
  }
}

async function readJson(response) {
  try {
    return JSON.parse(await response.text());
  } catch {
    return null;
  }
}
