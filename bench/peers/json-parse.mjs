// Profile baseline: `JSON.parse` alone on the raw body text (no validation at all). What every
// peer pays before validating in scenario (e); the budget cal-profile's raw-JSON path competes with.
export default {
  name: 'json-parse',
  validateJsonText(text) {
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch (e) {
      return { ok: false, error: e };
    }
  },
  validateBuffer(buf) {
    return this.validateJsonText(buf.toString());
  },
  touch: (r) => (r.ok ? 1 : 0),
  normalise: (r) => (r.ok ? { ok: true, data: r.data, issues: [] } : { ok: false, issues: [{ field: '', message: String(r.error) }] }),
};
