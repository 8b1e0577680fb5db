// Standard Schema v1 used for real: Hono's @hono/standard-validator middleware validates request
// bodies with our schemas, and our issues reach its error path (its default 400, a hook, and its
// flattenErrors helper).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { flattenErrors, sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';

import * as cal from '../../pkg/node.js';

function patch(app, body, path = '/v2/me') {
  return app.request(path, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function appWithDefaultErrors() {
  const app = new Hono();
  app.patch('/v2/me', sValidator('json', cal.UpdateMeSchema), (c) => c.json({ status: 'success', data: c.req.valid('json') }));
  app.post('/v2/oauth-clients/:clientId/users', sValidator('json', cal.CreateManagedUserSchema), (c) =>
    c.json({ status: 'success', data: c.req.valid('json') }, 201),
  );
  return app;
}

describe('@hono/standard-validator with UpdateMeSchema', () => {
  test('a valid body reaches the handler as the normalised data', async () => {
    const res = await patch(appWithDefaultErrors(), { name: 'Alice', timeZone: 'america/new_york', timeFormat: 24 });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'success', data: { name: 'Alice', timeZone: 'America/New_York', timeFormat: 24 } });
  });

  test("an invalid body gets Hono's 400 with our issues (code, path, message)", async () => {
    const body = { timeFormat: 13, timezone: 'UTC' };
    const res = await patch(appWithDefaultErrors(), body);
    assert.equal(res.status, 400);
    const json = await res.json();
    assert.equal(json.success, false);
    assert.deepEqual(json.data, body);
    assert.deepEqual(json.error, cal.validateUpdateMe(body).issues);
    assert.deepEqual(
      json.error.map((i) => [i.code, i.path]),
      [['invalid_value', ['timeFormat']], ['unrecognized_keys', ['timezone']]],
    );
  });

  test('CreateManagedUserSchema: a valid body is 201, a missing name is 400 with a required issue', async () => {
    const app = appWithDefaultErrors();
    const ok = await app.request('/v2/oauth-clients/abc/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'alice@example.com', name: 'Alice' }),
    });
    assert.equal(ok.status, 201);
    const ko = await app.request('/v2/oauth-clients/abc/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'alice@example.com' }),
    });
    assert.equal(ko.status, 400);
    assert.deepEqual((await ko.json()).error.map((i) => [i.code, i.path]), [['required', ['name']]]);
  });

  test("a hook receives our issues and answers with cal.com's 400 body (compat schema)", async () => {
    const seen = [];
    const app = new Hono();
    app.patch(
      '/v2/me',
      sValidator('json', cal.UpdateMeSchema.withOptions({ mode: 'compat' }), (result, c) => {
        seen.push(result.success);
        if (!result.success) {
          return c.json(cal.calErrorBody(result.error, { path: c.req.path, body: result.data, timestamp: '2024-01-01T00:00:00.000Z' }), 400);
        }
      }),
      (c) => c.json({ status: 'success', data: c.req.valid('json') }),
    );
    const good = await patch(app, { weekStart: 'Sunday' });
    assert.equal(good.status, 200);
    assert.deepEqual((await good.json()).data, { weekStart: 'Sunday' });

    const bad = await patch(app, { timeFormat: 13, locale: 'pt_BR' });
    assert.equal(bad.status, 400);
    const json = await bad.json();
    assert.equal(json.status, 'error');
    assert.equal(json.path, '/v2/me');
    assert.equal(json.error.code, 'BadRequestException');
    assert.deepEqual(
      json.error.details.errors.map((e) => [e.property, e.value, Object.keys(e.constraints)]),
      [['timeFormat', 13, ['isIn']], ['locale', 'pt_BR', ['isEnum']]],
    );
    assert.deepEqual(seen, [true, false]);
  });

  test("flattenErrors sorts our issues into Hono's field errors by their first path segment", async () => {
    const issues = cal.UpdateMeSchema['~standard'].validate({ timeFormat: 13, metadata: { plan: {} }, email: 'nope' }).issues;
    const flat = flattenErrors(issues);
    assert.deepEqual(Object.keys(flat.fieldErrors).sort(), ['email', 'metadata', 'timeFormat']);
    assert.deepEqual(flat.formErrors, []);
    assert.equal(flat.fieldErrors.timeFormat[0], issues.find((i) => i.path[0] === 'timeFormat').message);
    // A whole-body issue (path []) is a form error.
    const whole = flattenErrors(cal.UpdateMeSchema['~standard'].validate([]).issues);
    assert.equal(whole.formErrors.length, 1);
  });

  test('validate ignores the optional libraryOptions argument of Standard Schema', () => {
    const std = cal.UpdateMeSchema['~standard'];
    assert.deepEqual(std.validate({ name: 'A' }, { libraryOptions: { abortEarly: true } }), { value: { name: 'A' } });
  });
});

test('withOptions fixes the mode: compat accepts what cal.com accepts, strict stays the default', () => {
  const { UpdateMeSchema } = cal;
  const compat = UpdateMeSchema.withOptions({ mode: 'compat' });
  assert.equal(compat['~standard'].vendor, 'cal-profile');
  assert.deepEqual(compat['~standard'].validate({ timeFormat: '12' }), { value: { timeFormat: 12 } });
  assert.ok(UpdateMeSchema['~standard'].validate({ timeFormat: '12' }).issues.length > 0);
  assert.throws(() => UpdateMeSchema.withOptions({ mode: 'lenient' }), TypeError);
});
