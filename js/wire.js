// Issue lists as the core writes them for the JS layer, made into the contract's issue objects.
//
// Every validation answer of the core is JSON text; its `issues` and `warnings` lists come as one
// flat array each rather than an array of objects. V8's JSON.parse spends most of its time on
// objects and their keys: the (b) body's four issues take 6.2-7.5 us as objects, 2.3 us as a flat
// array, and building the objects here about 0.2 us. tests/js/wire.test.mjs decodes the core's
// fixture of every issue member and compares it with the core's JSON form of the same issues.

import { ISSUE_MEMBERS, ARG, LIST, CONSTRAINTS } from './protocol.js';

/**
 * The issue objects of a list in the core's wire form (src/issue.rs, `write_wire`): one flat array
 * holding, for each issue, its code, its path's length and segments, message, message id, a bit
 * mask of the ISSUE_MEMBERS present, and those members' values in that order (a list as its length
 * and items, cal.com's constraints as their count and a name and message each). JSON.parse reads
 * it in about a third of the time the same issues take as objects.
 */
export function issuesFrom(w) {
  const issues = [];
  let i = 0;
  while (i < w.length) {
    const code = w[i];
    const end = i + 2 + w[i + 1];
    const issue = { code, path: w.slice(i + 2, end), message: w[end], msg: w[end + 1] };
    let present = w[end + 2];
    i = end + 3;
    for (let m = 0; present !== 0; m++, present >>>= 1) {
      if ((present & 1) === 0) continue;
      const [name, shape] = ISSUE_MEMBERS[m];
      if (shape === ARG) {
        (issue.args ??= {})[name] = w[i++];
      } else if (shape === LIST) {
        issue[name] = w.slice(i + 1, i + 1 + w[i]);
        i += 1 + w[i];
      } else if (shape === CONSTRAINTS) {
        const list = [];
        for (let n = w[i++]; n > 0; n--, i += 2) list.push({ constraint: w[i], message: w[i + 1] });
        issue[name] = list;
      } else {
        issue[name] = w[i++];
      }
    }
    issues.push(issue);
  }
  return issues;
}
