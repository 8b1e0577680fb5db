// The demo page end to end, in headless Chromium driven by playwright-core, against the real
// reference server. Screenshots go to test-output/demo/; with CAL_PROFILE_DOCS_SCREENSHOT=1 the
// README screenshot docs/demo.png is regenerated too.
// Run: node --test tests/demo/e2e.test.mjs   (needs the built package in pkg/ and /usr/bin/chromium)

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { API_KEY, OUTPUT_DIR, ROOT, startServer, tempDir } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];
const VIEWPORT = { width: 1280, height: 900 };

let context;
let profileDir;
const servers = [];

before(async () => {
  await fs.mkdir(OUTPUT_DIR, { recursive: true });
  profileDir = await tempDir('chromium');
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: VIEWPORT,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  // Nothing may leave the machine: every request outside the local servers fails.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
});

after(async () => {
  await context?.close();
  await Promise.all(servers.map(async ({ server, dir }) => {
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }));
  if (profileDir) await fs.rm(profileDir, { recursive: true, force: true });
});

/** A fresh server (its own store) and a new tab, recording every /v2/me request and any page error. */
async function openDemo() {
  const dir = await tempDir('e2e');
  const data = path.join(dir, 'profile.json');
  const server = await startServer(['--data', data]);
  servers.push({ server, dir });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/v2/me') {
      requests.push({ method: req.method(), body: req.postData(), headers: req.headers() });
    }
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  await page.goto(server.url);
  // The controls are enabled once the package has loaded.
  await page.waitForSelector('#apiKey:not([disabled])');
  const patches = () => requests.filter((r) => r.method === 'PATCH');
  return { page, server, data, requests, patches, problems };
}

async function load(page) {
  await page.getByLabel('API key', { exact: true }).fill(API_KEY);
  await page.getByRole('button', { name: 'Load profile' }).click();
  await page.waitForSelector('#profile-fields:not([disabled])');
}

async function shot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}

