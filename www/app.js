// The demo page: load the profile with GET /v2/me, validate every edit live with cal-profile
// (strict mode: "is this safe to send?"), preview the exact PATCH body (only changed fields, via
// diffUpdate) and send it only when strict validation passes.

import { $, h, setChildren } from './dom.js';
import { TimeZonePicker, localTime } from './timezone.js';
import { MetadataEditor } from './metadata.js';
import { BookingLimitsSection } from './limits.js';

const KEY_STORAGE = 'cal-profile-demo.apiKey';
const API_VERSION = '2024-08-13';
const ME_PATH = '/v2/me';

/** The PATCH fields in form order, with their visible label (used for messages and the summary). */
const FIELDS = {
  name: 'Name',
  email: 'Email',
  timeZone: 'Time zone',
  locale: 'Locale',
  weekStart: 'Week start',
  timeFormat: 'Time format',
  defaultScheduleId: 'Default schedule ID',
  avatarUrl: 'Avatar URL',
  bio: 'Bio',
  metadata: 'Metadata',
};
const NULLABLE_TEXT = ['name', 'bio', 'avatarUrl'];

const boot = $('boot-status');
let cp;
try {
  cp = await import('/pkg/index.js');
} catch (err) {
  boot.className = 'notice notice-error';
  boot.textContent = `Could not load the cal-profile package from /pkg/index.js (${err.message}). Run \`make pkg\`, then reload.`;
  throw err;
}
boot.remove();
$('connection-fields').disabled = false;

const form = $('profile-form');
const fieldset = $('profile-fields');
const inputs = Object.fromEntries(Object.keys(FIELDS).filter((k) => k !== 'metadata').map((k) => [k, $(k)]));
const apiKeyInput = $('apiKey');

/** The profile as last loaded or saved (cal.com's `Me`), or null before "Load profile". */
let current = null;
/** What the last validation produced: { body, result, sendable, errorCount }. */
let state = null;
let lastSummaryKey = '';

// ---------------------------------------------------------------------------------------------
// Static parts: locale names, week days, time zones, tzdb version

{
  const locale = inputs.locale;
  locale.append(h('option', { value: '' }, '— unchanged —'));
  // By code, so that typing "d" on the list reaches "de"; each with its name in its own language.
  for (const code of [...cp.locales()].sort()) {
    locale.append(h('option', { value: code }, `${code} — ${nativeName(code)}`));
  }
  for (const day of cp.weekDays()) inputs.weekStart.append(h('option', { value: day }, day));
  $('tzdb').textContent = `time zones: IANA tzdb ${cp.tzdbVersion()}`;
}

