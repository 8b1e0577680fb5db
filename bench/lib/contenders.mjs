// Which contenders run which scenarios, and where their modules are. Node-side only.
import { SCENARIOS } from './scenarios.mjs';

export const MAIN = ['a', 'b', 'c', 'e:a', 'e:b', 'e:c', 'buf:a', 'buf:b', 'buf:c'];
export const TZ = ['d'];
export const TZ_SLICES = ['d:canonical', 'd:case', 'd:link', 'd:invalid'];

/** Scenarios that only exist in Node (a Buffer body): skipped in Chromium. */
export const nodeOnly = (id) => Boolean(SCENARIOS[id]?.nodeOnly);

// Every JS peer checks time zones the cached way (peers/rules.mjs `isTimeZoneCached`: a Set of
// Intl.supportedValuesOf('timeZone') + a memoised Intl.DateTimeFormat fallback), except
// `class-validator`, which keeps class-validator's own IsTimeZone because that is what cal.com
// runs; `class-validator-cached` is the same DTO with the cached check.
//
// Scenario (d) runs on cal-profile, the cached Intl check (the target's baseline), and, as
// information, the bare per-call Intl.DateTimeFormat and class-validator's isTimeZone (cal.com's).
// The zod, valibot and ajv peers call the very same cached function, so timing them on (d) would
// only add their schema overhead to the `intl-cached` figure.

/**
 * module: path under bench/; exportName: which export is the contender (default if absent).
 * scenarios: timed scenarios; browser: also run in Chromium (minus node-only scenarios);
 * profile: extra cal-profile views (Node only, fewer processes).
 */
export const CONTENDERS = {
  ours: { label: 'cal-profile', module: 'peers/ours.node.mjs', browser: true, scenarios: [...MAIN, ...TZ] },
  zod: { label: 'zod 4 (classic)', module: 'peers/zod.mjs', browser: true, scenarios: MAIN, pkg: 'zod' },
  'zod-compiled': { label: 'zod 4 z.compile()', module: 'peers/zod-compiled.mjs', browser: true, scenarios: MAIN, pkg: 'zod' },
  'zod-mini': { label: 'zod/mini', module: 'peers/zod-mini.mjs', browser: true, scenarios: MAIN, pkg: 'zod' },
  valibot: { label: 'valibot', module: 'peers/valibot.mjs', browser: true, scenarios: MAIN, pkg: 'valibot' },
  ajv: { label: 'ajv standalone', module: 'peers/ajv.mjs', browser: true, scenarios: MAIN, pkg: 'ajv' },
  'class-validator-cached': { label: 'class-validator, cached tz', module: 'peers/class-validator-cached.mjs', browser: true, scenarios: MAIN, pkg: 'class-validator' },
  'class-validator': { label: 'class-validator IsTimeZone (cal.com)', module: 'peers/class-validator.mjs', browser: true, scenarios: [...MAIN, ...TZ], pkg: 'class-validator' },
  'intl-cached': { label: 'cached Intl (Set + memo)', module: 'peers/intl-cached.mjs', browser: true, scenarios: TZ, tzOnly: true },
  intl: { label: 'Intl.DateTimeFormat per call (info)', module: 'peers/intl.mjs', browser: true, scenarios: TZ, tzOnly: true },
  // Profile views of cal-profile (Node only): where does the time go?
  'ours-compat': { label: 'cal-profile compat', module: 'peers/ours.node.mjs', exportName: 'compat', profile: true, scenarios: ['a', 'c'] },
  'ours-parse': { label: 'cal-profile JSON.parse+object', module: 'peers/ours.node.mjs', exportName: 'parse', profile: true, scenarios: ['e:a', 'e:c'] },
  'ours-tz': { label: 'cal-profile checkTimeZone', module: 'peers/ours.node.mjs', profile: true, scenarios: TZ_SLICES },
  'json-parse': { label: 'JSON.parse alone', module: 'peers/json-parse.mjs', profile: true, scenarios: ['e:a', 'e:c', 'buf:a', 'buf:c'] },
  'intl-cached-tz': { label: 'cached Intl (Set + memo)', module: 'peers/intl-cached.mjs', profile: true, scenarios: TZ_SLICES, tzOnly: true },
  'intl-tz': { label: 'Intl.DateTimeFormat per call', module: 'peers/intl.mjs', profile: true, scenarios: TZ_SLICES, tzOnly: true },
};

/** The contender whose cold start and size stand for each library. */
export const SIZE_CONTENDERS = ['zod', 'zod-compiled', 'zod-mini', 'valibot', 'ajv', 'class-validator'];

export async function loadContender(benchDir, name) {
  const c = CONTENDERS[name];
  if (!c) throw new Error(`unknown contender ${name}`);
  const mod = await import(new URL(c.module, `file://${benchDir}/`).href);
  return mod[c.exportName ?? 'default'];
}
