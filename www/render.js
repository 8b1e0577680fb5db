// Draws the profile form's check (state.profile) on the page: each field's errors and warnings,
// the summary, the request preview, the time zone's local time and the avatar preview.

import { $, h, setChildren } from './dom.js';
import { language, render, say, t } from './i18n.js';
import { fieldOf, issueText } from './issues.js';
import { ME_PATH } from './requests.js';
import { localTime } from './timezone.js';

export class ProfileView {
  /** `form`: the ProfileForm; `fields`: the PATCH fields. */
  constructor({ form, fields }) {
    this.form = form;
    this.fields = fields;
    // The summary is an alert: it is rewritten only when what it lists changes.
    this.summaryShown = '';
    this.avatar = $('avatar-preview');
    this.avatar.addEventListener('error', () => {
      this.avatar.hidden = true;
    });
    this.avatar.addEventListener('load', () => {
      this.avatar.hidden = false;
    });
  }

  render(state) {
    const check = state.profile;
    this.showFieldIssues(check);
    this.showSummary(check);
    this.showPreview(check, state.key);
    this.showLocalTime(check);
    this.showAvatar(check);
  }

  showFieldIssues({ result, localMetadataErrors }) {
    const { fields, form } = this;
    const errors = new Map();
    const warnings = new Map();
    const metadataRowIssues = new Map();
    const push = (map, key, message) => map.set(key, [...(map.get(key) ?? []), message]);
    for (const issue of result.success ? [] : result.issues) {
      const field = fieldOf(issue, fields);
      if (field === 'metadata' && issue.path.length > 1 && form.metadata.hasKey(String(issue.path[1]))) {
        push(metadataRowIssues, String(issue.path[1]), issue.message);
      } else if (field) {
        push(errors, field, issue.message);
      }
    }
    for (const issue of result.warnings) {
      const field = fieldOf(issue, fields);
      if (field) push(warnings, field, issue.message);
    }
    if (localMetadataErrors.size) push(errors, 'metadata', t('metadata.fixMarked'));
    for (const key of fields) {
      const messages = errors.get(key) ?? [];
      $(`${key}-error`).textContent = messages.join(' ');
      const warningEl = document.getElementById(`${key}-warning`);
      if (warningEl) warningEl.textContent = (warnings.get(key) ?? []).join(' ');
      const control = form.control(key);
      if (messages.length) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      control.closest('.field').classList.toggle('has-error', messages.length > 0);
    }
    form.metadata.showErrors(metadataRowIssues, localMetadataErrors);

    // "Did you mean" for the time zone: the package's suggestions, as buttons.
    const tzIssue = result.success ? null : result.issues.find((i) => fieldOf(i, fields) === 'timeZone');
    const suggestions = tzIssue?.suggestions ?? [];
    setChildren($('timeZone-suggestions'), suggestions.length ? [
      h('span', { class: 'muted' }, `${t('timeZone.didYouMean')} `),
      suggestions.map((zone) => h('button', {
        type: 'button',
        class: 'chip',
        onclick: () => form.picker.pick(zone),
      }, zone)),
    ] : []);
  }

  /** The form-level summary (role="alert"), each field's problems linked to the field. */
  showSummary({ result, localMetadataErrors }) {
    const items = [];
    for (const issue of result.success ? [] : result.issues) {
      const field = fieldOf(issue, this.fields);
      items.push({ field, text: field ? `${t(`field.${field}`)}: ${issue.message}` : issueText(issue) });
    }
    if (localMetadataErrors.size) {
      items.push({ field: 'metadata', text: `${t('field.metadata')}: ${[...localMetadataErrors.values()].join(' ')}` });
    }
    const shown = language() + JSON.stringify(items);
    if (shown === this.summaryShown) return;
    this.summaryShown = shown;
    const summary = $('summary');
    if (items.length === 0) {
      summary.replaceChildren();
      return;
    }
    setChildren(summary,
      h('p', { class: 'summary-title' }, t('summary.title', { count: items.length })),
      h('ul', {}, items.map(({ field, text }) => h('li', {}, field
        ? h('a', { href: `#${field === 'metadata' ? 'metadata-add' : field}`, onclick: (event) => { event.preventDefault(); this.form.focus(field); } }, text)
        : text))));
  }

  /** The PATCH as it will be sent (the key masked), or the body alone while it cannot be sent. */
  showPreview({ body, result, errorCount, request }, key) {
    let lines;
    if (request) {
      lines = [`${request.init.method} ${new URL(request.url).pathname}`];
      for (const [name, value] of Object.entries(request.init.headers)) {
        lines.push(`${name}: ${name.toLowerCase() === 'authorization' ? maskAuthorization(value) : value}`);
      }
      lines.push('', JSON.stringify(body, null, 2));
    } else {
      lines = [`PATCH ${ME_PATH}`, '', JSON.stringify(body, null, 2)];
    }
    $('preview').textContent = lines.join('\n');
    const count = Object.keys(body).length;
    const status = $('preview-status');
    if (!result.success || errorCount) {
      say(status, 'preview.notSendable', { count: errorCount });
      status.className = 'status status-error';
    } else if (count === 0) {
      say(status, 'preview.noChanges');
      status.className = 'status muted';
    } else if (key.problem) {
      say(status, 'preview.badKey', { problem: key.problem });
      status.className = 'status status-error';
    } else {
      say(status, 'preview.ready', { count });
      status.className = 'status status-ok';
    }
  }

  /** The typed zone's local time now (the clock moves: app.js calls this again every 15 s). */
  showLocalTime({ zone }) {
    const el = $('timeZone-local');
    if (!zone.answer.valid) {
      el.textContent = '';
      return;
    }
    const name = zone.answer.canonical ?? zone.input;
    const now = localTime(name, this.form.hour12());
    render(el, now ? 'timeZone.localTime' : 'timeZone.noLocalTime', { zone: name, time: now });
  }

  /** The avatar, only for an https: URL the package accepts. */
  showAvatar({ avatar: { text, accepted } }) {
    const url = text && accepted ? httpsUrl(text) : null;
    const img = this.avatar;
    if (url === null) {
      img.hidden = true;
      img.removeAttribute('src');
    } else if (img.getAttribute('src') !== url) {
      img.hidden = true;
      img.src = url;
    }
  }
}

/** Shows the key's start and end only: the preview is on screen. */
function maskAuthorization(value) {
  const m = /^(Bearer\s+)(.*)$/i.exec(value);
  if (!m) return '…';
  const token = m[2];
  return `${m[1]}${token.length > 12 ? `${token.slice(0, 8)}…${token.slice(-4)}` : '…'}`;
}

function httpsUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Shows a problem with the API key beside it ('' clears it). */
export function showKeyError(message) {
  const input = $('apiKey');
  $('apiKey-error').textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}
