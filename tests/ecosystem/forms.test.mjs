// Form libraries on the installed tarball, in headless Chromium: react-hook-form with
// standardSchemaResolver(UpdateMeSchema), TanStack Form 1.33 with the form-level schema and with
// field-level `UpdateMeSchema.shape.*` validators, and two pages with no library (validateUpdateMe
// before fetch; diffUpdate on an edit form). The apps are built by Vite 8 and type-checked by
// tsc --strict with no cast. Each page is driven as a user would: a mistyped time zone shows
// cal-profile's message next to the field; fixing it and emptying inputs sends exactly the PATCH
// body of the page's empty-input recipe (caught in the browser).

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import * as cal from 'cal-profile';
import { FIXTURES, WORK, chromium, serveStatic, workDir } from './lib.mjs';
import { castsIn, fieldMessage, openForm, tsc } from './typed-lib.mjs';

const fixture = path.join(FIXTURES, 'forms-react');
const PAGES = ['rhf', 'tanstack-form', 'tanstack-field', 'plain', 'diff'];
const badZone = cal.validateUpdateMe({ timeZone: 'Europe/Londn' }).issues[0].message;

test('the form fixtures type-check under --strict, with no cast, `!` or `any`', { timeout: 90_000 }, async () => {
  assert.deepEqual(await castsIn(fixture), []);
  await tsc(fixture);
});

test('the CLEARABLE list of the diffUpdate recipe is exactly the fields where the package takes null', async () => {
  const { shape } = cal.UpdateMeSchema;
  const takesNull = Object.keys(shape).filter((k) => shape[k]['~standard'].validate(null).issues === undefined);
  const recipe = /const CLEARABLE = \[([^\]]*)\]/.exec(await fs.readFile(path.join(fixture, 'diff.ts'), 'utf8'))[1];
  assert.deepEqual(recipe.match(/'[^']+'/g).map((s) => s.slice(1, -1)).sort(), takesNull.sort());
  assert.deepEqual(takesNull.sort(), ['avatarUrl', 'bio', 'defaultScheduleId', 'locale', 'name']);
});

describe('in Chromium', { timeout: 150_000 }, () => {
  let browser;
  let server;
  before(async () => {
    const { build } = await import('vite');
    const outDir = await workDir('forms-react');
    await build({
      root: fixture,
      configFile: false,
      logLevel: 'error',
      cacheDir: path.join(WORK, 'forms-react-vite-cache'),
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: {
          input: Object.fromEntries(PAGES.map((p) => [p, path.join(fixture, `${p}.html`)])),
          // React Form's "use client" directives mean nothing in a client-only bundle.
          onwarn: (w, warn) => w.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(w),
        },
      },
    });
    server = await serveStatic(outDir);
    browser = await chromium();
  }, { timeout: 90_000 });
  after(async () => {
    await browser?.close();
    await server?.close();
  }, { timeout: 15_000 });

  // The edit forms start from the profile (profile.ts: name Alice, Europe/London, a bio and an avatar).
  for (const name of ['rhf', 'tanstack-form', 'tanstack-field', 'diff']) {
    const submitted = name === 'diff' ? 'on submit' : 'as the user types';
    test(`${name}: our message next to the field ${submitted}; the PATCH has only the changes, emptied nullable fields as null`, async () => {
      const { page, errors, sent } = await openForm(browser, `${server.url}/${name}.html`);
      try {
        assert.equal(await page.inputValue('#timeZone'), 'Europe/London', 'filled from the profile');
        const submit = () => page.click('button[type=submit]');
        await page.fill('#timeZone', 'Europe/Londn');
        if (name === 'diff') await submit();
        assert.equal(await fieldMessage(page, 'timeZone', badZone), badZone);
        if (name !== 'diff') await submit(); // blocked: nothing is sent while the zone is wrong
        await page.fill('#timeZone', '');
        if (name === 'diff') await submit(); // "" is "not sent": valid, and nothing changed
        assert.equal(await fieldMessage(page, 'timeZone', ''), '');
        await page.fill('#timeZone', 'america/new_york');
        await page.fill('#avatarUrl', '');
        await page.fill('#bio', '');
        await submit();
        await page.waitForFunction((n) => (window.__sent ?? 0) >= n, name === 'diff' ? 2 : 1, { timeout: 10_000 });
        const bodies = sent.map((s) => s.body);
        const expected = { timeZone: 'America/New_York', avatarUrl: null, bio: null };
        // The diff page sent {} for the submit with the zone emptied (nothing changed); the others
        // sent nothing until then. Nothing was sent while the zone was wrong.
        assert.deepEqual(bodies, name === 'diff' ? [{}, expected] : [expected]);
        assert.equal(sent.at(-1).method, 'PATCH');
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });

    test(`${name}: an emptied time zone is not sent, an emptied name is sent as null`, async () => {
      const { page, errors, sent } = await openForm(browser, `${server.url}/${name}.html`);
      try {
        await page.fill('#timeZone', '');
        await page.fill('#name', '');
        await page.click('button[type=submit]');
        await page.waitForFunction(() => window.__sent === 1, null, { timeout: 10_000 });
        assert.deepEqual(sent.map((s) => s.body), [{ name: null }]);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('plain (a form of new values, no library): "" is left out, validateUpdateMe judges before fetch', async () => {
    const { page, errors, sent } = await openForm(browser, `${server.url}/plain.html`);
    try {
      await page.fill('#timeZone', 'Europe/Londn');
      await page.click('button[type=submit]');
      assert.equal(await fieldMessage(page, 'timeZone', badZone), badZone);
      await page.fill('#timeZone', 'america/new_york');
      await page.click('button[type=submit]');
      await page.waitForFunction(() => window.__sent === 1, null, { timeout: 10_000 });
      assert.equal(await fieldMessage(page, 'timeZone', ''), '');
      // The untouched inputs (email, name, avatarUrl, bio, timeFormat, defaultScheduleId: all "") were not sent.
      assert.deepEqual(sent.map((s) => s.body), [{ timeZone: 'America/New_York' }]);
      // Numeric fields: the select's "12" and the input's "7" are sent as numbers; "7x" is the
      // package's issue about the number it became, shown by the field, and nothing is sent.
      await page.selectOption('#timeFormat', '12');
      await page.fill('#defaultScheduleId', '7x');
      await page.click('button[type=submit]');
      const nan = cal.validateUpdateMe({ defaultScheduleId: Number('7x') }).issues[0].message;
      assert.equal(await fieldMessage(page, 'defaultScheduleId', nan), nan);
      await page.fill('#defaultScheduleId', '7');
      await page.click('button[type=submit]');
      await page.waitForFunction(() => window.__sent === 2, null, { timeout: 10_000 });
      assert.deepEqual(sent.at(-1).body, { timeZone: 'America/New_York', timeFormat: 12, defaultScheduleId: 7 });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
