// The core's answers cross with their issue lists flat (src/issue.rs `write_wire`); js/wire.js makes
// them into issue objects. The fixture (tests/js/snapshots/issue-wire.json, written by the core's
// `wire_tests` and held current by them) pairs each answer in the wire form with the same answer in
// the core's JSON form, over bodies whose issues hold every optional member in both modes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PKG_DIR, ROOT } from './helpers.mjs';

const { issuesFrom } = await import(pathToFileURL(path.join(PKG_DIR, 'wire.js')).href);
const { ISSUE_MEMBERS } = await import(pathToFileURL(path.join(PKG_DIR, 'protocol.js')).href);
const cases = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'js', 'snapshots', 'issue-wire.json'), 'utf8'));

describe('issue lists in the wire form', () => {
  test('decode to the core\'s JSON form of the same issues, members in the same order', () => {
    const seen = new Set();
    for (const { wire, json } of cases) {
      for (const list of ['issues', 'warnings']) {
        if (json[list] === undefined) continue;
        const decoded = issuesFrom(wire[list]);
        assert.deepStrictEqual(decoded, json[list]);
        // Key order too: JSON.stringify follows it, and so do snapshots and logs.
        assert.equal(JSON.stringify(decoded), JSON.stringify(json[list]));
        for (const issue of decoded) for (const k of Object.keys({ ...issue, ...issue.args })) seen.add(k);
      }
    }
    const missing = ISSUE_MEMBERS.map(([name]) => name).filter((name) => !seen.has(name));
    assert.deepEqual(missing, [], 'the fixture holds every member');
  });

  test('an empty list is an empty list', () => {
    assert.deepStrictEqual(issuesFrom([]), []);
  });
});
