// cal-profile (this repository's package) behind the common contender interface. `cp` is the
// package namespace: pkg/node.js in Node, pkg/index.js in the browser (see ours.node.mjs /
// ours.browser.mjs). Strict mode (the default) unless `mode` says otherwise.
export function makeOurs(cp, { name = 'ours', mode, json = 'string' } = {}) {
  const opts = mode ? { mode } : undefined;
  const peer = {
    name,
    validateObject: opts ? (body) => cp.validateUpdateMe(body, opts) : (body) => cp.validateUpdateMe(body),
    validateJsonText: opts ? (text) => cp.validateUpdateMeJson(text, opts) : (text) => cp.validateUpdateMeJson(text),
    // A Node server's request body, as is (a Buffer is a Uint8Array): no decoding on the JS side.
    validateBuffer: opts ? (buf) => cp.validateUpdateMeJson(buf, opts) : (buf) => cp.validateUpdateMeJson(buf),
    timeZoneValid: (s) => cp.checkTimeZone(s).valid,
    touch(r) {
      if (r.success) return r.data === undefined ? 0 : 1;
      const issues = r.issues;
      let n = 0;
      for (let i = 0; i < issues.length; i++) n += issues[i].message.length;
      return n;
    },
    normalise(r) {
      if (r.success) return { ok: true, data: r.data, issues: [] };
      const issues = [];
      for (const i of r.issues) {
        if (Array.isArray(i.keys) && i.keys.length && i.path.length === 0) {
          for (const k of i.keys) issues.push({ field: k, path: [k], message: i.message });
        } else {
          issues.push({ field: i.path[0] ?? '', path: i.path, message: i.message });
        }
      }
      return { ok: false, issues };
    },
  };
  if (json === 'parse') {
    // JSON.parse on the JS side, then the object validator: what the raw-JSON entry point saves.
    peer.validateJsonText = (text) => {
      let body;
      try {
        body = JSON.parse(text);
      } catch (e) {
        return { success: false, issues: [{ code: 'invalid_json', path: [], message: e.message }], warnings: [] };
      }
      return peer.validateObject(body);
    };
  }
  return peer;
}
