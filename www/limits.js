// The "Booking limits" section: GET /v2/me/booking-limits fills it, every keystroke is checked
// with cal-profile (strict: a whole number of bookings from 1 to 2147483647, or empty for no
// limit), the exact PATCH appears under it, and Save sends only the changed limits when the check
// passes. cal.com publishes these endpoints' constraints but not their validation source. Its
// state is `state.limits`; the key it sends is `state.key`.

import { $, setChildren } from './dom.js';
import { localeOption, say, sayText, t } from './i18n.js';
import { issuesText } from './issues.js';
import { checkLimits } from './check.js';
import { LIMITS_PATH, getHeaders } from './requests.js';
import { errorList, rawBody, readJson, showStatusLine } from './responses.js';
import { state } from './state.js';

export class BookingLimitsSection {
  /** `cp`: the package. The limits are the package's `BookingLimitsSchema` fields. */
  constructor({ cp }) {
    this.cp = cp;
    this.inputs = Object.fromEntries(Object.keys(cp.BookingLimitsSchema.shape).map((k) => [k, $(`limits-${k}`)]));
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
      response = await fetch(LIMITS_PATH, { headers: getHeaders(this.cp, state.key.value), cache: 'no-store' });
    } catch (err) {
      say(status, 'network.failed', { error: err.message });
      return;
    }
    const { json } = await readJson(response);
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
  }

  /** Makes `limits` the baseline and shows it in the form. */
  setCurrent(limits) {
    state.limits.current = limits;
    for (const [key, input] of Object.entries(this.inputs)) {
      const value = limits?.[key];
      input.value = value === null || value === undefined ? '' : String(value);
    }
    this.refresh();
  }

  edited() {
    sayText($('limits-save-status'), '');
    this.refresh();
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

  /** Checks the form once and draws it: every change (an edit, the key, the language) ends here. */
  refresh() {
    const { current } = state.limits;
    if (!current) return;
    const check = checkLimits(this.cp, { current, key: state.key }, this.readDesired());
    state.limits.check = check;
    const { body, result } = check;
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
    $('limits-preview').textContent = `PATCH ${LIMITS_PATH}\n\n${JSON.stringify(body, null, 2)}`;
    const status = $('limits-preview-status');
    const count = Object.keys(body).length;
    if (!result.success) {
      say(status, 'limits.notSendable', { count: result.issues.length });
      status.className = 'status status-error';
    } else if (count === 0) {
      say(status, 'preview.noChanges');
      status.className = 'status muted';
    } else if (!check.request) {
      say(status, 'limits.validButKey', { problems: issuesText(state.key.issues) });
      status.className = 'status status-error';
    } else {
      say(status, 'limits.ready', { count });
      status.className = 'status status-ok';
    }
  }

  async save() {
    const { check } = state.limits;
    if (state.limits.saving || !check) return;
    const { body, result, request } = check;
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
    if (!request) {
      say(status, 'save.notSent', { problems: issuesText(state.key.issues) });
      return;
    }
    state.limits.saving = true;
    say(status, 'save.saving');
    try {
      const response = await fetch(request.url, { ...request.init, cache: 'no-store' });
      const { json } = await readJson(response);
      this.showResponse('PATCH', response, json);
      if (response.ok && json?.status === 'success') {
        this.setCurrent(json.data);
        say(status, 'save.saved', { fields: Object.keys(body).join(', ') });
      } else {
        say(status, 'save.refused', { status: `${response.status} ${response.statusText}`, detail: '' });
      }
    } catch (err) {
      say(status, 'network.failed', { error: err.message });
    } finally {
      state.limits.saving = false;
    }
  }

  showResponse(method, response, json) {
    showStatusLine($('limits-response-status'), method, LIMITS_PATH, response);
    setChildren($('limits-response'), errorList(json), rawBody(json, t('limits.noJson')));
  }
}
