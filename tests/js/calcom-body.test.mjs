// cal.com's 400 body is rendered in one place, calErrorBody (js/api.js), from the constraints
// compat issues carry. Here it meets cal.com's own verdicts: for every v2 vector cal.com rejects
// (tests/vectors/, produced by cal.com's DTOs in tests/oracle/), the body rendered from our compat
// issues lists exactly cal.com's properties, in order, with exactly its constraints and messages.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import * as cal from '../../pkg/node.js';

const vectors = ['update-me', 'create-managed-user'].flatMap((name) =>
  JSON.parse(readFileSync(new URL(`../vectors/${name}.json`, import.meta.url), 'utf8')).map((v) => ({ ...v, file: name })),
);
const validate = { 'update-me': cal.validateUpdateMeJson, 'create-managed-user': cal.validateCreateManagedUserJson };

test('every rejected v2 vector: our compat issues render as cal.com 400 body', () => {
  let checked = 0;
  for (const v of vectors) {
    // A crash in cal.com (500, no errors) and the runtime-dependent zones have no body to compare.
    if (v.valid || !v.errors?.length || v.runtime_dependent) continue;
    const text = typeof v.payload === 'string' ? v.payload : JSON.stringify(v.payload);
    const r = validate[v.file](text, { mode: 'compat' });
    assert.equal(r.success, false, `${v.why}: compat must reject`);
    const body = cal.calErrorBody(r.issues, { path: '/v2/me', body: v.payload, timestamp: 'T' });
    assert.deepEqual(
      { status: body.status, code: body.error.code, message: body.error.message, path: body.path },
      { status: 'error', code: 'BadRequestException', message: 'Bad Request Exception', path: '/v2/me' },
    );
    // Entries, not objects: the order of properties and of constraints is part of cal.com's body.
    const entries = (errors) => errors.map((e) => [e.property, Object.entries(e.constraints)]);
    assert.deepEqual(entries(body.error.details.errors), entries(v.errors), v.why);
    // cal.com echoes each property's value, in order (Object.keys keeps the constraint order).
    for (const e of body.error.details.errors) {
      assert.deepEqual(e.value, v.payload[e.property], `${v.why}: value of ${e.property}`);
      assert.deepEqual(e.children, []);
    }
    checked++;
  }
  assert.ok(checked > 150, `${checked} rejected vectors rendered`);
});
