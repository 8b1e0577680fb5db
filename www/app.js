// The demo page: load the profile with GET /v2/me, validate every edit live with cal-profile
// (strict mode: "is this safe to send?"), preview the exact PATCH body (only changed fields, via
// diffUpdate) and send it only when strict validation passes.

import { $, h, setChildren } from './dom.js';
import { language, localeOption, render, say, sayText, t, translatePage, useLanguage } from './i18n.js';
import { TimeZonePicker, localTime } from './timezone.js';
import { MetadataEditor } from './metadata.js';
import { BookingLimitsSection } from './limits.js';
import { issueText, issuesText } from './issues.js';

const KEY_STORAGE = 'cal-profile-demo.apiKey';
const API_VERSION = '2024-08-13';
const ME_PATH = '/v2/me';

/** The PATCH fields in form order (their labels are the page's words `field.<name>`). */
const FIELDS = ['name', 'email', 'timeZone', 'locale', 'weekStart', 'timeFormat', 'defaultScheduleId', 'avatarUrl', 'bio', 'metadata'];
const LANGUAGE_STORAGE = 'cal-profile-demo.language';
const NULLABLE_TEXT = ['name', 'bio', 'avatarUrl'];

const boot = $('boot-status');
let cp;
try {
  // The import map names /pkg/index.js `cal-profile`, so the language modules reach this instance.
  cp = await import('cal-profile');
} catch (err) {
  boot.className = 'notice notice-error';
  boot.textContent = `Could not load the cal-profile package from /pkg/index.js (${err.message}). Run \`make pkg\`, then reload.`;
  throw err;
}

// ---------------------------------------------------------------------------------------------
// Language: the page's words (www/i18n/) and the package's messages (cal-profile/locales/), both
// per call; the server keeps answering in English, as cal.com does.


let chosenByUser = false;
async function switchLanguage(code) {
  if (code !== 'en') await import(`/pkg/locales/${code}.js`);
  await useLanguage(code);
  $('language').value = code;
  translatePage();
  fillLists();
  metadata.refresh();
  limits.refresh();
  if (current) validate();
}

const stored = sessionStorage.getItem(LANGUAGE_STORAGE);
const languageSelect = $('language');
for (const code of [...cp.locales()].sort()) {
  languageSelect.append(h('option', { value: code }, `${nativeName(code)} (${code})`));
}
languageSelect.addEventListener('change', async () => {
  chosenByUser = true;
  sessionStorage.setItem(LANGUAGE_STORAGE, languageSelect.value);
  await switchLanguage(languageSelect.value);
});
chosenByUser = stored !== null && cp.locales().includes(stored);

// The page's language: the one picked in this tab, else the browser's best match among cal.com's.
{
  const initial = chosenByUser ? stored : cp.pickLocale(navigator.languages, cp.locales());
  if (initial !== 'en') await import(`/pkg/locales/${initial}.js`);
  await useLanguage(initial);
  languageSelect.value = initial;
  translatePage();
}

boot.remove();
$('connection-fields').disabled = false;
languageSelect.disabled = false;

const form = $('profile-form');
const fieldset = $('profile-fields');
const inputs = Object.fromEntries(FIELDS.filter((k) => k !== 'metadata').map((k) => [k, $(k)]));
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
  locale.append(h('option', { value: '', id: 'locale-unchanged' }));
  // By code, so that typing "d" on the list reaches "de"; each with its name in its own language.
  for (const code of [...cp.locales()].sort()) {
    locale.append(h('option', { value: code }, `${code} — ${nativeName(code)}`));
  }
  // The days are values cal.com stores in English, shown as such.
  for (const day of cp.weekDays()) inputs.weekStart.append(h('option', { value: day }, day));
}

fillLists();

