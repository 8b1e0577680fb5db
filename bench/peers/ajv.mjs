// ajv 8 standalone code (generated at build time by lib/build-ajv.mjs with ajv-formats' `uri`),
// plus the cached Intl check for `timeZone` (rules.mjs `isTimeZoneCached`), which JSON Schema
// cannot express.
import validate from '../build/ajv-update-me.mjs';
import { isTimeZoneCached } from './rules.mjs';

const TZ_ERROR = { instancePath: '/timeZone', keyword: 'timeZone', params: {}, message: 'must be a valid IANA time zone' };

function check(body) {
  const ok = validate(body);
  let errors = ok ? null : validate.errors;
  if (body !== null && typeof body === 'object' && typeof body.timeZone === 'string' && !isTimeZoneCached(body.timeZone)) {
    errors = errors ? [...errors, TZ_ERROR] : [TZ_ERROR];
  }
  return errors === null ? { ok: true, data: body } : { ok: false, errors };
}

export default {
  name: 'ajv',
  validateObject: check,
  validateJsonText(text) {
    let body;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return { ok: false, errors: [{ instancePath: '', keyword: 'json', params: {}, message: String(e.message) }] };
    }
    return check(body);
  },
  /** A Node server's request body: `JSON.parse(buf.toString())`, then the same validation. */
  validateBuffer(buf) {
    return this.validateJsonText(buf.toString());
  },
  timeZoneValid: isTimeZoneCached,
  touch(r) {
    if (r.ok) return r.data === undefined ? 0 : 1;
    let n = 0;
    for (let i = 0; i < r.errors.length; i++) n += r.errors[i].message.length;
    return n;
  },
  normalise(r) {
    if (r.ok) return { ok: true, data: r.data, issues: [] };
    return {
      ok: false,
      issues: r.errors.map((e) => {
        const path = e.instancePath.split('/').slice(1);
        if (e.keyword === 'additionalProperties') path.push(e.params.additionalProperty);
        return { field: path[0] ?? '', path, message: e.message };
      }),
    };
  },
};
