// The /v2/me booking-limits family (calcom-rules.md §6; cal.com's validation source is not
// public): the validator trios, Standard Schema objects and request builders of the package.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import * as cal from '../../pkg/node.js';
import { assertFail, assertOk } from './helpers.mjs';

const COMPAT = { mode: 'compat' };
const KEY = 'cal_live_0123456789abcdef';
const BODIES = ['BookingLimits', 'TeamBookingLimits'];

describe('booking-limit bodies', () => {
  for (const name of BODIES) {
    const validate = cal[`validate${name}`];
    const validateJson = cal[`validate${name}Json`];

    test(`validate${name}: numbers of bookings or null, in both modes`, () => {
      for (const options of [undefined, COMPAT]) {
        assertOk(validate({}, options), {});
        assertOk(validate({ perDay: 2, perWeek: 3, perMonth: 12, perYear: 100 }, options), { perDay: 2, perWeek: 3, perMonth: 12, perYear: 100 });
        assertOk(validate({ perDay: null, perYear: 2147483647 }, options), { perDay: null, perYear: 2147483647 });
        assertOk(validateJson('{"perWeek":5,"perMonth":null}', options), { perWeek: 5, perMonth: null });
        assertFail(validate({ perDay: 0, perWeek: -2 }, options), [
          { code: 'too_small', path: ['perDay'] },
          { code: 'too_small', path: ['perWeek'] },
        ]);
        assertFail(validate({ perMonth: '5' }, options), [{ code: 'invalid_type', path: ['perMonth'] }]);
        assertFail(validate({ perYear: Number.NaN }, options), [{ code: 'invalid_type', path: ['perYear'] }]);
        assertFail(validate([], options), [{ code: 'invalid_type', path: [] }]);
      }
      const small = validate({ perDay: 0 }).issues[0];
      assert.equal(small.minimum, 1);
      assert.equal(small.unit, 'value');
    });

    test(`validate${name}: strict takes whole numbers up to 2^31-1, compat the published minimum only`, () => {
      for (const body of [{ perDay: 1.5 }, { perYear: 2147483648 }]) {
        assert.equal(validate(body).success, false, JSON.stringify(body));
        assertOk(validate(body, COMPAT), body);
      }
      assert.equal(validate({ perYear: 2147483648 }).issues[0].maximum, 2147483647);
      // The text of a whole number written with a fraction: strict writes the number.
      assertOk(validateJson('{"perDay":5.0}'), { perDay: 5 });
    });

    test(`validate${name}: unknown keys — strict rejects with a did-you-mean, compat strips`, () => {
      const r = assertFail(validate({ perday: 3 }), [{ code: 'unrecognized_keys', path: ['perday'] }]);
      assert.deepEqual(r.issues[0].suggestions, ['perDay']);
      const c = assertOk(validate({ perday: 3 }, COMPAT), {});
      assert.equal(c.warnings[0].code, 'stripped_key');
    });

    test(`parse${name} and ${name}Schema`, () => {
      assert.deepEqual(cal[`parse${name}`]({ perDay: 1 }), { perDay: 1 });
      assert.throws(() => cal[`parse${name}`]({ perDay: 0 }), cal.ValidationError);
      const schema = cal[`${name}Schema`];
      assert.deepEqual(schema['~standard'].validate({ perWeek: 4 }), { value: { perWeek: 4 } });
      assert.equal(schema['~standard'].validate({ perWeek: 0.5 }).issues[0].code, 'too_small');
      assert.deepEqual(schema.withOptions(COMPAT)['~standard'].validate({ perWeek: 1.5 }), { value: { perWeek: 1.5 } });
      // One limit on its own, for field-level validators: the same rule, null allowed.
      assert.deepEqual(Object.keys(schema.shape), ['perDay', 'perWeek', 'perMonth', 'perYear']);
      assert.deepEqual(schema.shape.perDay['~standard'].validate(null), { value: null });
      assert.deepEqual(schema.shape.perDay['~standard'].validate(7), { value: 7 });
      assert.equal(schema.shape.perDay['~standard'].validate(0).issues[0].code, 'too_small');
    });
  }

  test('compat issues carry the constraints for cal.com-style 400 bodies', () => {
    const r = cal.validateBookingLimits({ perDay: 0 }, COMPAT);
    const body = cal.calErrorBody(r.issues, { path: '/v2/me/booking-limits', timestamp: 'T' });
    assert.deepEqual(body.error.details.errors, [
      { property: 'perDay', children: [], constraints: { min: 'perDay must not be less than 1' } },
    ]);
  });
});

