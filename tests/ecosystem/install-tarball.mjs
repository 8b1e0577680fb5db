// Packs pkg/ with `npm pack` and installs the tarball into this folder's node_modules with
// `npm install`, as a user would: every fixture then imports `cal-profile` by name from it.
// Run by `make test-ecosystem` before the tests.

import fs from 'node:fs/promises';
import path from 'node:path';

import { ECO, ROOT, WORK, sh } from './lib.mjs';

const packDir = path.join(WORK, 'tarball');
await fs.rm(packDir, { recursive: true, force: true });
await fs.mkdir(packDir, { recursive: true });
const [info] = JSON.parse(await sh('npm', ['pack', path.join(ROOT, 'pkg'), '--pack-destination', packDir, '--json'], { cwd: packDir }));
const tarball = path.join(packDir, info.filename);
// --no-save: the tarball changes with every build, so it stays out of package.json and the lock.
await sh('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: ECO, timeout: 300_000 });
console.log(`installed ${info.filename} (${info.size} bytes packed, ${info.unpackedSize} unpacked, ${info.entryCount} files)`);