function nativeName(code) {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

const zones = cp.timeZones();
const picker = new TimeZonePicker({
  input: inputs.timeZone,
  list: $('timeZone-list'),
  zones,
  hour12: () => inputs.timeFormat.value === '12',
  suggest: (query) => cp.checkTimeZone(query).suggestions ?? [],
  onChange: () => edited(),
});

const limits = new BookingLimitsSection({
  cp,
  apiKey: () => apiKey(),
  headers: () => ({ Authorization: `Bearer ${apiKey()}`, 'cal-api-version': API_VERSION, Accept: 'application/json' }),
});

const metadata = new MetadataEditor({
  rowsEl: $('metadata-rows'),
  countEl: $('metadata-count'),
  addButton: $('metadata-add'),
  resetButton: $('metadata-reset'),
  onChange: () => edited(),
});

// ---------------------------------------------------------------------------------------------
// API key (sessionStorage only: never localStorage, never the URL)

apiKeyInput.value = sessionStorage.getItem(KEY_STORAGE) ?? '';
apiKeyInput.addEventListener('input', () => {
  const key = apiKeyInput.value.trim();
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
  showApiKeyError('');
  if (current) validate();
});
$('apiKey-toggle').addEventListener('click', (event) => {
  const show = apiKeyInput.type === 'password';
  apiKeyInput.type = show ? 'text' : 'password';
  event.currentTarget.setAttribute('aria-pressed', String(show));
});

function apiKey() {
  return apiKeyInput.value.trim();
}

/** The package's verdict on the key, or null when it is fine. */
function apiKeyProblem() {
  const key = apiKey();
  if (!key) return 'Enter your API key (the local server prints a dev key at start-up).';
  const verdict = cp.checkApiKey(key);
  return verdict.success ? null : verdict.issues.map((i) => i.message).join(' ');
}

function showApiKeyError(message) {
  $('apiKey-error').textContent = message;
  if (message) apiKeyInput.setAttribute('aria-invalid', 'true');
  else apiKeyInput.removeAttribute('aria-invalid');
}

// ---------------------------------------------------------------------------------------------
// Load

$('connection').addEventListener('submit', (event) => {
  event.preventDefault();
  loadProfile();
});

async function loadProfile() {
  const problem = apiKeyProblem();
  showApiKeyError(problem ?? '');
  if (problem) {
    apiKeyInput.focus();
    return;
  }
  const status = $('load-status');
  status.textContent = 'Loading…';
  let response;
  try {
    response = await fetch(ME_PATH, {
      headers: { Authorization: `Bearer ${apiKey()}`, 'cal-api-version': API_VERSION, Accept: 'application/json' },
      cache: 'no-store',
    });
  } catch (err) {
    status.textContent = `Could not reach the server: ${err.message}`;
    return;
  }
  const { json, text } = await readJson(response);
  showResponse('GET', response, json, text);
  if (!response.ok || json?.status !== 'success') {
    status.textContent = `Loading failed: ${response.status} ${response.statusText}${errorMessage(json)}`;
    return;
  }
  const guard = cp.validateMe(json.data);
  // Keys cal.com added since this version of the model are news, not failures.
  const added = guard.warnings.filter((w) => w.code === 'unknown_key').map((w) => w.path.join('.'));
  status.textContent = guard.success
    ? `Loaded the profile of ${json.data.username ?? json.data.email}.` +
      (added.length ? ` cal.com also sent ${added.join(', ')}, which this version of cal-profile does not know.` : '')
    : `Loaded, but the response does not match cal.com's Me schema: ${guard.issues.map(issueText).join('; ')}`;
  setCurrent(json.data);
  fieldset.disabled = false;
  validate();
  limits.load();
}

/** Makes `me` the baseline and shows it in the form (metadata: not in Me, left unchanged). */
function setCurrent(me) {
  current = me;
  inputs.name.value = me.name ?? '';
  inputs.email.value = me.email ?? '';
  inputs.timeZone.value = me.timeZone ?? '';
  // cal.com's API reference lists locale in Me; where a deployment leaves it out (or it is null),
  // "unchanged" is shown and nothing is sent unless the user picks one.
  inputs.locale.value = typeof me.locale === 'string' ? me.locale : '';
  inputs.weekStart.value = me.weekStart ?? '';
  inputs.timeFormat.value = String(me.timeFormat ?? 12);
  inputs.defaultScheduleId.value = me.defaultScheduleId === null || me.defaultScheduleId === undefined ? '' : String(me.defaultScheduleId);
  inputs.avatarUrl.value = me.avatarUrl ?? '';
  inputs.bio.value = me.bio ?? '';
  metadata.reset();
}

$('revert').addEventListener('click', () => {
  if (!current) return;
  setCurrent(current);
  validate();
  $('save-status').textContent = 'Changes undone.';
});

// ---------------------------------------------------------------------------------------------
// Live validation

for (const key of ['name', 'email', 'defaultScheduleId', 'avatarUrl', 'bio']) {
  inputs[key].addEventListener('input', () => edited());
}
for (const key of ['locale', 'weekStart', 'timeFormat']) {
  inputs[key].addEventListener('change', () => edited());
}

/** A user edit: the last save's status no longer describes the form. */
function edited() {
  $('save-status').textContent = '';
  validate();
}

/** The form as the update the user wants (before diffing against `current`). */
function readDesired() {
  const desired = {};
  for (const key of NULLABLE_TEXT) {
    const value = inputs[key].value;
    // An emptied field clears the column (null), unless the stored value is itself "".
    desired[key] = value === '' && current?.[key] !== '' ? null : value;
  }
  desired.email = inputs.email.value;
  desired.timeZone = inputs.timeZone.value;
  desired.weekStart = inputs.weekStart.value;
  desired.timeFormat = Number(inputs.timeFormat.value);
  const schedule = inputs.defaultScheduleId.value.trim();
  // Digits become a number; anything else goes to the validator as typed, which explains the problem.
  desired.defaultScheduleId = schedule === '' ? null : /^[+-]?\d+$/.test(schedule) ? Number(schedule) : inputs.defaultScheduleId.value;
  if (inputs.locale.value) desired.locale = inputs.locale.value;
  const md = metadata.read();
  if (md.value !== undefined) desired.metadata = md.value;
  return { desired, localMetadataErrors: md.localErrors };
}

function validate() {
  if (!current) return null;
  const { desired, localMetadataErrors } = readDesired();
  // Only changed fields are validated and sent: an unchanged stored value is not the user's to fix.
  const changed = cp.diffUpdate(current, desired);
  const result = cp.validateUpdateMe(changed, { mode: 'strict' });
  // Strict data is normalised (e.g. "america/new_york" → "America/New_York"); drop what is then unchanged.
  const body = result.success ? cp.diffUpdate(current, result.data) : changed;
  const keyProblem = apiKeyProblem();
  const errorCount = (result.success ? 0 : result.issues.length) + localMetadataErrors.size;
  state = { body, result, errorCount, keyProblem, sendable: errorCount === 0 };
  showFieldIssues(result, localMetadataErrors);
  showSummary(result, localMetadataErrors);
  showPreview();
  showTimeZoneInfo();
  showAvatarPreview(result);
  return state;
}

function issueText(issue) {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

function fieldOf(issue) {
  const key = issue.path[0];
  return typeof key === 'string' && Object.hasOwn(FIELDS, key) ? key : null;
}

function showFieldIssues(result, localMetadataErrors) {
  const errors = new Map();
  const warnings = new Map();
  const metadataRowIssues = new Map();
  const push = (map, key, message) => map.set(key, [...(map.get(key) ?? []), message]);
  for (const issue of result.success ? [] : result.issues) {
    const field = fieldOf(issue);
    if (field === 'metadata' && issue.path.length > 1 && metadata.hasKey(String(issue.path[1]))) {
      push(metadataRowIssues, String(issue.path[1]), issue.message);
    } else if (field) {
      push(errors, field, issue.message);
    }
  }
  for (const issue of result.warnings ?? []) {
    const field = fieldOf(issue);
    if (field) push(warnings, field, issue.message);
  }
  if (localMetadataErrors.size) push(errors, 'metadata', 'Fix the marked entries.');
  for (const key of Object.keys(FIELDS)) {
    const messages = errors.get(key) ?? [];
    $(`${key}-error`).textContent = messages.join(' ');
    const warningEl = document.getElementById(`${key}-warning`);
    if (warningEl) warningEl.textContent = (warnings.get(key) ?? []).join(' ');
    const control = key === 'metadata' ? $('metadata') : inputs[key];
    if (messages.length) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    control.closest('.field').classList.toggle('has-error', messages.length > 0);
  }
  metadata.showErrors(metadataRowIssues, localMetadataErrors);

  // "Did you mean" for the time zone: the package's suggestions, as buttons.
  const tzIssue = result.success ? null : result.issues.find((i) => fieldOf(i) === 'timeZone');
  const suggestions = tzIssue?.suggestions ?? [];
  setChildren($('timeZone-suggestions'), suggestions.length ? [
    h('span', { class: 'muted' }, 'Did you mean '),
    suggestions.map((zone) => h('button', {
      type: 'button',
      class: 'chip',
      onclick: () => picker.pick(zone),
    }, zone)),
  ] : []);
}

/** The form-level summary (role="alert"): rewritten only when the list of problems changes. */
function showSummary(result, localMetadataErrors) {
  const items = [];
  for (const issue of result.success ? [] : result.issues) {
    const field = fieldOf(issue);
    items.push({ field, text: field ? `${FIELDS[field]}: ${issue.message}` : issueText(issue) });
  }
  if (localMetadataErrors.size) {
    items.push({ field: 'metadata', text: `Metadata: ${[...localMetadataErrors.values()].join(' ')}` });
  }
  const key = JSON.stringify(items);
  if (key === lastSummaryKey) return;
  lastSummaryKey = key;
  const summary = $('summary');
  if (items.length === 0) {
    summary.replaceChildren();
    return;
  }
  setChildren(summary,
    h('p', { class: 'summary-title' }, items.length === 1 ? '1 problem prevents saving:' : `${items.length} problems prevent saving:`),
    h('ul', {}, items.map(({ field, text }) => h('li', {}, field
      ? h('a', { href: `#${field === 'metadata' ? 'metadata-add' : field}`, onclick: (event) => { event.preventDefault(); focusField(field); } }, text)
      : text))));
}

function focusField(field) {
  if (field === 'metadata') {
    const invalid = $('metadata').querySelector('[aria-invalid="true"]');
    (invalid ?? $('metadata-add')).focus();
  } else {
    inputs[field].focus();
  }
}

function showPreview() {
  const { body, result, errorCount, keyProblem } = state;
  const count = Object.keys(body).length;
  const status = $('preview-status');
  const request = cp.buildPatchMeRequest({ apiKey: apiKey(), body, baseUrl: location.origin });
  let lines;
  if (request.success) {
    lines = [`${request.init.method} ${new URL(request.url).pathname}`];
    for (const [name, value] of Object.entries(request.init.headers)) {
      lines.push(`${name}: ${name.toLowerCase() === 'authorization' ? maskAuthorization(value) : value}`);
    }
    lines.push('', prettyJson(request.init.body));
  } else {
    lines = [`PATCH ${ME_PATH}`, '', JSON.stringify(body, null, 2)];
  }
  $('preview').textContent = lines.join('\n');
  if (!result.success || errorCount) {
    status.textContent = errorCount === 1
      ? 'Not sendable: 1 problem (Save sends nothing until it is fixed).'
      : `Not sendable: ${errorCount} problems (Save sends nothing until they are fixed).`;
    status.className = 'status status-error';
  } else if (count === 0) {
    status.textContent = 'No changes: Save has nothing to send.';
    status.className = 'status muted';
  } else if (keyProblem) {
    status.textContent = `The body is valid, but the API key is not: ${keyProblem}`;
    status.className = 'status status-error';
  } else {
    status.textContent = `Ready: ${count === 1 ? '1 changed field' : `${count} changed fields`}.`;
    status.className = 'status status-ok';
  }
}

function maskAuthorization(value) {
  const m = /^(Bearer\s+)(.*)$/i.exec(value);
  if (!m) return '…';
  const token = m[2];
  return `${m[1]}${token.length > 12 ? `${token.slice(0, 8)}…${token.slice(-4)}` : '…'}`;
}

function prettyJson(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// Time zone local time, avatar preview

function showTimeZoneInfo() {
  const typed = inputs.timeZone.value;
  const check = typed ? cp.checkTimeZone(typed) : { valid: false };
  const el = $('timeZone-local');
  if (!check.valid) {
    el.textContent = '';
    return;
  }
  const zone = check.canonical ?? typed;
  const now = localTime(zone, inputs.timeFormat.value === '12');
  el.textContent = now ? `Local time in ${zone}: ${now}` : `${zone} (your browser cannot show its local time)`;
}

setInterval(() => {
  if (current) showTimeZoneInfo();
}, 15_000);

const avatar = $('avatar-preview');
avatar.addEventListener('error', () => {
  avatar.hidden = true;
});
avatar.addEventListener('load', () => {
  avatar.hidden = false;
});

function showAvatarPreview(result) {
  const value = inputs.avatarUrl.value.trim();
  const fieldOk = result.success || !result.issues.some((i) => fieldOf(i) === 'avatarUrl');
  let url = null;
  if (value && fieldOk && cp.checkAvatarUrl(value).success) {
    try {
      const parsed = new URL(value);
      if (parsed.protocol === 'https:') url = parsed.href;
    } catch {
      url = null;
    }
  }
  if (url === null) {
    avatar.hidden = true;
    avatar.removeAttribute('src');
  } else if (avatar.getAttribute('src') !== url) {
    avatar.hidden = true;
    avatar.src = url;
  }
}

// ---------------------------------------------------------------------------------------------
// Save

form.addEventListener('submit', (event) => {
  event.preventDefault();
  save();
});

let saving = false;

async function save() {
  if (saving || !current) return;
  const s = validate();
  const status = $('save-status');
  if (!s.sendable) {
    status.textContent = 'Nothing was sent: fix the problems listed above.';
    const first = s.result.success ? null : s.result.issues.map(fieldOf).find(Boolean);
    if (first) focusField(first);
    else $('summary').querySelector('a')?.focus();
    return;
  }
  if (s.keyProblem) {
    showApiKeyError(s.keyProblem);
    status.textContent = 'Nothing was sent: the API key is missing or malformed.';
    apiKeyInput.focus();
    return;
  }
  if (Object.keys(s.body).length === 0) {
    status.textContent = 'No changes to save.';
    return;
  }
  const request = cp.buildPatchMeRequest({ apiKey: apiKey(), body: s.body, baseUrl: location.origin });
  if (!request.success) {
    status.textContent = `Nothing was sent: ${request.issues.map(issueText).join('; ')}`;
    return;
  }
  saving = true;
  $('save').setAttribute('aria-busy', 'true');
  status.textContent = 'Saving…';
  const sent = JSON.parse(request.init.body);
  try {
    // Same origin: the local server answers, or forwards to cal.com in --proxy mode.
    const response = await fetch(request.url, { ...request.init, cache: 'no-store' });
    const { json, text } = await readJson(response);
    showResponse('PATCH', response, json, text, sent);
    if (response.ok && json?.status === 'success') {
      const guard = cp.validateMe(json.data);
      setCurrent(json.data);
      validate();
      status.textContent = guard.success
        ? `Saved (${Object.keys(sent).join(', ')}).`
        : `Saved, but the response does not match cal.com's Me schema: ${guard.issues.map(issueText).join('; ')}`;
    } else {
      status.textContent = `cal.com refused the update: ${response.status} ${response.statusText}${errorMessage(json)}`;
    }
  } catch (err) {
    status.textContent = `Could not reach the server: ${err.message}`;
  } finally {
    saving = false;
    $('save').removeAttribute('aria-busy');
  }
}

// ---------------------------------------------------------------------------------------------
// Responses, shown readably (always as text)

async function readJson(response) {
  const text = await response.text();
  try {
    return { json: JSON.parse(text), text };
  } catch {
    return { json: null, text };
  }
}

function errorMessage(json) {
  const message = json?.error?.message;
  return typeof message === 'string' ? ` — ${message}` : '';
}

function showResponse(method, response, json, text, sent) {
  const line = $('response-status');
  line.className = `response-line ${response.ok ? 'status-ok' : 'status-error'}`;
  setChildren(line, h('strong', {}, `${response.status} ${response.statusText}`), ` · ${method} ${ME_PATH}`);
  const parts = [];
  const errors = json?.error?.details?.errors;
  if (json?.status === 'error') {
    parts.push(h('p', {}, `${json.error?.code ?? 'Error'}: ${json.error?.message ?? ''}`));
  }
  if (Array.isArray(errors) && errors.length) {
    parts.push(h('ul', { class: 'response-errors' }, errors.map((e) => h('li', {},
      h('code', {}, String(e?.property ?? '')), ': ',
      Object.values(e?.constraints ?? {}).join('; ') || 'invalid'))));
  }
  if (sent && Object.hasOwn(sent, 'email') && json?.status === 'success' && json.data?.email !== sent.email) {
    parts.push(h('p', { class: 'notice' },
      `Email verification: cal.com keeps ${json.data.email} until ${sent.email} is verified (a verification mail is sent).`));
  }
  if (sent && json?.status === 'success') {
    const unseen = ['locale', 'metadata'].filter((k) => Object.hasOwn(sent, k) && !Object.hasOwn(json.data ?? {}, k));
    if (unseen.length) parts.push(h('p', { class: 'muted' }, `Stored but not returned by /v2/me: ${unseen.join(', ')}.`));
  }
  parts.push(h('pre', { class: 'code', tabindex: '0', 'aria-label': 'Raw response body' },
    json ? JSON.stringify(json, null, 2) : text || '(empty body)'));
  setChildren($('response'), parts);
}

// A key from this tab's session: load right away.
if (apiKey()) loadProfile();