describe('booking-limit response guard', () => {
  test('every limit present, null when unset', () => {
    const data = { perDay: 3, perWeek: null, perMonth: null, perYear: 200 };
    assertOk(cal.validateBookingLimitsResponse(data), data);
    assertOk(cal.validateBookingLimitsResponseJson(JSON.stringify(data)), data);
    assertFail(cal.validateBookingLimitsResponse({ perDay: 3 }), [
      { code: 'required', path: ['perWeek'] },
      { code: 'required', path: ['perMonth'] },
      { code: 'required', path: ['perYear'] },
    ]);
  });

  test('the team endpoints: the same four limits; the team cal.com sends with them is news, not a failure', () => {
    const limits = { perDay: 2, perWeek: null, perMonth: 40, perYear: null };
    for (const mode of ['strict', 'compat']) {
      const r = cal.validateTeamBookingLimitsResponse({ teamId: 7, ...limits }, { mode });
      assert.equal(r.success, true, mode);
      assert.deepEqual(r.data, limits);
      assert.deepEqual(r.warnings.map((w) => [w.code, w.path]), [['unknown_key', ['teamId']]]);
    }
    assert.equal(cal.validateTeamBookingLimitsResponseJson(JSON.stringify({ ...limits, perDay: 0 })).success, false);
    assert.deepEqual(cal.parseTeamBookingLimitsResponse(limits), limits);
    const std = cal.TeamBookingLimitsResponseSchema['~standard'].validate({ ...limits, perWeek: '3' });
    assert.deepEqual(std.issues.map((i) => i.path), [['perWeek']]);
  });
});

describe('request builders', () => {
  test('buildPatchBookingLimitsRequest: a checked fetch request', () => {
    const r = cal.buildPatchBookingLimitsRequest({ apiKey: KEY, body: { perDay: 2, perWeek: null } });
    assert.equal(r.success, true);
    assert.equal(r.url, 'https://api.cal.com/v2/me/booking-limits');
    assert.deepEqual(r.init, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', 'cal-api-version': '2024-08-13' },
      body: '{"perDay":2,"perWeek":null}',
    });
    const proxied = cal.buildPatchBookingLimitsRequest({ apiKey: KEY, body: {}, baseUrl: 'http://127.0.0.1:8080/cal/' });
    assert.equal(proxied.url, 'http://127.0.0.1:8080/cal/v2/me/booking-limits');
  });

  test('buildPatchBookingLimitsRequest: issues under apiKey, body and baseUrl', () => {
    const r = cal.buildPatchBookingLimitsRequest({ apiKey: 'nope', body: { perDay: 0 }, baseUrl: 'ftp://x' });
    assert.equal(r.success, false);
    assert.deepEqual(r.issues.map((i) => i.path), [['apiKey'], ['body', 'perDay'], ['baseUrl']]);
  });

  test('buildPatchTeamBookingLimitsRequest: the team in the path, checked', () => {
    const r = cal.buildPatchTeamBookingLimitsRequest({ apiKey: KEY, teamId: 42, body: { perMonth: null } });
    assert.equal(r.success, true);
    assert.equal(r.url, 'https://api.cal.com/v2/me/team-booking-limits/42');
    assert.equal(r.init.body, '{"perMonth":null}');
    for (const [teamId, code] of [[0, 'too_small'], [1.5, 'invalid_type'], ['42', 'invalid_type'], [undefined, 'invalid_type'], [2 ** 31, 'too_big']]) {
      const bad = cal.buildPatchTeamBookingLimitsRequest({ apiKey: KEY, teamId, body: {} });
      assert.equal(bad.success, false, String(teamId));
      assert.deepEqual(bad.issues.map((i) => [i.code, i.path]), [[code, ['teamId']]], String(teamId));
    }
    const both = cal.buildPatchTeamBookingLimitsRequest({ apiKey: '', teamId: -1, body: { perDay: 'x' } });
    assert.deepEqual(both.issues.map((i) => i.path[0]), ['apiKey', 'teamId', 'body']);
  });
});
