// What the package says about the page's input, asked once per change: one validation of a
// form's body feeds everything shown about that form (field errors, summary, previews) and the
// request its Save sends.

import { localeOption, t } from './i18n.js';
import { LIMITS_PATH, ME_PATH, patchRequest } from './requests.js';

/**
 * The API key as typed (trimmed): `problem` is what the page says about it (null when it is
 * fine), `issues` are the package's, under `apiKey` as its request builders report them.
 */
export function checkKey(cp, value) {
  const verdict = cp.checkApiKey(value, localeOption());
  if (verdict.success) return { value, problem: null, issues: [] };
  return {
    value,
    problem: value ? verdict.issues.map((i) => i.message).join(' ') : t('apiKey.missing'),
    issues: verdict.issues.map((i) => ({ ...i, path: ['apiKey', ...i.path] })),
  };
}

/**
 * The profile form (`form.read`) against `me`: `result` is the strict validation of what changed,
 * `body` what Save sends, `request` its PATCH (null unless the body and the key are valid).
 * `previous`, the last check, spares asking again about an input that has not changed.
 */
export function checkProfile(cp, { me, key, previous }, { desired, localMetadataErrors }) {
  // Only changed fields are validated and sent: an unchanged stored value is not the user's to fix.
  const changed = cp.diffUpdate(me, desired);
  const result = cp.validateUpdateMe(changed, { mode: 'strict', ...localeOption() });
  const body = result.success ? unchangedDropped(cp, me, changed, result.data) : changed;
  const avatarText = (desired.avatarUrl ?? '').trim();
  // A changed avatar URL is judged by `result`; the stored one is asked about once.
  const storedAvatar = avatarText && !Object.hasOwn(changed, 'avatarUrl')
    ? reuse(previous?.storedAvatar, avatarText, (url) => cp.checkAvatarUrl(url).success)
    : null;
  return {
    body,
    result,
    localMetadataErrors,
    errorCount: (result.success ? 0 : result.issues.length) + localMetadataErrors.size,
    request: result.success && !key.problem ? patchRequest(cp, ME_PATH, key.value, body) : null,
    zone: reuse(previous?.zone, desired.timeZone, (typed) => (typed ? cp.checkTimeZone(typed) : { valid: false })),
    storedAvatar,
    avatar: {
      text: avatarText,
      accepted: storedAvatar ? storedAvatar.answer : result.success || !result.issues.some((i) => i.path[0] === 'avatarUrl'),
    },
  };
}

/**
 * Strict data is normalised (e.g. "america/new_york" → "America/New_York"), so a normalised value
 * may equal the stored one: diffed again, only when normalising changed something.
 */
function unchangedDropped(cp, me, changed, data) {
  return JSON.stringify(data) === JSON.stringify(changed) ? changed : cp.diffUpdate(me, data);
}

/** The package's `answer` about `input`: `previous`'s when it was about the same input. */
function reuse(previous, input, ask) {
  return previous?.input === input ? previous : { input, answer: ask(input) };
}

/** The booking limits form (the body the user wants) against `current`, as `checkProfile`. */
export function checkLimits(cp, { current, key }, desired) {
  const body = cp.diffUpdate(current, desired);
  const result = cp.validateBookingLimits(body, { mode: 'strict', ...localeOption() });
  return {
    body: result.success ? result.data : body,
    result,
    request: result.success && !key.issues.length ? patchRequest(cp, LIMITS_PATH, key.value, result.data) : null,
  };
}
