// The scenario payloads and their expected verdicts. Browser-safe ESM (served as-is to Chromium).
import { TIME_ZONES } from '../payloads/timezones.mjs';

/** (a) A typical valid PATCH /v2/me body. */
export const TYPICAL = {
  name: 'Alice Example',
  timeZone: 'America/New_York',
  weekStart: 'Monday',
  timeFormat: 24,
  locale: 'pt-BR',
  metadata: { plan: 'pro', seats: 5, beta: true, referrer: 'newsletter-2025', team: 'Growth & Ops' },
};

/**
 * (b) Four of the mistakes people really make, in one body: a lower-case `timezone` key (unknown,
 * cal.com would drop it), `timeFormat` as a string, a lower-case day, an underscore locale.
 */
export const FOUR_ERRORS = {
  name: 'Alice Example',
  timezone: 'Europe/Paris',
  timeFormat: '24',
  weekStart: 'monday',
  locale: 'pt_BR',
};
export const FOUR_ERRORS_FIELDS = ['locale', 'timeFormat', 'timezone', 'weekStart'];

/** Exactly `units` UTF-16 code units of mixed text (ASCII, Latin-1, CJK, astral emoji), rotated by `shift`. */
export function mixedText(units, shift = 0) {
  const pieces = ['Lorem ipsum ', 'dolor sit ', 'amet, ', 'café ', 'naïve ', 'Zürich ', '東京 ', '😀 ', '🚀 ', 'consectetur '];
  let s = '';
  for (let i = shift; s.length < units; i++) s += pieces[i % pieces.length];
  s = s.slice(0, units);
  // Never end on a lone high surrogate: replace it with an ASCII letter (same length).
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = `${s.slice(0, -1)}x`;
  return s;
}

function bigMetadata() {
  const meta = {};
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghij';
  for (let i = 0; i < 49; i++) {
    const key = `field_${i}_${alphabet}`.slice(0, 10 + ((i * 7) % 31)); // 10..40 units
    meta[key] = mixedText(500, i);
  }
  meta['😀'.repeat(20)] = mixedText(500, 49); // a 40-unit key made of 20 astral characters
  return meta;
}

/** (c) Typical fields plus the largest metadata cal.com takes: 50 keys × 500-unit values. */
export const BIG_METADATA = {
  name: 'Alice Example',
  bio: 'Scheduling enthusiast.',
  timeZone: 'Europe/Berlin',
  weekStart: 'Sunday',
  timeFormat: 12,
  locale: 'de',
  metadata: bigMetadata(),
};

/** (d) 1000 time-zone strings: [string, valid, category]. */
export { TIME_ZONES };

export const SCENARIOS = {
  a: { id: 'a', kind: 'object', title: 'typical valid body', payload: TYPICAL, expect: { ok: true, data: TYPICAL } },
  b: { id: 'b', kind: 'object', title: 'body with 4 errors, all issues', payload: FOUR_ERRORS, expect: { ok: false, fields: FOUR_ERRORS_FIELDS } },
  c: { id: 'c', kind: 'object', title: '50 metadata keys × 500-char values', payload: BIG_METADATA, expect: { ok: true, data: BIG_METADATA } },
  d: { id: 'd', kind: 'tz', title: '1000 time-zone strings', list: TIME_ZONES },
  'e:a': { id: 'e:a', kind: 'json', title: 'raw JSON text of (a)', text: JSON.stringify(TYPICAL), expect: { ok: true, data: TYPICAL } },
  'e:b': { id: 'e:b', kind: 'json', title: 'raw JSON text of (b)', text: JSON.stringify(FOUR_ERRORS), expect: { ok: false, fields: FOUR_ERRORS_FIELDS } },
  'e:c': { id: 'e:c', kind: 'json', title: 'raw JSON text of (c)', text: JSON.stringify(BIG_METADATA), expect: { ok: true, data: BIG_METADATA } },
  // A Node server's request body: the JSON text of (a), (b), (c) as a Buffer (UTF-8). Peers:
  // `JSON.parse(buf.toString())` + validate; cal-profile: `validateUpdateMeJson(buf)`. Node only.
  'buf:a': { id: 'buf:a', kind: 'buffer', nodeOnly: true, title: '(a) as a Buffer (Node server body)', text: JSON.stringify(TYPICAL), expect: { ok: true, data: TYPICAL } },
  'buf:b': { id: 'buf:b', kind: 'buffer', nodeOnly: true, title: '(b) as a Buffer (Node server body)', text: JSON.stringify(FOUR_ERRORS), expect: { ok: false, fields: FOUR_ERRORS_FIELDS } },
  'buf:c': { id: 'buf:c', kind: 'buffer', nodeOnly: true, title: '(c) as a Buffer (Node server body)', text: JSON.stringify(BIG_METADATA), expect: { ok: true, data: BIG_METADATA } },
};

/** The request body of a `buffer` scenario: a Node Buffer (Node only; see `nodeOnly`). */
export function bufferOf(scenario) {
  if (typeof globalThis.Buffer !== 'function') throw new Error(`scenario ${scenario.id} needs Node's Buffer`);
  return globalThis.Buffer.from(scenario.text, 'utf8');
}

