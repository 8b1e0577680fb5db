// The demo page: load the profile with GET /v2/me, validate every edit live with cal-profile
// (strict mode: "is this safe to send?"), preview the exact PATCH body (only changed fields, via
// diffUpdate) and send it only when strict validation passes. This module wires the page's
// events to its state (state.js); the form's controls, the checks and the drawing are their own
// modules (form.js, check.js, render.js).

import { $, h, setChildren } from './dom.js';
import { language, localeOption, nativeName, render, say, sayText, t, translatePage, useLanguage } from './i18n.js';
import { fieldOf, issuesText } from './issues.js';
import { BookingLimitsSection } from './limits.js';
import { ProfileForm } from './form.js';
import { ProfileView, showKeyError } from './render.js';
import { ME_PATH, getHeaders } from './requests.js';
import { errorList, errorMessage, rawBody, readJson, showStatusLine } from './responses.js';
import { checkKey, checkProfile } from './check.js';
import { state } from './state.js';

const KEY_STORAGE = 'cal-profile-demo.apiKey';
const LANGUAGE_STORAGE = 'cal-profile-demo.language';

const boot = $('boot-status');
let cp;
try {
  // The import map names /pkg/index.js `cal-profile`, so the language modules reach this instance.
  // The page's modules are handed `cp` rather than importing it, so that a failed load is shown here.
  cp = await import('cal-profile');
} catch (err) {
  boot.className = 'notice notice-error';
  boot.textContent = `Could not load the cal-profile package from /pkg/index.js (${err.message}). Run \`make pkg\`, then reload.`;
  throw err;
}

// ---------------------------------------------------------------------------------------------
// Language: the page's words (www/i18n/) and the package's messages (cal-profile/locales/), both
// per call; the server keeps answering in English, as cal.com does.

const languageSelect = $('language');
for (const code of [...cp.locales()].sort()) {
  languageSelect.append(h('option', { value: code }, `${nativeName(code)} (${code})`));
}
const storedLanguage = sessionStorage.getItem(LANGUAGE_STORAGE);
state.languagePicked = storedLanguage !== null && cp.locales().includes(storedLanguage);
// The page's language: the one picked in this tab, else the browser's best match among cal.com's.
await setLanguage(state.languagePicked ? storedLanguage : cp.pickLocale(navigator.languages, cp.locales()));

async function setLanguage(code) {
  if (code !== 'en') await import(`/pkg/locales/${code}.js`);
  await useLanguage(code);
  languageSelect.value = code;
  translatePage();
}

languageSelect.addEventListener('change', async () => {
  state.languagePicked = true;
  sessionStorage.setItem(LANGUAGE_STORAGE, languageSelect.value);
  await switchLanguage(languageSelect.value);
});

/** A later change of language: every message the page shows, again in the new one. */
async function switchLanguage(code) {
  await setLanguage(code);
  showTzdbVersion();
  form.refresh();
  setKey(state.key.value);
}

boot.remove();
$('connection-fields').disabled = false;
languageSelect.disabled = false;

// ---------------------------------------------------------------------------------------------
// The profile form, the booking limits, the API key

const fields = Object.keys(cp.UpdateMeSchema.shape);
const form = new ProfileForm({ cp, fields, onEdit: edited });
const view = new ProfileView({ form, fields });
const limits = new BookingLimitsSection({ cp });
const apiKeyInput = $('apiKey');

/** The footer's tz database release, in the page's words. */
function showTzdbVersion() {
  render($('tzdb'), 'footer.tzdb', { version: cp.tzdbVersion() });
}
showTzdbVersion();
form.refresh();

/** Checks the profile form once and draws it: every change ends here. */
function refresh() {
  if (!state.me) return;
  state.profile = checkProfile(cp, { me: state.me, key: state.key, previous: state.profile }, form.read(state.me));
  view.render(state);
}

/** A user edit: the last save's status no longer describes the form. */
function edited() {
  sayText($('save-status'), '');
  refresh();
}

// The clock moves: the local time of the chosen zone, again (nothing to ask the package).
setInterval(() => {
  if (state.profile) view.showLocalTime(state.profile);
}, 15_000);

/** A new key (or language): its verdict, and the forms' previews and statuses that show it. */
function setKey(value) {
  state.key = checkKey(cp, value);
  refresh();
  limits.refresh();
}

// The key lives in sessionStorage only: never localStorage, never the URL.
apiKeyInput.value = sessionStorage.getItem(KEY_STORAGE) ?? '';
state.key = checkKey(cp, apiKeyInput.value.trim());
apiKeyInput.addEventListener('input', () => {
  const key = apiKeyInput.value.trim();
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
  showKeyError('');
  setKey(key);
});
$('apiKey-toggle').addEventListener('click', (event) => {
  const show = apiKeyInput.type === 'password';
  apiKeyInput.type = show ? 'text' : 'password';
  event.currentTarget.setAttribute('aria-pressed', String(show));
});

