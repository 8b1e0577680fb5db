// The "Booking limits" section: GET /v2/me/booking-limits fills it, every keystroke is checked
// with cal-profile (strict: a whole number of bookings from 1 to 2147483647, or empty for no
// limit), the exact PATCH appears under it, and Save sends only the changed limits when the check
// passes. cal.com publishes these endpoints' constraints but not their validation source.

import { $, h, setChildren } from './dom.js';

const LIMITS_PATH = '/v2/me/booking-limits';
export const LIMIT_FIELDS = { perDay: 'Per day', perWeek: 'Per week', perMonth: 'Per month', perYear: 'Per year' };

export class BookingLimitsSection {
  /** `cp`: the package; `apiKey()`: the key typed above; `headers()`: what a GET sends. */
  constructor({ cp, apiKey, headers }) {
    this.cp = cp;
    this.apiKey = apiKey;
    this.headers = headers;
    this.current = null;
    this.saving = false;
    this.inputs = Object.fromEntries(Object.keys(LIMIT_FIELDS).map((k) => [k, $(`limits-${k}`)]));
    for (const input of Object.values(this.inputs)) input.addEventListener('input', () => this.edited());
    $('limits-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
  }

  async load() {
    const status = $('limits-load-status');
    status.textContent = 'Loading booking limits…';
    let response;
    try {
      response = await fetch(LIMITS_PATH, { headers: this.headers(), cache: 'no-store' });
    } catch (err) {
      status.textContent = `Could not reach the server: ${err.message}`;
      return;
    }
    const json = await readJson(response);
    this.showResponse('GET', response, json);
    if (!response.ok || json?.status !== 'success') {
      status.textContent = `Loading the booking limits failed: ${response.status} ${response.statusText}` +
        (response.status === 403 ? ' (cal.com offers them to organization members only)' : '');
      return;
    }
    const guard = this.cp.validateBookingLimitsResponse(json.data, { mode: 'compat' });
    status.textContent = guard.success
      ? 'Loaded your booking limits.'
      : `Loaded, but the response does not match the published booking limits: ${guard.issues.map(issueText).join('; ')}`;
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

  edited() {
    $('limits-save-status').textContent = '';
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
    const result = this.cp.validateBookingLimits(body, { mode: 'strict' });
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
    const request = this.cp.buildPatchBookingLimitsRequest({ apiKey: this.apiKey(), body, baseUrl: location.origin });
    const status = $('limits-preview-status');
    if (request.success) {
      $('limits-preview').textContent = `PATCH ${LIMITS_PATH}\n\n${JSON.stringify(JSON.parse(request.init.body), null, 2)}`;
    } else {
      $('limits-preview').textContent = `PATCH ${LIMITS_PATH}\n\n${JSON.stringify(body, null, 2)}`;
    }
    const count = Object.keys(body).length;
    if (!result.success) {
      status.textContent = `Not sendable: ${result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`}.`;
      status.className = 'status status-error';
    } else if (count === 0) {
      status.textContent = 'No changes: Save has nothing to send.';
      status.className = 'status muted';
    } else if (!request.success) {
      status.textContent = `The body is valid, but: ${request.issues.map(issueText).join('; ')}`;
      status.className = 'status status-error';
    } else {
      status.textContent = `Ready: ${count === 1 ? '1 changed limit' : `${count} changed limits`}.`;
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
      status.textContent = 'Nothing was sent: fix the marked limits.';
      const first = result.issues.map((i) => i.path[0]).find((k) => this.inputs[k]);
      if (first) this.inputs[first].focus();
      return;
    }
    if (Object.keys(body).length === 0) {
      status.textContent = 'No changes to save.';
      return;
    }
    if (!request.success) {
      status.textContent = `Nothing was sent: ${request.issues.map(issueText).join('; ')}`;
      return;
    }
    this.saving = true;
    status.textContent = 'Saving…';
    try {
      const response = await fetch(request.url, { ...request.init, cache: 'no-store' });
      const json = await readJson(response);
      this.showResponse('PATCH', response, json);
      if (response.ok && json?.status === 'success') {
        this.setCurrent(json.data);
        this.validate();
        status.textContent = `Saved (${Object.keys(body).join(', ')}).`;
      } else {
        status.textContent = `cal.com refused the update: ${response.status} ${response.statusText}`;
      }
    } catch (err) {
      status.textContent = `Could not reach the server: ${err.message}`;
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
          h('code', {}, String(e?.property ?? '')), ': ', Object.values(e?.constraints ?? {}).join('; ') || 'invalid')))
        : null,
      h('pre', { class: 'code', tabindex: '0', 'aria-label': 'Raw booking-limits response' },
        json ? JSON.stringify(json, null, 2) : '(no JSON body)'));
  }
}

function issueText(issue) {
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

async function readJson(response) {
  try {
    return JSON.parse(await response.text());
  } catch {
    return null;
  }
}
