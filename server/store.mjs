// The profile store: one JSON file, replaced atomically, writes serialised through a queue.

import fsp from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';

const STATE_VERSION = 1;

const SEED_USER = Object.freeze({
  id: 1,
  email: 'dev@example.com',
  username: 'dev',
  name: 'Dev User',
  avatarUrl: null,
  bio: null,
  timeFormat: 12,
  defaultScheduleId: 1,
  weekStart: 'Monday',
  timeZone: 'Europe/London',
  organizationId: null,
  locale: 'en',
  metadata: {},
});

export class Store {
  constructor(file) {
    this.file = path.resolve(file);
    this.state = null;
    this.tail = Promise.resolve();
    this.tmpCounter = 0;
  }

  /**
   * Loads the store, or creates it from the seed. `validKey(key)` is the package's shape check: a
   * stored key that no longer passes it (an older demo's format) is replaced by a new one.
   */
  async open({ apiKey, validKey }) {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    await this.removeStaleTempFiles();
    let text = null;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    const newKey = () => `cal_test_${crypto.randomBytes(16).toString('hex')}`;
    if (text === null) {
      this.state = {
        version: STATE_VERSION,
        apiKey: apiKey || newKey(),
        user: structuredClone(SEED_USER),
      };
      await this.writeFile(this.state);
      return;
    }
    let state;
    try {
      state = JSON.parse(text);
    } catch (err) {
      throw new Error(`${this.file} is not valid JSON (${err.message}); move it away to start from the seed profile`);
    }
    if (!state || typeof state !== 'object' || !state.user || typeof state.apiKey !== 'string') {
      throw new Error(`${this.file} is not a cal-profile demo store; move it away to start from the seed profile`);
    }
    const wanted = apiKey || (validKey(state.apiKey) ? state.apiKey : newKey());
    if (wanted !== state.apiKey) {
      state = { ...state, apiKey: wanted };
      await this.writeFile(state);
    }
    this.state = state;
  }

  async removeStaleTempFiles() {
    const dir = path.dirname(this.file);
    const prefix = `${path.basename(this.file)}.tmp-`;
    for (const name of await fsp.readdir(dir)) {
      if (name.startsWith(prefix)) await fsp.rm(path.join(dir, name), { force: true });
    }
  }

  get user() {
    return this.state.user;
  }

  get apiKey() {
    return this.state.apiKey;
  }

  /** How many updates the store has applied (kept in the file; older stores start at 0). */
  get revision() {
    return this.state.revision ?? 0;
  }

  /**
   * Runs `change(state)` → new state (or throws) after every earlier update has finished, writes it
   * durably, and only then makes it the current state. Concurrent callers therefore each see the
   * previous caller's result: no update is lost, and nothing unwritten is ever acknowledged.
   * Each update bumps `revision`, so a lost update would show as two answers with one revision.
   */
  update(change) {
    const run = async () => {
      const next = change(structuredClone(this.state));
      next.revision = (this.state.revision ?? 0) + 1;
      await this.writeFile(next);
      this.state = next;
      return next;
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => {});
    return result;
  }

  /** write temp file → fsync → rename over the store → fsync the directory. */
  async writeFile(state) {
    const dir = path.dirname(this.file);
    const tmp = `${this.file}.tmp-${process.pid}-${++this.tmpCounter}`;
    const fh = await fsp.open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(`${JSON.stringify(state, null, 2)}\n`, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await fsp.rename(tmp, this.file);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
    const dh = await fsp.open(dir, 'r');
    try {
      await dh.sync();
    } catch (err) {
      // Some file systems refuse fsync on a directory; the rename is still atomic there.
      if (err.code !== 'EINVAL' && err.code !== 'EISDIR' && err.code !== 'EPERM') throw err;
    } finally {
      await dh.close();
    }
  }
}