/** The lists' words that depend on the page's language. */
function fillLists() {
  $('locale-unchanged').textContent = t('locale.unchanged');
  render($('tzdb'), 'footer.tzdb', { version: cp.tzdbVersion() });
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
  if (!key) return t('apiKey.missing');
  const verdict = cp.checkApiKey(key, localeOption());
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
  say(status, 'load.loading');
  let response;
  try {
    response = await fetch(ME_PATH, {
      headers: { Authorization: `Bearer ${apiKey()}`, 'cal-api-version': API_VERSION, Accept: 'application/json' },
      cache: 'no-store',
    });
  } catch (err) {
    say(status, 'network.failed', { error: err.message });
    return;
  }
  const { json, text } = await readJson(response);
  showResponse('GET', response, json, text);
  if (!response.ok || json?.status !== 'success') {
    say(status, 'load.failed', { status: `${response.status} ${response.statusText}`, detail: errorMessage(json) });
    return;
  }
  // The profile's own language, once loaded, unless this tab picked one.
  if (!chosenByUser && cp.locales().includes(json.data.locale) && json.data.locale !== language()) {
    await switchLanguage(json.data.locale);
  }
  const guard = cp.validateMe(json.data, localeOption());
  // Keys cal.com added since this version of the model are news, not failures.
  const added = guard.warnings.filter((w) => w.code === 'unknown_key').map((w) => w.path.join('.'));
  const who = json.data.username ?? json.data.email;
  if (!guard.success) say(status, 'load.mismatch', { problems: issuesText(guard.issues) });
  else if (added.length) say(status, 'load.loadedAdded', { who, keys: added.join(', ') });
  else say(status, 'load.loaded', { who });
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
  say($('save-status'), 'save.undone');
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
  sayText($('save-status'), '');
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
  const result = cp.validateUpdateMe(changed, { mode: 'strict', ...localeOption() });
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

function fieldOf(issue) {
  const key = issue.path[0];
  return typeof key === 'string' && FIELDS.includes(key) ? key : null;
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
  if (localMetadataErrors.size) push(errors, 'metadata', t('metadata.fixMarked'));
  for (const key of FIELDS) {
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
    h('span', { class: 'muted' }, `${t('timeZone.didYouMean')} `),
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
    items.push({ field, text: field ? `${t(`field.${field}`)}: ${issue.message}` : issueText(issue) });
  }
  if (localMetadataErrors.size) {
    items.push({ field: 'metadata', text: `${t('field.metadata')}: ${[...localMetadataErrors.values()].join(' ')}` });
  }
  const key = language() + JSON.stringify(items);
  if (key === lastSummaryKey) return;
  lastSummaryKey = key;
  const summary = $('summary');
  if (items.length === 0) {
    summary.replaceChildren();
    return;
  }
  setChildren(summary,
    h('p', { class: 'summary-title' }, t('summary.title', { count: items.length })),
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
  const request = cp.buildPatchMeRequest({ apiKey: apiKey(), body, baseUrl: location.origin, ...localeOption() });
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
    say(status, 'preview.notSendable', { count: errorCount });
    status.className = 'status status-error';
  } else if (count === 0) {
    say(status, 'preview.noChanges');
    status.className = 'status muted';
  } else if (keyProblem) {
    say(status, 'preview.badKey', { problem: keyProblem });
    status.className = 'status status-error';
  } else {
    say(status, 'preview.ready', { count });
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
  render(el, now ? 'timeZone.localTime' : 'timeZone.noLocalTime', { zone, time: now });
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
    say(status, 'save.blocked');
    const first = s.result.success ? null : s.result.issues.map(fieldOf).find(Boolean);
    if (first) focusField(first);
    else $('summary').querySelector('a')?.focus();
    return;
  }
  if (s.keyProblem) {
    showApiKeyError(s.keyProblem);
    say(status, 'save.badKey');
    apiKeyInput.focus();
    return;
  }
  if (Object.keys(s.body).length === 0) {
    say(status, 'save.noChanges');
    return;
  }
  const request = cp.buildPatchMeRequest({ apiKey: apiKey(), body: s.body, baseUrl: location.origin, ...localeOption() });
  if (!request.success) {
    say(status, 'save.notSent', { problems: issuesText(request.issues) });
    return;
  }
  saving = true;
  $('save').setAttribute('aria-busy', 'true');
  say(status, 'save.saving');
  const sent = JSON.parse(request.init.body);
  try {
    // Same origin: the local server answers, or forwards to cal.com in --proxy mode.
    const response = await fetch(request.url, { ...request.init, cache: 'no-store' });
    const { json, text } = await readJson(response);
    showResponse('PATCH', response, json, text, sent);
    if (response.ok && json?.status === 'success') {
      const guard = cp.validateMe(json.data, localeOption());
      setCurrent(json.data);
      validate();
      if (guard.success) say(status, 'save.saved', { fields: Object.keys(sent).join(', ') });
      else say(status, 'save.savedMismatch', { problems: issuesText(guard.issues) });
    } else {
      say(status, 'save.refused', { status: `${response.status} ${response.statusText}`, detail: errorMessage(json) });
    }
  } catch (err) {
    say(status, 'network.failed', { error: err.message });
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
      Object.values(e?.constraints ?? {}).join('; ') || t('response.invalid')))));
  }
  if (sent && Object.hasOwn(sent, 'email') && json?.status === 'success' && json.data?.email !== sent.email) {
    parts.push(h('p', { class: 'notice' }, t('response.emailVerification', { current: json.data.email, sent: sent.email })));
  }
  if (sent && json?.status === 'success') {
    const unseen = ['locale', 'metadata'].filter((k) => Object.hasOwn(sent, k) && !Object.hasOwn(json.data ?? {}, k));
    if (unseen.length) parts.push(h('p', { class: 'muted' }, t('response.notReturned', { keys: unseen.join(', ') })));
  }
  parts.push(h('pre', { class: 'code', tabindex: '0', 'aria-label': t('response.raw') },
    json ? JSON.stringify(json, null, 2) : text || t('response.empty')));
  setChildren($('response'), parts);
}

// A key from this tab's session: load right away.
if (apiKey()) loadProfile();
