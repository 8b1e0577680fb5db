// The contender interface around any zod 4 schema (classic, compiled or mini). No zod import here,
// so that the zod/mini bundle stays mini.

export function makeZodPeer(name, schema, tzSchema) {
  return {
    name,
    validateObject(body) {
      return schema.safeParse(body);
    },
    validateJsonText(text) {
      let body;
      try {
        body = JSON.parse(text);
      } catch (e) {
        return { success: false, error: { issues: [{ code: 'invalid_json', path: [], message: String(e.message) }] } };
      }
      return schema.safeParse(body);
    },
    validateBuffer(buf) {
      return this.validateJsonText(buf.toString());
    },
    timeZoneValid(s) {
      return tzSchema.safeParse(s).success;
    },
    touch(r) {
      if (r.success) return r.data === undefined ? 0 : 1;
      const issues = r.error.issues;
      let n = 0;
      for (let i = 0; i < issues.length; i++) n += issues[i].message.length;
      return n;
    },
    normalise(r) {
      if (r.success) return { ok: true, data: r.data, issues: [] };
      const issues = [];
      for (const i of r.error.issues) {
        if (i.code === 'unrecognized_keys') for (const k of i.keys) issues.push({ field: k, message: i.message });
        else issues.push({ field: i.path[0] ?? '', path: i.path, message: i.message });
      }
      return { ok: false, issues };
    },
  };
}