// ---------------------------------------------------------------------------------------------
// Load

$('connection').addEventListener('submit', (event) => {
  event.preventDefault();
  loadProfile();
});

async function loadProfile() {
  const { problem } = state.key;
  showKeyError(problem ?? '');
  if (problem) {
    apiKeyInput.focus();
    return;
  }
  const status = $('load-status');
  say(status, 'load.loading');
  let response;
  try {
    response = await fetch(ME_PATH, { headers: getHeaders(cp, state.key.value), cache: 'no-store' });
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
  if (!state.languagePicked && cp.locales().includes(json.data.locale) && json.data.locale !== language()) {
    await switchLanguage(json.data.locale);
  }
  const guard = cp.validateMe(json.data, localeOption());
  // Keys cal.com added since this version of the model are news, not failures.
  const added = guard.warnings.filter((w) => w.code === 'unknown_key').map((w) => w.path.join('.'));
  const who = json.data.username ?? json.data.email;
  if (!guard.success) say(status, 'load.mismatch', { problems: issuesText(guard.issues) });
  else if (added.length) say(status, 'load.loadedAdded', { who, keys: added.join(', ') });
  else say(status, 'load.loaded', { who });
  setMe(json.data);
  $('profile-fields').disabled = false;
  limits.load();
}

/** Makes `me` the baseline and shows it in the form. */
function setMe(me) {
  state.me = me;
  form.fill(me);
  refresh();
}

$('revert').addEventListener('click', () => {
  if (!state.me) return;
  setMe(state.me);
  say($('save-status'), 'save.undone');
});

// ---------------------------------------------------------------------------------------------
// Save: what the last check says, sent as it was previewed

$('profile-form').addEventListener('submit', (event) => {
  event.preventDefault();
  save();
});

async function save() {
  const check = state.profile;
  if (state.saving || !check) return;
  const status = $('save-status');
  if (check.errorCount) {
    say(status, 'save.blocked');
    const first = check.result.success ? null : check.result.issues.map((i) => fieldOf(i, fields)).find(Boolean);
    if (first) form.focus(first);
    else $('summary').querySelector('a')?.focus();
    return;
  }
  if (state.key.problem) {
    showKeyError(state.key.problem);
    say(status, 'save.badKey');
    apiKeyInput.focus();
    return;
  }
  const sent = check.body;
  if (Object.keys(sent).length === 0) {
    say(status, 'save.noChanges');
    return;
  }
  state.saving = true;
  $('save').setAttribute('aria-busy', 'true');
  say(status, 'save.saving');
  try {
    // Same origin: the local server answers, or forwards to cal.com in --proxy mode.
    const response = await fetch(check.request.url, { ...check.request.init, cache: 'no-store' });
    const { json, text } = await readJson(response);
    showResponse('PATCH', response, json, text, sent);
    if (response.ok && json?.status === 'success') {
      const guard = cp.validateMe(json.data, localeOption());
      setMe(json.data);
      if (guard.success) say(status, 'save.saved', { fields: Object.keys(sent).join(', ') });
      else say(status, 'save.savedMismatch', { problems: issuesText(guard.issues) });
    } else {
      say(status, 'save.refused', { status: `${response.status} ${response.statusText}`, detail: errorMessage(json) });
    }
  } catch (err) {
    say(status, 'network.failed', { error: err.message });
  } finally {
    state.saving = false;
    $('save').removeAttribute('aria-busy');
  }
}

/** The answer to GET or PATCH /v2/me, with what it means for the fields `sent`. */
function showResponse(method, response, json, text, sent) {
  showStatusLine($('response-status'), method, ME_PATH, response);
  const parts = [];
  if (json?.status === 'error') {
    parts.push(h('p', {}, `${json.error?.code ?? 'Error'}: ${json.error?.message ?? ''}`));
  }
  parts.push(errorList(json));
  if (sent && Object.hasOwn(sent, 'email') && json?.status === 'success' && json.data?.email !== sent.email) {
    parts.push(h('p', { class: 'notice' }, t('response.emailVerification', { current: json.data.email, sent: sent.email })));
  }
  if (sent && json?.status === 'success') {
    const unseen = ['locale', 'metadata'].filter((k) => Object.hasOwn(sent, k) && !Object.hasOwn(json.data ?? {}, k));
    if (unseen.length) parts.push(h('p', { class: 'muted' }, t('response.notReturned', { keys: unseen.join(', ') })));
  }
  parts.push(rawBody(json, text || t('response.empty')));
  setChildren($('response'), parts);
}

// A key from this tab's session: load right away.
if (state.key.value) loadProfile();
