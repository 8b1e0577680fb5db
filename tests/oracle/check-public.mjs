// Checks that the oracles (calcom-dto.mjs for the two API v2 DTOs, calcom-v1.mjs for the API v1
// user bodies) reproduce cal.com's own verdicts in /work/shared/conformance/calcom-vectors-public.json:
// valid flag, error properties (in order), constraint names (in order) and messages, and the
// stored value of the vector's field (`normalized_value`, or the input value when absent).
// runtime_dependent (ICU time-zone) vectors are checked too, and reported separately.
// Usage: node tests/oracle/check-public.mjs [path/to/vectors.json ...]   (exit 1 on any mismatch)
// With arguments it checks those files instead (e.g. our own tests/vectors/*.json).

import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ORACLES as V2_ORACLES } from './calcom-dto.mjs';
import { V1_ORACLES } from './calcom-v1.mjs';

const ORACLES = { ...V2_ORACLES, ...V1_ORACLES };

const DEFAULT = '/work/shared/conformance/calcom-vectors-public.json';
const files = process.argv.length > 2 ? process.argv.slice(2) : [DEFAULT];

/** Deep equality that also compares object key order (cal.com's JSON key order). */
function orderedEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b) && isDeepStrictEqual(a, b);
}

let checked = 0;
let runtimeChecked = 0;
let skipped = 0;
const failures = [];

for (const file of files) {
  const vectors = JSON.parse(readFileSync(file, 'utf8'));
  vectors.forEach((v, i) => {
    const oracle = ORACLES[v.dto];
    if (!oracle) {
      skipped++; // a DTO no oracle re-creates
      return;
    }
    const tag = `${file.split('/').pop()}#${i} ${v.dto}.${v.field} ${JSON.stringify(v.payload).slice(0, 90)}`;
    const problems = [];
    const r = oracle(v.payload);
    if (r.valid !== v.valid) problems.push(`valid: oracle ${r.valid}, vector ${v.valid}`);
    const expectedErrors = v.errors ?? (v.valid ? [] : undefined);
    if (expectedErrors !== undefined && !orderedEqual(r.errors, expectedErrors)) {
      problems.push(`errors: oracle ${JSON.stringify(r.errors)}, vector ${JSON.stringify(expectedErrors)}`);
    }
    const field = v.field;
    const isRealField =
      v.valid &&
      r.normalized &&
      !Array.isArray(r.normalized) &&
      v.payload !== null &&
      typeof v.payload === 'object' &&
      !Array.isArray(v.payload) &&
      Object.prototype.hasOwnProperty.call(v.payload, field);
    if ('normalized_value' in v) {
      if (!r.normalized || !orderedEqual(r.normalized[field], v.normalized_value)) {
        problems.push(`normalized ${field}: oracle ${JSON.stringify(r.normalized?.[field])}, vector ${JSON.stringify(v.normalized_value)}`);
      }
    } else if (isRealField && v.payload[field] !== null) {
      if (!orderedEqual(r.normalized[field], v.payload[field])) {
        problems.push(`stored ${field} differs from input but vector has no normalized_value: ${JSON.stringify(r.normalized[field])}`);
      }
    }
    if (v.runtime_dependent) runtimeChecked++;
    else checked++;
    if (problems.length) failures.push({ tag, runtime: !!v.runtime_dependent, problems });
  });
}

for (const f of failures) {
  console.error(`MISMATCH${f.runtime ? ' (runtime_dependent)' : ''} ${f.tag}`);
  for (const p of f.problems) console.error(`   ${p}`);
}
console.log(
  `node ${process.versions.node} icu ${process.versions.icu} tz ${process.versions.tz}: ` +
    `${checked} vectors + ${runtimeChecked} runtime_dependent checked, ${skipped} out of scope, ` +
    `${failures.length} mismatch(es)`,
);
process.exit(failures.length ? 1 : 0);
