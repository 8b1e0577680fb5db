// Generates payloads/timezones.mjs: the 1000 time-zone strings of scenario (d), with the expected
// verdict and a category (canonical | case | link | invalid). Run once; the output is committed so
// that every run and every machine times the same list.
//
//   node tools/gen-timezones.mjs [path/to/chrono-tz/tz]
//
// Without an argument it reads the chrono-tz version the crate pins (scripts/chrono_tz_source.py)
// from cargo's registry, never another version that happens to be there.
//
// Canonical names and links come from the tzdata that chrono-tz embeds (Zone and Link lines), so
// they are exactly what cal-profile knows. Every valid entry must be accepted by this Node's Intl
// and every invalid one rejected (the Intl approach of the peers); the conformance check verifies
// both cal-profile and the peers against the recorded verdicts at every run.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isTimeZone } from '../peers/rules.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// The chrono-tz version the crate pins, as the tz table generators read it (one place states it).
function pinnedChronoTz() {
  const source = join(here, '..', '..', 'scripts', 'chrono_tz_source.py');
  const m = readFileSync(source, 'utf8').match(/^VERSION = "([^"]+)"$/m);
  if (!m) throw new Error(`no VERSION = "…" line in ${source}`);
  return m[1];
}

function findTzDir() {
  if (process.argv[2]) return process.argv[2];
  const version = pinnedChronoTz();
  const reg = join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'registry', 'src');
  for (const idx of existsSync(reg) ? readdirSync(reg) : []) {
    const dir = join(reg, idx, `chrono-tz-${version}`, 'tz');
    if (existsSync(dir)) return dir;
  }
  throw new Error(`chrono-tz ${version} sources not found under ${reg}: run \`cargo fetch\` first, or pass its tz/ directory as the first argument`);
}

const tzDir = findTzDir();
const files = ['africa', 'antarctica', 'asia', 'australasia', 'europe', 'northamerica', 'southamerica', 'etcetera', 'backward'];
const zones = [];
const links = [];
for (const f of files) {
  for (const line of readFileSync(join(tzDir, f), 'utf8').split('\n')) {
    let m;
    if ((m = line.match(/^Zone\s+(\S+)/))) zones.push(m[1]);
    else if ((m = line.match(/^Link\s+\S+\s+(\S+)/))) links.push(m[1]);
  }
}
const version = (readFileSync(join(tzDir, 'NEWS'), 'utf8').match(/Release (\d{4}[a-z])/) || [])[1];

// Deterministic PRNG (mulberry32).
let seed = 0x5eed1234;
function rand() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const known = new Set([...zones, ...links].map((s) => s.toLowerCase()));
const entries = [];
const add = (s, valid, category) => {
  if (isTimeZone(s) !== valid) throw new Error(`Intl disagrees on ${JSON.stringify(s)} (expected ${valid})`);
  entries.push({ s, valid, category });
};

// 340 canonical names, each once.
for (const z of zones) add(z, true, 'canonical');
// 260 case variants of canonical names and links (lower, upper, mixed).
const variants = [
  (s) => s.toLowerCase(),
  (s) => s.toUpperCase(),
  (s) => s.split('').map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join(''),
];
const caseSources = shuffle([...zones, ...links]);
for (let i = 0; entries.length < 600; i++) {
  const s = variants[i % variants.length](caseSources[i % caseSources.length]);
  if (s !== caseSources[i % caseSources.length]) add(s, true, 'case');
}
// 200 IANA links (deprecated names such as US/Eastern, Asia/Calcutta).
for (const l of shuffle(links).slice(0, 200)) add(l, true, 'link');
// 200 invalid strings: typos, spaces for underscores, padding, offsets, made-up names. Bare UTC
// offsets ('+05:00') are left out: recent Chromium's Intl accepts them as offset time zones while
// Node 20's rejects them, so the Intl approach has no single verdict there (a rule probe shows it).
const fixedInvalid = [
  '', ' ', 'Narnia/Woods', 'Mars/Olympus_Mons', 'America/New York', 'new york', 'New_York', 'Europe/Londn',
  'UTC+5', 'UTC-03:00', 'GMT+5', 'Z', 'EDT', 'CEST', 'Europe/Paris ', ' Europe/Paris',
  'Europe//Paris', 'Europe/', '/Europe/Paris', 'America/NewYork', 'America/Los-Angeles', 'Asia/Bombay/x',
  'Etc/GMT+15', 'Etc/Unknown', 'localtime', 'posixrules', 'Europe/Paris\u0000', 'Europe/Pari\u00e9',
];
const invalid = new Set();
for (const s of fixedInvalid) if (!isTimeZone(s)) invalid.add(s);
const typo = [
  (s) => { const i = 1 + Math.floor(rand() * (s.length - 1)); return s.slice(0, i) + s.slice(i + 1); }, // drop
  (s) => { const i = 1 + Math.floor(rand() * (s.length - 1)); return s.slice(0, i) + s[i - 1] + s.slice(i); }, // double
  (s) => s.replace(/_/g, ' '),
  (s) => s.split('/').pop(),
  (s) => `${s}x`,
  (s) => { const i = Math.floor(rand() * (s.length - 1)); return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); }, // swap
];
while (invalid.size < 200) {
  const s = pick(typo)(pick(zones));
  if (!known.has(s.toLowerCase()) && !isTimeZone(s)) invalid.add(s);
}
for (const s of invalid) add(s, false, 'invalid');
if (entries.length !== 1000) throw new Error(`expected 1000 entries, got ${entries.length}`);

// Interleave the categories the way a real stream of inputs would be.
const list = shuffle(entries);
const out = join(here, '..', 'payloads', 'timezones.mjs');
writeFileSync(out, `// Generated by bench/tools/gen-timezones.mjs from chrono-tz's tzdata ${version}; do not edit.
// Scenario (d): ${entries.length} time-zone strings — ${zones.length} canonical names, ${entries.filter((e) => e.category === 'case').length} case variants,
// 200 IANA links, 200 invalid strings. Verdicts are the shared rule: a valid IANA name, case-insensitively.
export const TZDATA_VERSION = ${JSON.stringify(version)};
export const TIME_ZONES = [
${list.map((e) => `  [${JSON.stringify(e.s)}, ${e.valid}, ${JSON.stringify(e.category)}],`).join('\n')}
];
`);
console.log(`wrote ${out}: ${entries.length} entries (tzdata ${version}, ${zones.length} zones, ${links.length} links)`);
