// Server frameworks that take a Standard Schema, on the installed tarball: Hono with
// @hono/standard-validator, and tRPC 11 (createCaller, and a real HTTP round trip through its
// standalone adapter and @trpc/client). The fixture is compiled by tsc --strict first, which also
// checks its exact-type assertions: c.req.valid('json') and inferRouterInputs/Outputs are UpdateMeInput.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import * as cal from 'cal-profile';
import { FIXTURES, jsonOf, workDir } from './lib.mjs';
import { tsc } from './typed-lib.mjs';

test('Hono + @hono/standard-validator and tRPC 11 with UpdateMeSchema', { timeout: 120_000 }, async (t) => {
  const out = await workDir('hono-trpc');
  await tsc(path.join(FIXTURES, 'hono-trpc'), ['--outDir', out]);
  const got = await jsonOf(process.execPath, [path.join(out, 'main.js')], { cwd: out, timeout: 30_000 });

  await t.test('Hono: a valid body reaches the handler normalised (200)', () => {
    const r = cal.validateUpdateMe({ timeZone: 'america/new_york', timeFormat: 24, bio: null });
    assert.deepEqual(got.hono.valid, { status: 200, body: { data: r.data } });
    assert.equal(got.hono.valid.body.data.timeZone, 'America/New_York');
  });
  await t.test("Hono: an invalid body is a 400 carrying cal-profile's issues", () => {
    const r = cal.validateUpdateMe({ timeZone: 'Europe/Londn', timeFormat: '12', timezone: 'UTC' });
    assert.equal(got.hono.invalid.status, 400);
    assert.equal(got.hono.invalid.body.success, false);
    assert.deepEqual(got.hono.invalid.body.error, r.issues);
    assert.deepEqual(r.issues.map((i) => i.code), ['invalid_type', 'invalid_time_zone', 'unrecognized_keys']);
  });
  await t.test('Hono: withOptions({ mode: "compat" }) answers what cal.com would store', () => {
    assert.deepEqual(got.hono.compat, { status: 200, body: { data: { timeFormat: 12 } } });
  });
  await t.test('tRPC createCaller: valid input is normalised', () => {
    assert.deepEqual(got.trpc.valid, { returned: { timeZone: 'America/New_York', timeFormat: 24 } });
  });
  await t.test("tRPC createCaller: invalid input is a TRPCError BAD_REQUEST whose cause holds cal-profile's issues", () => {
    const r = cal.validateUpdateMe({ timeZone: 'Europe/Londn', avatarUrl: 'cal.com/a.png' });
    assert.equal(got.trpc.invalid.TRPCError, 'BAD_REQUEST');
    assert.deepEqual(got.trpc.invalid.issues, r.issues);
    assert.deepEqual(r.issues.map((i) => i.code), ['invalid_time_zone', 'invalid_format']);
  });
  await t.test('tRPC over HTTP (standalone adapter + @trpc/client): the same verdicts', () => {
    assert.deepEqual(got.trpc.httpValid, { returned: cal.validateUpdateMe({ timeZone: 'asia/calcutta' }).data });
    const issue = cal.validateUpdateMe({ timeZone: 'Europe/Londn' }).issues[0];
    assert.deepEqual(got.trpc.httpInvalid, { TRPCClientError: 'BAD_REQUEST', httpStatus: 400, message: issue.message });
  });
});
