// The demo page in the user's language, in headless Chromium against the real reference server:
// a German browser gets the page in German, field errors and the summary in German (the package's
// German catalog); the picker switches to Arabic, which reads right to left; the server keeps
// answering in English, as cal.com does.

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

import { format } from '../../www/i18n.js';
import { API_KEY, PKG_DIR, ROOT, patchMe, startServer, tempDir } from './helpers.mjs';

const cal = await import(pathToFileURL(path.join(PKG_DIR, 'node.js')).href);
// Each catalog registers itself into the package instance it imports by name (here pkg/node.js).
for (const code of ['de', 'ar']) await import(pathToFileURL(path.join(PKG_DIR, 'locales', `${code}.js`)).href);
const words = async (code) => (await import(pathToFileURL(path.join(ROOT, 'www', 'i18n', `${code}.js`)).href)).default;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

let browser;
const servers = [];
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});
after(async () => {
  await browser?.close();
  for (const { server, dir } of servers) {
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

/** A server of its own whose stored profile has `profileLocale`. */
async function serverWith(profileLocale) {
  const dir = await tempDir('languages');
  const server = await startServer(['--data', path.join(dir, 'profile.json'), '--no-email-verification']);
  servers.push({ server, dir });
  const res = await patchMe(server.url, { locale: profileLocale });
  assert.equal(res.status, 200);
  return server;
}

/** A tab whose browser prefers `locale`; `before(page)` runs before the profile is loaded. */
async function openIn(server, locale, before = async () => {}) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  await page.goto(server.url);
  // The picker is enabled once the page's language is in place (the key's fieldset, too).
  await page.waitForSelector('#language:not([disabled])');
  await before(page);
  await page.fill('#apiKey', API_KEY);
  await page.click('#load');
  await page.waitForSelector('#profile-fields:not([disabled])');
  return { page, context, problems };
}

describe('the demo in the user language', () => {
  test('a German browser: labels, the field error and the summary in German', async () => {
    const de = await words('de');
    const server = await serverWith('de');
    const { page, context, problems } = await openIn(server, 'de-DE', async (p) => {
      // Before anything is loaded, the browser's language decides.
      assert.equal(await p.getAttribute('html', 'lang'), 'de');
      assert.equal(await p.inputValue('#language'), 'de');
      assert.equal(await p.textContent('#load'), de['apiKey.load']);
    });
    try {
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      assert.equal(await page.textContent('label[for="timeZone"]'), de['field.timeZone']);

      await page.fill('#timeZone', 'Europe/Londn');
      const expected = cal.validateUpdateMe({ timeZone: 'Europe/Londn' }, { locale: 'de' }).issues[0].message;
      assert.notEqual(expected, cal.validateUpdateMe({ timeZone: 'Europe/Londn' }).issues[0].message, 'German differs from English');
      await page.waitForFunction((m) => document.getElementById('timeZone-error').textContent === m, expected);
      const summary = await page.textContent('#summary .summary-title');
      assert.equal(summary, format(de['summary.title'], { count: 1 }, 'de'));
      assert.equal(await page.textContent('#summary li'), `${de['field.timeZone']}: ${expected}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("the profile's own locale, once loaded, becomes the page's language", async () => {
    const server = await serverWith('fr');
    const { page, context, problems } = await openIn(server, 'en-GB', async (p) => {
      assert.equal(await p.getAttribute('html', 'lang'), 'en');
    });
    try {
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      assert.equal(await page.inputValue('#language'), 'fr');
      assert.equal(await page.textContent('label[for="timeZone"]'), (await words('fr'))['field.timeZone']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the picker switches to Arabic: right to left, errors and summary in Arabic, and back', async () => {
    const ar = await words('ar');
    const server = await serverWith('en');
    const { page, context, problems } = await openIn(server, 'en-GB');
    try {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.fill('#timeZone', 'Europe/Londn');
      await page.selectOption('#language', 'ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
      assert.equal(await page.textContent('label[for="timeZone"]'), ar['field.timeZone']);
      const expected = cal.validateUpdateMe({ timeZone: 'Europe/Londn' }, { locale: 'ar' }).issues[0].message;
      await page.waitForFunction((m) => document.getElementById('timeZone-error').textContent === m, expected);
      assert.equal(await page.textContent('#summary .summary-title'), format(ar['summary.title'], { count: 1 }, 'ar'));
      // The field error paragraph lays out right to left.
      assert.equal(await page.$eval('#timeZone-error', (el) => getComputedStyle(el).direction), 'rtl');

      // The choice sticks for the tab, and English comes back.
      await page.selectOption('#language', 'en');
      await page.waitForFunction(() => document.documentElement.dir === 'ltr');
      const english = cal.validateUpdateMe({ timeZone: 'Europe/Londn' }).issues[0].message;
      await page.waitForFunction((m) => document.getElementById('timeZone-error').textContent === m, english);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the server keeps answering in English, as cal.com does, whatever the page speaks', async () => {
    const server = await serverWith('de');
    const res = await fetch(new URL('/v2/me', server.url), {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json', 'Accept-Language': 'de-DE,de;q=0.9' },
      body: JSON.stringify({ timeFormat: 13 }),
    });
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.deepEqual(body.error.details.errors[0].constraints, { isIn: 'timeFormat must be one of the following values: 12, 24' });
  });
});
