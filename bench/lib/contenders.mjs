// Which contenders run which scenarios, and where their modules are. Node-side only.
export const MAIN = ['a', 'a0', 'b', 'c', 'e:a', 'e:b', 'e:c'];
export const TZ = ['d'];
export const TZ_SLICES = ['d:canonical', 'd:case', 'd:link', 'd:invalid'];

// Scenario (d) runs on cal-profile, the bare Intl approach and class-validator's IsTimeZone (what
// cal.com runs). The zod, valibot and ajv peers check time zones with the very same Intl call, so
// timing them on (d) again would only repeat the Intl figure.

/**
 * module: path under bench/; exportName: which export is the contender (default if absent).
 * scenarios: timed scenarios; browser: also run in Chromium; profile: extra cal-profile views.
 */
export const CONTENDERS = {
  ours: { label: 'cal-profile', module: 'peers/ours.node.mjs', browser: true, scenarios: [...MAIN, ...TZ] },
  zod: { label: 'zod 4 (classic)', module: 'peers/zod.mjs', browser: true, scenarios: MAIN, pkg: 'zod' },
  'zod-compiled': { label: 'zod 4 z.compile()', module: 'peers/zod-compiled.mjs', browser: true, scenarios: MAIN, pkg: 'zod' },
  'zod-mini': { label: 'zod/mini', module: 'peers/zod-mini.mjs', browser: true, scenarios: MAIN, pkg: 'zod' },
  valibot: { label: 'valibot', module: 'peers/valibot.mjs', browser: true, scenarios: MAIN, pkg: 'valibot' },
  ajv: { label: 'ajv standalone', module: 'peers/ajv.mjs', browser: true, scenarios: MAIN, pkg: 'ajv' },
  'class-validator': { label: 'class-validator', module: 'peers/class-validator.mjs', browser: true, scenarios: [...MAIN, ...TZ], pkg: 'class-validator' },
  intl: { label: 'Intl.DateTimeFormat', module: 'peers/intl.mjs', browser: true, scenarios: TZ, tzOnly: true },
  // Profile views of cal-profile (Node only): where does the time go?
  'ours-compat': { label: 'cal-profile compat', module: 'peers/ours.node.mjs', exportName: 'compat', profile: true, scenarios: ['a', 'c'] },
  'ours-bytes': { label: 'cal-profile JSON bytes', module: 'peers/ours.node.mjs', exportName: 'bytes', profile: true, scenarios: ['e:a', 'e:b', 'e:c'] },
  'ours-parse': { label: 'cal-profile JSON.parse+object', module: 'peers/ours.node.mjs', exportName: 'parse', profile: true, scenarios: ['e:a', 'e:c'] },
  'ours-tz': { label: 'cal-profile checkTimeZone', module: 'peers/ours.node.mjs', profile: true, scenarios: TZ_SLICES },
  'json-parse': { label: 'JSON.parse alone', module: 'peers/json-parse.mjs', profile: true, scenarios: ['e:a', 'e:c'] },
  'intl-tz': { label: 'Intl.DateTimeFormat', module: 'peers/intl.mjs', profile: true, scenarios: TZ_SLICES, tzOnly: true },
};

/** The contender whose cold start and size stand for each library. */
export const SIZE_CONTENDERS = ['zod', 'zod-compiled', 'zod-mini', 'valibot', 'ajv', 'class-validator'];

export async function loadContender(benchDir, name) {
  const c = CONTENDERS[name];
  if (!c) throw new Error(`unknown contender ${name}`);
  const mod = await import(new URL(c.module, `file://${benchDir}/`).href);
  return mod[c.exportName ?? 'default'];
}