// Profile-only slices of (d), one category each (Node, cal-profile and the Intl approach).
for (const cat of ['canonical', 'case', 'link', 'invalid']) {
  const list = TIME_ZONES.filter((e) => e[2] === cat);
  SCENARIOS[`d:${cat}`] = { id: `d:${cat}`, kind: 'tz', title: `(d) ${cat} only (${list.length})`, list, profile: true };
}

/** Builds the timed operation of `scenario` for `peer`. Returns a function returning a number. */
export function makeOp(peer, scenario) {
  switch (scenario.kind) {
    case 'object': {
      const body = scenario.payload;
      return () => peer.touch(peer.validateObject(body));
    }
    case 'json': {
      const input = scenario.text;
      return () => peer.touch(peer.validateJsonText(input));
    }
    case 'buffer': {
      const input = bufferOf(scenario);
      return () => peer.touch(peer.validateBuffer(input));
    }
    case 'tz': {
      const strings = scenario.list.map((e) => e[0]);
      return () => {
        let n = 0;
        for (let i = 0; i < strings.length; i++) if (peer.timeZoneValid(strings[i])) n++;
        return n;
      };
    }
    default:
      throw new Error(`unknown scenario kind ${scenario.kind}`);
  }
}

/**
 * Small per-rule probes (strict semantics). Informational: the conformance report shows which
 * contender implements which rule; only the scenario payloads gate timing.
 */
export const PROBES = [
  ['empty body', {}, true],
  ['body is an array', [], false],
  ['body is null', null, false],
  ['unknown key timezone', { timezone: 'UTC' }, false],
  ['email ok', { email: 'alice@example.com' }, true],
  ['email "not-an-email"', { email: 'not-an-email' }, false],
  ['email ""', { email: '' }, false],
  ['email null', { email: null }, false],
  ['name null', { name: null }, true],
  ['name number', { name: 5 }, false],
  ['timeFormat 12', { timeFormat: 12 }, true],
  ['timeFormat "12"', { timeFormat: '12' }, false],
  ['timeFormat 13', { timeFormat: 13 }, false],
  ['timeFormat null', { timeFormat: null }, false],
  ['defaultScheduleId 1', { defaultScheduleId: 1 }, true],
  ['defaultScheduleId null', { defaultScheduleId: null }, true],
  ['defaultScheduleId 0', { defaultScheduleId: 0 }, false],
  ['defaultScheduleId 1.5', { defaultScheduleId: 1.5 }, false],
  ['defaultScheduleId 2^31', { defaultScheduleId: 2147483648 }, false],
  ['weekStart Sunday', { weekStart: 'Sunday' }, true],
  ['weekStart monday', { weekStart: 'monday' }, false],
  ['weekStart null', { weekStart: null }, false],
  ['timeZone america/new_york', { timeZone: 'america/new_york' }, true],
  ['timeZone US/Eastern (link)', { timeZone: 'US/Eastern' }, true],
  ['timeZone Narnia/Woods', { timeZone: 'Narnia/Woods' }, false],
  ['timeZone +05:00', { timeZone: '+05:00' }, false],
  ['timeZone ""', { timeZone: '' }, false],
  ['timeZone null', { timeZone: null }, false],
  ['locale pt-BR', { locale: 'pt-BR' }, true],
  ['locale pt_BR', { locale: 'pt_BR' }, false],
  ['locale en-US', { locale: 'en-US' }, false],
  ['locale null', { locale: null }, true],
  ['avatarUrl https', { avatarUrl: 'https://cal.com/avatar.png' }, true],
  ['avatarUrl null', { avatarUrl: null }, true],
  ['avatarUrl scheme-less', { avatarUrl: 'cal.com/a.png' }, false],
  ['avatarUrl ftp:', { avatarUrl: 'ftp://cal.com/a.png' }, false],
  ['avatarUrl javascript:', { avatarUrl: 'javascript:alert(1)' }, false],
  ['avatarUrl > 2084', { avatarUrl: `https://cal.com/${'a'.repeat(2080)}` }, false],
  ['bio null', { bio: null }, true],
  ['metadata 50 keys', { metadata: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])) }, true],
  ['metadata 51 keys', { metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) }, false],
  ['metadata key 40 units', { metadata: { ['k'.repeat(40)]: 1 } }, true],
  ['metadata key 41 units', { metadata: { ['k'.repeat(41)]: 1 } }, false],
  ['metadata key 20 × 😀', { metadata: { ['😀'.repeat(20)]: 1 } }, true],
  ['metadata key 21 × 😀', { metadata: { ['😀'.repeat(21)]: 1 } }, false],
  ['metadata value 250 × 😀', { metadata: { a: '😀'.repeat(250) } }, true],
  ['metadata value 251 × 😀', { metadata: { a: '😀'.repeat(251) } }, false],
  ['metadata value 500 × é', { metadata: { a: 'é'.repeat(500) } }, true],
  ['metadata value null', { metadata: { a: null } }, false],
  ['metadata value nested', { metadata: { a: { b: 1 } } }, false],
  ['metadata array', { metadata: ['a'] }, false],
  ['metadata null', { metadata: null }, false],
];
