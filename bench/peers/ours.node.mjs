// cal-profile in Node: the package's `node` entry (synchronous initSync from the .wasm file).
// CAL_PROFILE_PKG=/some/dir points the harness at another build of the package (default ../pkg).
import { pathToFileURL } from 'node:url';
import { makeOurs } from './ours.mjs';

const entry = process.env.CAL_PROFILE_PKG
  ? pathToFileURL(`${process.env.CAL_PROFILE_PKG.replace(/\/$/, '')}/node.js`).href
  : new URL('../../pkg/node.js', import.meta.url).href;
const cp = await import(entry);

export default makeOurs(cp);
export const compat = makeOurs(cp, { name: 'ours-compat', mode: 'compat' });
export const parse = makeOurs(cp, { name: 'ours-parse', json: 'parse' });
export { cp };