async function saveAndWait(page) {
  const response = page.waitForResponse((r) => new URL(r.url()).pathname === '/v2/me' && r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  return response;
}

/** The text of the elements an element's aria-describedby points at. */
async function description(locator) {
  return locator.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
}

describe('demo page', () => {
  test('every PATCH field has a visible label with its exact name; the summary is an alert', async () => {
    const { page, problems } = await openDemo();
    await load(page);
    for (const name of ['Name', 'Email', 'Time zone', 'Locale', 'Week start', 'Time format', 'Default schedule ID',
      'Avatar URL', 'Bio', 'Metadata', 'API key']) {
      const label = page.locator('label', { hasText: new RegExp(`^${name}$`) });
      assert.equal(await label.count(), 1, name);
      assert.ok(await label.isVisible(), `${name} label visible`);
      assert.equal(await page.getByLabel(name, { exact: true }).count(), 1, `${name} labels one control`);
    }
    assert.equal(await page.locator('#summary').getAttribute('role'), 'alert');
    const locales = await page.locator('#locale option:not([value=""])').allTextContents();
    assert.equal(locales.length, 43);
    assert.ok(locales.includes('de — Deutsch'), locales.join());
    assert.ok(locales.some((l) => l.startsWith('pt-BR — Português')), locales.join());
    assert.ok(locales.includes('ja — 日本語'), locales.join());
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('warnings appear beside their field without blocking Save', async () => {
    const { page, patches, problems } = await openDemo();
    await load(page);
    const tz = page.getByLabel('Time zone', { exact: true });
    await tz.fill('US/Eastern');
    await tz.press('Escape');
    const warning = page.locator('#timeZone-warning');
    assert.match(await warning.textContent(), /America\/New_York/);
    assert.ok((await description(tz)).includes(await warning.textContent()));
    assert.equal((await page.locator('#timeZone-error').textContent()).trim(), '');
    assert.match(await page.locator('#timeZone-local').textContent(), /America\/New_York/);
    await page.getByLabel('Default schedule ID', { exact: true }).fill('');
    assert.match(await page.locator('#defaultScheduleId-warning').textContent(), /\S/);
    const response = await saveAndWait(page);
    assert.equal(response.status(), 200);
    assert.deepEqual(JSON.parse(patches()[0].body), { timeZone: 'US/Eastern', defaultScheduleId: null });
    // Stored the way cal.com stores it (CapitalizeTimeZone), and shown so after the save.
    assert.equal(await tz.inputValue(), 'Us/Eastern');
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('invalid time zone blocks Save; the lower-case fix sends one canonical PATCH; a reload shows it', async () => {
    const { page, patches, requests, problems } = await openDemo();
    await load(page);
    await shot(page, '01-loaded');
    assert.equal(await page.getByLabel('Time zone', { exact: true }).inputValue(), 'Europe/London');
    assert.match(await page.locator('#timeZone-local').textContent(), /Local time in Europe\/London/);

    const tz = page.getByLabel('Time zone', { exact: true });
    await tz.fill('Europe/Londn');
    const error = page.locator('#timeZone-error');
    assert.ok(await error.isVisible());
    assert.notEqual((await error.textContent()).trim(), '');
    assert.equal(await tz.getAttribute('aria-invalid'), 'true');
    assert.ok((await description(tz)).includes(await error.textContent()));
    assert.match(await page.locator('#summary').textContent(), /Time zone/);
    await page.getByRole('button', { name: 'Europe/London', exact: true }).waitFor();
    await tz.press('Escape');
    await shot(page, '02-invalid-time-zone');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(300);
    assert.equal(patches().length, 0, 'nothing is sent while strict validation fails');
    assert.match(await page.locator('#save-status').textContent(), /Nothing was sent/);

    await tz.fill('america/new_york');
    await tz.press('Escape');
    assert.equal((await error.textContent()).trim(), '');
    assert.equal(await tz.getAttribute('aria-invalid'), null);
    assert.match(await page.locator('#preview').textContent(), /"timeZone": "America\/New_York"/);
    const response = await saveAndWait(page);
    assert.equal(response.status(), 200);
    assert.equal(patches().length, 1);
    assert.deepEqual(JSON.parse(patches()[0].body), { timeZone: 'America/New_York' });
    assert.equal(patches()[0].headers['cal-api-version'], '2024-08-13');
    assert.equal(patches()[0].headers.authorization, `Bearer ${API_KEY}`);
    await page.locator('#response-status', { hasText: '200' }).waitFor();
    assert.match(await page.locator('#save-status').textContent(), /Saved/);
    await shot(page, '03-saved');

    // The key lives in this tab's sessionStorage only: a reload loads the profile again by itself.
    const storage = await page.evaluate(() => ({
      session: Object.values(sessionStorage), local: localStorage.length, url: location.href,
    }));
    assert.deepEqual(storage.session, [API_KEY]);
    assert.equal(storage.local, 0);
    assert.ok(!storage.url.includes(API_KEY));
    const getsBefore = requests.filter((r) => r.method === 'GET').length;
    await page.reload();
    await page.waitForSelector('#profile-fields:not([disabled])');
    assert.equal(requests.filter((r) => r.method === 'GET').length, getsBefore + 1);
    assert.equal(await page.getByLabel('Time zone', { exact: true }).inputValue(), 'America/New_York');
    assert.equal(patches().length, 1);
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('metadata: live UTF-16 counters against 50 keys, 40 and 500; nothing sent over a limit', async () => {
    const { page, patches, data, problems } = await openDemo();
    await load(page);
    const add = page.getByRole('button', { name: 'Add entry' });
    await add.click();
    const key1 = page.getByLabel('Metadata key 1');
    const value1 = page.getByLabel('Metadata value 1');
    assert.ok(await key1.evaluate((el) => el === document.activeElement), 'Add entry focuses the new key');

    await key1.fill('k'.repeat(41));
    const row1 = page.locator('.metadata-row').first();
    assert.equal(await row1.locator('.counter').first().textContent(), '41 / 40');
    assert.ok(await row1.locator('.counter.over').first().isVisible());
    assert.notEqual((await row1.locator('.error').textContent()).trim(), '');
    assert.ok((await description(key1)).includes('41 / 40'));
    await key1.fill('k'.repeat(40));
    assert.equal((await row1.locator('.error').textContent()).trim(), '');

    await value1.fill('v'.repeat(501));
    assert.match(await row1.locator('.error').textContent(), /\S/);
    assert.equal(await row1.locator('.metadata-value-cell .counter').textContent(), '501 / 500');
    await value1.fill('😀'.repeat(250));
    assert.equal(await row1.locator('.metadata-value-cell .counter').textContent(), '500 / 500');
    assert.equal((await row1.locator('.error').textContent()).trim(), '');
    await value1.fill('😀'.repeat(251));
    assert.equal(await row1.locator('.metadata-value-cell .counter').textContent(), '502 / 500');
    assert.match(await row1.locator('.error').textContent(), /\S/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(200);
    assert.equal(patches().length, 0);
    await value1.fill('😀'.repeat(250));

    // A key of 20 emoji is 40 UTF-16 units: fine; 21 is 42: too long.
    await key1.fill('😀'.repeat(21));
    assert.equal(await row1.locator('.counter').first().textContent(), '42 / 40');
    assert.match(await row1.locator('.error').textContent(), /\S/);
    await key1.fill('😀'.repeat(20));
    assert.equal((await row1.locator('.error').textContent()).trim(), '');

    // Rows 2–51 through the same DOM events a user's clicks and typing fire, in one round trip
    // (150 Playwright actions would take most of this test's time; row 1 was typed for real above).
    await page.evaluate(() => {
      for (let i = 2; i <= 51; i++) {
        document.getElementById('metadata-add').click();
        const row = document.querySelectorAll('.metadata-row')[i - 1];
        for (const [selector, value] of [['.metadata-key', `key${i}`], ['.metadata-value', `value ${i}`]]) {
          const input = row.querySelector(selector);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
    });
    assert.match(await page.locator('#metadata-count').textContent(), /^51 \/ 50 keys/);
    assert.ok(await page.locator('#metadata-count.over').isVisible());
    assert.match(await page.locator('#metadata-error').textContent(), /\S/);
    assert.match(await page.locator('#summary').textContent(), /Metadata/);
    await shot(page, '04-metadata-over-limit');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(200);
    assert.equal(patches().length, 0, 'nothing is sent with 51 keys');

    // A duplicate key would silently lose a value: flagged on the row.
    await page.getByLabel('Metadata key 51', { exact: true }).fill('key2');
    assert.match(await page.locator('.metadata-row').nth(50).locator('.error').textContent(), /Duplicate/);
    // A key JavaScript would turn into a prototype change: the package's error, on its row.
    await page.getByLabel('Metadata key 51', { exact: true }).fill('__proto__');
    assert.match(await page.locator('.metadata-row').nth(50).locator('.error').textContent(), /__proto__/);
    await page.getByRole('button', { name: 'Remove metadata entry 51' }).click();
    assert.match(await page.locator('#metadata-count').textContent(), /^50 \/ 50 keys/);
    assert.equal((await page.locator('#metadata-error').textContent()).trim(), '');

    // Numbers and booleans keep their type.
    await page.getByLabel('Metadata type 2', { exact: true }).selectOption('number');
    await page.getByLabel('Metadata value 2', { exact: true }).fill('42.5');
    await page.getByLabel('Metadata type 3', { exact: true }).selectOption('boolean');
    await page.getByLabel('Metadata value 3', { exact: true }).selectOption('false');

    const response = await saveAndWait(page);
    assert.equal(response.status(), 200);
    assert.equal(patches().length, 1);
    const sent = JSON.parse(patches()[0].body).metadata;
    assert.equal(Object.keys(sent).length, 50);
    assert.equal(sent['😀'.repeat(20)], '😀'.repeat(250));
    assert.equal(sent.key2, 42.5);
    assert.equal(sent.key3, false);
    const stored = JSON.parse(await fs.readFile(data, 'utf8')).user.metadata;
    assert.deepEqual(stored, sent);
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('keyboard only: load, pick a time zone from the list, edit, add metadata, save', async () => {
    const { page, patches, problems } = await openDemo();
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const noOutline = [];
    /** Presses Tab until `done()` holds, checking that every stop shows a focus indicator. */
    async function tabUntil(done, what) {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return { id: el.id, label: el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 30), tag: el.tagName,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
        });
        // BODY: focus went past the last control to the browser; the next Tab comes back to the page.
        if (!info.outline && info.tag !== 'BODY') noOutline.push(info);
        if (await done(info)) return info;
      }
      throw new Error(`Tab never reached ${what}`);
    }

    await tabUntil((f) => f.id === 'apiKey', 'API key');
    await page.keyboard.type(API_KEY);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#profile-fields:not([disabled])');

    await tabUntil((f) => f.id === 'name', 'Name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Keyboard User');

    await tabUntil((f) => f.id === 'timeZone', 'Time zone');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('pari');
    const list = page.locator('#timeZone-list');
    assert.ok(await list.isVisible());
    assert.equal(await page.getByLabel('Time zone', { exact: true }).getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    const active = await page.getByLabel('Time zone', { exact: true }).getAttribute('aria-activedescendant');
    assert.equal(await page.locator(`#${active}`).getAttribute('data-zone'), 'Europe/Paris');
    await page.keyboard.press('Enter');
    assert.equal(await page.getByLabel('Time zone', { exact: true }).inputValue(), 'Europe/Paris');
    assert.ok(await list.isHidden());
    assert.equal(patches().length, 0, 'Enter in the list picks a zone, it does not submit');
    assert.equal(await focusedId(), 'timeZone');

    // Escape closes the list without changing the value.
    await page.keyboard.type('x');
    assert.ok(await page.getByLabel('Time zone', { exact: true }).getAttribute('aria-invalid'));
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    assert.ok(await list.isHidden());

    await tabUntil((f) => f.id === 'metadata-add', 'Add entry');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Metadata key 1');
    await page.keyboard.type('plan');
    await tabUntil((f) => f.label === 'Metadata value 1', 'Metadata value 1');
    await page.keyboard.type('pro');
    await shot(page, '05-keyboard');

    await tabUntil((f) => f.id === 'save', 'Save');
    const response = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await page.keyboard.press('Enter');
    assert.equal((await response).status(), 200);
    assert.equal(patches().length, 1);
    assert.deepEqual(JSON.parse(patches()[0].body), { name: 'Keyboard User', timeZone: 'Europe/Paris', metadata: { plan: 'pro' } });

    // With an error, Save (by keyboard) sends nothing and moves focus to the field at fault.
    await page.focus('#email');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('not-an-email');
    await tabUntil((f) => f.id === 'save', 'Save');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    assert.equal(patches().length, 1);
    assert.equal(await focusedId(), 'email');
    // The summary's entry leads to its field too.
    await page.locator('#summary a').first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(), 'email');

    assert.deepEqual(noOutline, [], 'every Tab stop shows a focus indicator');
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('user text is rendered as text; the avatar preview loads only https: URLs', async () => {
    const { page, patches, problems } = await openDemo();
    const avatarRequests = [];
    await page.route('https://avatars.example.com/**', (route) => {
      avatarRequests.push(route.request().url());
      // A 1×1 PNG.
      route.fulfill({ contentType: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64') });
    });
    await page.route('http://avatars.example.com/**', (route) => {
      avatarRequests.push(route.request().url());
      route.abort();
    });
    await load(page);
    const hostile = '<img src=x onerror=window.__xss=1>';
    await page.getByLabel('Name', { exact: true }).fill(hostile);
    await page.getByLabel('Bio', { exact: true }).fill('<script>window.__xss=2</script><b>bold?</b>');
    await page.getByLabel('Avatar URL', { exact: true }).fill('http://avatars.example.com/a.png');
    await page.waitForTimeout(200);
    assert.ok(await page.locator('#avatar-preview').isHidden(), 'no preview for http:');
    await page.getByLabel('Avatar URL', { exact: true }).fill('javascript:alert(1)');
    assert.match(await page.locator('#avatarUrl-error').textContent(), /\S/);
    assert.ok(await page.locator('#avatar-preview').isHidden());
    await page.getByLabel('Avatar URL', { exact: true }).fill('https://avatars.example.com/a.png');
    await page.locator('#avatar-preview:not([hidden])').waitFor();
    assert.deepEqual(avatarRequests, ['https://avatars.example.com/a.png']);

    const response = await saveAndWait(page);
    assert.equal(response.status(), 200);
    assert.equal(JSON.parse(patches()[0].body).name, hostile);
    await page.locator('#response-status', { hasText: '200' }).waitFor();
    assert.ok((await page.locator('#response').textContent()).includes(hostile));
    assert.ok((await page.locator('#preview').textContent()) !== null);
    assert.equal(await page.locator('#response img, #response script, #response b, #summary img').count(), 0);
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), hostile);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await shot(page, '06-text-not-html');
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('cal.com\'s errors are shown readably: 401 on load, a 400 body, the email-verification rule', async () => {
    const { page, problems } = await openDemo();
    await page.getByLabel('API key', { exact: true }).fill('cal_test_0000000000000000wrong');
    await page.getByRole('button', { name: 'Load profile' }).click();
    await page.locator('#response-status', { hasText: '401' }).waitFor();
    assert.match(await page.locator('#response').textContent(), /UnauthorizedException/);
    assert.match(await page.locator('#load-status').textContent(), /401/);
    assert.equal(await page.locator('#profile-fields').evaluate((el) => el.disabled), true);

    await load(page);
    // The email-verification rule: 200, but the old address stays until the new one is verified.
    await page.getByLabel('Email', { exact: true }).fill('New.Me@Example.com');
    let response = await saveAndWait(page);
    assert.equal(response.status(), 200);
    await page.locator('#response', { hasText: 'verified' }).waitFor();
    assert.match(await page.locator('#response').textContent(), /keeps dev@example\.com until New\.Me@Example\.com is verified/);
    assert.equal(await page.getByLabel('Email', { exact: true }).inputValue(), 'dev@example.com');

    // cal.com's 400 body (here injected, as the page never sends an invalid body itself).
    await page.route('**/v2/me', (route) => {
      if (route.request().method() !== 'PATCH') return route.fallback();
      return route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          status: 'error', timestamp: new Date().toISOString(), path: '/v2/me',
          error: { code: 'BadRequestException', message: 'Bad Request Exception', details: { errors: [
            { property: 'timeFormat', value: 13, children: [], constraints: { isIn: 'timeFormat must be one of the following values: 12, 24' } },
          ] } },
        }),
      });
    });
    await page.getByLabel('Bio', { exact: true }).fill('changed');
    response = await saveAndWait(page);
    assert.equal(response.status(), 400);
    await page.locator('#response-status', { hasText: '400' }).waitFor();
    const text = await page.locator('#response .response-errors').textContent();
    assert.match(text, /timeFormat: timeFormat must be one of the following values: 12, 24/);
    assert.match(await page.locator('#save-status').textContent(), /refused/);
    await shot(page, '07-error-400');
    await page.close();
    assert.deepEqual(problems.filter((p) => !/status of 40[01]/.test(p)), []);
  });

  test('README screenshot', async () => {
    const { page, problems } = await openDemo();
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page);
    await page.getByLabel('Time zone', { exact: true }).fill('america/new_york');
    await page.getByLabel('Time zone', { exact: true }).press('Escape');
    await saveAndWait(page);
    await page.locator('#response-status', { hasText: '200' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('Bio', { exact: true }).fill('Analyst of engines.');
    await page.getByLabel('Time zone', { exact: true }).fill('Europe/Pariss');
    await page.getByLabel('Time zone', { exact: true }).press('Escape');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page.getByLabel('Metadata key 1', { exact: true }).fill('plan');
    await page.getByLabel('Metadata value 1', { exact: true }).fill('pro');
    await page.getByLabel('Metadata value 1', { exact: true }).blur();
    const file = path.join(OUTPUT_DIR, 'demo.png');
    await shot(page, 'demo');
    if (process.env.CAL_PROFILE_DOCS_SCREENSHOT === '1') {
      await fs.mkdir(path.join(ROOT, 'docs'), { recursive: true });
      await fs.copyFile(file, path.join(ROOT, 'docs', 'demo.png'));
    }
    await page.close();
    assert.deepEqual(problems, []);
  });
});

describe('demo page: the API of today (issue 14)', () => {
  test('the locale is filled in from GET /v2/me, and a change of it is sent and shown', async () => {
    const { page, patches, problems } = await openDemo();
    await load(page);
    const locale = page.getByLabel('Locale', { exact: true });
    // The seeded profile's locale, as GET /v2/me returns it.
    assert.equal(await locale.inputValue(), 'en');
    assert.match(await page.locator('#preview-status').textContent(), /No changes/);
    await locale.selectOption('pt-BR');
    assert.match(await page.locator('#preview').textContent(), /"locale": "pt-BR"/);
    const response = await saveAndWait(page);
    assert.equal(response.status(), 200);
    assert.deepEqual(JSON.parse(patches()[0].body), { locale: 'pt-BR' });
    assert.equal(await locale.inputValue(), 'pt-BR');
    // Returned by /v2/me now: no "stored but not returned" note for it.
    assert.doesNotMatch(await page.locator('#response').textContent(), /not returned by \/v2\/me: locale/);
    await page.close();
    assert.deepEqual(problems, []);
  });

  test('booking limits: loaded, checked live, nothing sent while invalid, only changed limits saved', async () => {
    const { page, data, problems } = await openDemo();
    const limitRequests = [];
    page.on('request', (req) => {
      if (new URL(req.url()).pathname === '/v2/me/booking-limits') limitRequests.push({ method: req.method(), body: req.postData() });
    });
    await load(page);
    await page.waitForSelector('#limits-fields:not([disabled])');
    assert.match(await page.locator('#limits-load-status').textContent(), /Loaded your booking limits/);
    const perDay = page.getByLabel('Per day', { exact: true });
    const perWeek = page.getByLabel('Per week', { exact: true });
    assert.equal(await perDay.inputValue(), '');

    for (const [typed, pattern] of [['0', /at least 1/], ['1.5', /whole number/], ['three', /number/], ['2147483648', /at most 2,147,483,647/]]) {
      await perDay.fill(typed);
      assert.match(await page.locator('#limits-perDay-error').textContent(), pattern, typed);
      assert.equal(await perDay.getAttribute('aria-invalid'), 'true');
      assert.ok((await description(perDay)).includes(await page.locator('#limits-perDay-error').textContent()));
    }
    await page.getByRole('button', { name: 'Save limits' }).click();
    await page.waitForTimeout(300);
    assert.equal(limitRequests.filter((r) => r.method === 'PATCH').length, 0, 'nothing is sent while a limit is invalid');
    assert.match(await page.locator('#limits-save-status').textContent(), /Nothing was sent/);

    await perDay.fill('3');
    await perWeek.fill('10');
    assert.equal((await page.locator('#limits-perDay-error').textContent()).trim(), '');
    assert.equal(await perDay.getAttribute('aria-invalid'), null);
    assert.match(await page.locator('#limits-preview').textContent(), /PATCH \/v2\/me\/booking-limits/);
    const saved = page.waitForResponse((r) => new URL(r.url()).pathname === '/v2/me/booking-limits' && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save limits' }).click();
    assert.equal((await saved).status(), 200);
    await page.locator('#limits-save-status', { hasText: 'Saved' }).waitFor();
    const patch = limitRequests.find((r) => r.method === 'PATCH');
    assert.deepEqual(JSON.parse(patch.body), { perDay: 3, perWeek: 10 });
    const store = JSON.parse(await fs.readFile(data, 'utf8'));
    assert.deepEqual(store.bookingLimits, { perDay: 3, perWeek: 10, perMonth: null, perYear: null });
    await shot(page, '10-booking-limits');

    // Emptying a limit removes it (null); a reload shows what was stored.
    await perWeek.fill('');
    assert.match(await page.locator('#limits-preview').textContent(), /"perWeek": null/);
    await page.reload();
    await page.waitForSelector('#limits-fields:not([disabled])');
    assert.equal(await perDay.inputValue(), '3');
    assert.equal(await perWeek.inputValue(), '10');
    await page.close();
    assert.deepEqual(problems, []);
  });
});
