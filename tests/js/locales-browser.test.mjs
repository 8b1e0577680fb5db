// Catalogs in a real browser (issue 13): a plain page maps the package's name with an import map,
// so the catalogs register into the instance the page uses; German renders as in Node; Arabic,
// laid out right to left by Chromium, shows every isolated Latin run in its own order (and the
// same text without the isolates does not: the check can fail).

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { chromium } from 'playwright-core';

import * as cal from '../../pkg/node.js';
import '../../pkg/locales/de.js';
import '../../pkg/locales/ar.js';
import { CHROMIUM_ARGS, PKG_DIR, serve, tempDir } from './helpers.mjs';

const BODY = { timeZone: 'Europe/Londn', timeFormat: null, avatarUrl: 'cal.com/me.png', email: 'a@b@c', timezone: 'UTC', metadata: { toString: 1 } };

// Runs in the page: the visual order of every isolated ASCII run of each message, laid out in
// a right-to-left paragraph; `strip` removes the isolates first (the control).
function layout(messages, strip) {
  const out = [];
  for (const m of messages) {
    const p = document.createElement('p');
    p.dir = 'rtl';
    p.lang = 'ar';
    p.style.whiteSpace = 'nowrap';
    const runs = [];
    let text = '';
    for (let i = 0; i < m.length; i++) {
      if (m[i] === '\u2068') {
        const end = m.indexOf('\u2069', i);
        const run = m.slice(i + 1, end);
        if (/^[ -~]+$/.test(run)) runs.push([text.length + (strip ? 0 : 1), run]);
        if (strip) {
          text += run;
          i = end;
          continue;
        }
      }
      text += m[i];
    }
    p.textContent = text;
    document.body.append(p);
    const node = p.firstChild;
    for (const [at, run] of runs) {
      const xs = [];
      for (let k = 0; k < run.length; k++) {
        if (run[k] === ' ') continue;
        const r = document.createRange();
        r.setStart(node, at + k);
        r.setEnd(node, at + k + 1);
        xs.push(r.getBoundingClientRect().left);
      }
      out.push({ run, inOrder: xs.every((x, i) => i === 0 || x > xs[i - 1]) });
    }
    p.remove();
  }
  return out;
}

describe('catalogs in Chromium', () => {
  let browser;
  let dir;
  let server;

  before(async () => {
    dir = await tempDir('locales-browser');
    await fs.writeFile(
      path.join(dir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>locales</title>
<script type="importmap">{ "imports": { "cal-profile": "/pkg/index.js" } }</script>
<script type="module">
  import * as cal from 'cal-profile';
  import '/pkg/locales/de.js';
  import ar from '/pkg/locales/ar.js';
  try {
    const body = ${JSON.stringify(BODY)};
    const de = cal.validateUpdateMe(body, { locale: 'de' });
    const arabic = cal.validateUpdateMe(body, { locale: 'ar' });
    let missing = null;
    try { cal.validateUpdateMe(body, { locale: 'fr' }); } catch (e) { missing = e.name + ': ' + e.message; }
    const messages = [...arabic.issues, ...arabic.warnings].map((i) => i.message);
    window.result = {
      de: [...de.issues, ...de.warnings].map((i) => i.message),
      ar: messages,
      dir: ar.dir,
      missing,
      isolated: (${layout.toString()})(messages, false),
      stripped: (${layout.toString()})(messages, true),
    };
  } catch (e) {
    window.failure = String(e && e.stack || e);
  }
</script>`,
    );
    server = await serve({ '/pkg/': PKG_DIR, '/': dir });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('German as in Node, Arabic isolated runs in their own order, a missing locale a TypeError', { timeout: 30_000 }, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'result' in window || 'failure' in window, null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => window.failure), undefined);
    const r = await page.evaluate(() => window.result);
    await page.close();
    assert.deepEqual(errors, []);

    const node = cal.validateUpdateMe(BODY, { locale: 'de' });
    assert.deepEqual(r.de, [...node.issues, ...node.warnings].map((i) => i.message));
    assert.equal(r.dir, 'rtl');
    assert.match(r.missing, /^TypeError: .*cal-profile\/locales\/fr/);

    // Every Latin run (Europe/London, GET /v2/me, https://, +{clientId}, cal.com …) reads left to
    // right inside the Arabic sentence.
    assert.ok(r.isolated.length >= 15, `${r.isolated.length} runs`);
    assert.deepEqual(r.isolated.filter((x) => !x.inOrder), []);
    assert.ok(r.isolated.some((x) => x.run === 'https://'), 'the scheme is one of the runs');
    // Without the isolates, the bidi algorithm moves the neutral `://` of "https://" before
    // "https" in an Arabic sentence: what the isolates are there to prevent.
    assert.ok(r.stripped.some((x) => x.run === 'https://' && !x.inOrder), JSON.stringify(r.stripped));
  });
});
