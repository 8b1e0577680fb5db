// What form code uses besides whole-body validation: per-field schemas (`Schema.shape.x`), issues
// grouped by field path, and a one-line summary for logs.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import * as cal from '../../pkg/node.js';

const std = (schema, value) => schema['~standard'].validate(value);

describe('per-field schemas', () => {
  test("every schema's shape has exactly its body's fields, in declaration order", () => {
    assert.deepEqual(Object.keys(cal.UpdateMeSchema.shape), [
      'email', 'name', 'timeFormat', 'defaultScheduleId', 'weekStart', 'timeZone', 'locale', 'avatarUrl', 'bio', 'metadata',
    ]);
    // A body with each field of the shape set to a wrong type fails at exactly those paths.
    for (const name of ['UpdateMeSchema', 'CreateManagedUserSchema', 'V1UserEditSchema', 'MeSchema', 'V1UserSchema']) {
      const schema = cal[name];
      const fields = Object.keys(schema.shape);
      assert.ok(fields.length >= 8, name);
      const body = Object.fromEntries(fields.map((f) => [f, Symbol('x')]));
      const r = std(schema, body);
      const failed = new Set(r.issues.map((i) => i.path[0]));
      for (const f of fields) assert.ok(failed.has(f), `${name}: ${f} is a field the body validator knows`);
    }
    assert.equal(cal.UpdateMeSchema.shape, cal.UpdateMeSchema.shape, 'built once');
    assert.ok(Object.isFrozen(cal.UpdateMeSchema.shape));
  });

  test('a field schema gives the normalised value of its field, and issues relative to it', () => {
    const { timeZone, metadata, timeFormat } = cal.UpdateMeSchema.shape;
    assert.deepEqual(std(timeZone, 'america/new_york'), { value: 'America/New_York' });
    const bad = std(timeZone, 'Europe/Londn');
    assert.equal(bad.issues.length, 1);
    assert.equal(bad.issues[0].code, 'invalid_time_zone');
    assert.deepEqual(bad.issues[0].path, []);
    assert.deepEqual(bad.issues[0].suggestions, ['Europe/London']);
    const tooLong = std(metadata, { plan: 'x'.repeat(501) });
    assert.deepEqual(tooLong.issues.map((i) => [i.code, i.path]), [['too_big', ['plan']]]);
    assert.equal(std(timeFormat, '12').issues[0].code, 'invalid_type');
    // The whole-body validator says the same things, one level down.
    const whole = cal.validateUpdateMe({ timeZone: 'Europe/Londn' });
    assert.deepEqual(whole.issues[0], { ...bad.issues[0], path: ['timeZone'] });
  });

  test("absent is valid for an optional field and a required issue for a required one; other fields don't matter", () => {
    assert.deepEqual(std(cal.UpdateMeSchema.shape.bio, undefined), { value: undefined });
    const email = cal.CreateManagedUserSchema.shape.email;
    assert.deepEqual(std(email, undefined).issues.map((i) => [i.code, i.path]), [['required', []]]);
    // The body would fail without name; the field alone does not.
    assert.deepEqual(std(cal.CreateManagedUserSchema.shape.timeZone, 'europe/paris'), { value: 'Europe/Paris' });
  });

  test("null follows the field's policy in each mode", () => {
    assert.deepEqual(std(cal.UpdateMeSchema.shape.bio, null), { value: null });
    assert.equal(std(cal.UpdateMeSchema.shape.timeZone, null).issues[0].code, 'invalid_type');
    const compat = cal.UpdateMeSchema.withOptions({ mode: 'compat' });
    assert.deepEqual(std(compat.shape.timeZone, null), { value: null });
    assert.deepEqual(std(compat.shape.timeFormat, '12'), { value: 12 });
    assert.deepEqual(std(cal.UpdateMeSchema.shape.timeFormat.withOptions({ mode: 'compat' }), ' 24 '), { value: 24 });
  });

  test('long strings and hostile values go through the same paths as in a body', () => {
    const bio = 'b'.repeat(5000);
    assert.deepEqual(std(cal.UpdateMeSchema.shape.bio, bio), { value: bio });
    const avatar = `https://cal.com/${'a'.repeat(400)}.png`; // the URL rule asks for the text again
    assert.deepEqual(std(cal.UpdateMeSchema.shape.avatarUrl, avatar), { value: avatar });
    const trap = new Proxy({}, { ownKeys() { throw new Error('no'); } });
    assert.equal(std(cal.UpdateMeSchema.shape.metadata, trap).issues[0].code, 'unreadable');
    assert.equal(std(cal.UpdateMeSchema.shape.name, 10n).issues[0].received, 'bigint');
  });

  test('a bad mode is a TypeError, as everywhere', () => {
    assert.throws(() => cal.UpdateMeSchema.shape.bio.withOptions({ mode: 'loose' }), TypeError);
  });
});

describe('issues for people', () => {
  const r = cal.validateUpdateMe({ timeZone: 'x', timeFormat: '12', metadata: { plan: 10n, seats: 2n }, timezone: 'UTC' });

  test('groupIssues keys messages by dotted path, in issue order', () => {
    const groups = cal.groupIssues(r.issues);
    assert.deepEqual(Object.keys(groups), ['timeFormat', 'timeZone', 'metadata.plan', 'metadata.seats', 'timezone']);
    assert.deepEqual(groups['metadata.plan'], [r.issues.find((i) => i.path[1] === 'plan').message]);
    const codes = cal.groupIssues(r.issues, (i) => i.code);
    assert.deepEqual(codes.timezone, ['unrecognized_keys']);
  });

  test('groupIssues puts body-level issues under "" and keeps a "__proto__" path an own key', () => {
    const body = cal.validateUpdateMe([]);
    assert.deepEqual(Object.keys(cal.groupIssues(body.issues)), ['']);
    const proto = cal.validateUpdateMe(JSON.parse('{"__proto__":1}'));
    const groups = cal.groupIssues(proto.issues);
    assert.ok(Object.hasOwn(groups, '__proto__'));
    assert.equal(Object.getPrototypeOf(groups), Object.prototype);
  });

  test('summarizeIssues is one line naming each path', () => {
    const line = cal.summarizeIssues(r.issues);
    assert.doesNotMatch(line, /\n/);
    assert.match(line, /^5 issues: timeFormat: Expected the number 12 or 24/);
    for (const p of ['timeZone: ', 'metadata.plan: ', 'metadata.seats: ', 'timezone: ']) assert.ok(line.includes(p), p);
    assert.equal(cal.summarizeIssues([]), 'no issues');
    assert.match(cal.summarizeIssues(cal.validateUpdateMe(1).issues), /^1 issue: Expected an object/);
  });

  test('pathKey', () => {
    assert.equal(cal.pathKey(['metadata', 'plan']), 'metadata.plan');
    assert.equal(cal.pathKey([]), '');
  });
});
