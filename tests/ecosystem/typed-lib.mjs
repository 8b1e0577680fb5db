// Helpers of the typed-consumer tests (typed.test.mjs, servers.test.mjs, forms.test.mjs): tsc on a
// fixture, a scan proving a fixture holds no cast, and a browser page whose PATCH requests are caught.

import fs from 'node:fs/promises';
import path from 'node:path';

import { BIN, ECO, sh } from './lib.mjs';

/** Runs tsc on a fixture's tsconfig (extra args appended); rejects with tsc's diagnostics. */
export const tsc = (fixtureDir, args = [], timeout = 90_000) =>
  sh(path.join(BIN, 'tsc'), ['-p', fixtureDir, '--pretty', 'false', ...args], { cwd: ECO, timeout });

/**
 * Every `as` / `<T>x` assertion, `!` non-null assertion and `any` in a fixture's .ts/.tsx files, found
 * with the TypeScript parser (comments and strings don't count): `file:line: kind` strings.
 */
export async function castsIn(dir) {
  const { default: ts } = await import('typescript');
  const found = [];
  for (const name of (await fs.readdir(dir)).filter((f) => /\.tsx?$/.test(f))) {
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node) => {
      const kind =
        ts.isAsExpression(node) ? 'as' : ts.isTypeAssertionExpression(node) ? '<T>' : ts.isNonNullExpression(node) ? '!' : node.kind === ts.SyntaxKind.AnyKeyword ? 'any' : null;
      if (kind) found.push(`${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${kind}`);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/**
 * Opens `url` in a new page; PATCH /v2/me requests are answered 200 by the test and their JSON bodies
 * collected in `sent`. `errors` gathers page errors and console errors.
 */
export async function openForm(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  const sent = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route('**/v2/me', async (route) => {
    const req = route.request();
    sent.push({ method: req.method(), contentType: req.headers()['content-type'], body: req.postDataJSON() });
    await route.fulfill({ status: 200, contentType: 'application/json', body: '{"status":"success"}' });
  });
  await page.goto(url);
  await page.waitForSelector('form button[type=submit]', { timeout: 15_000 });
  return { page, errors, sent };
}

/** The text shown next to a field (`<p data-error-for=…>`), once it equals `expected` (or at the timeout). */
export async function fieldMessage(page, field, expected, timeout = 5_000) {
  const text = () => page.locator(`[data-error-for="${field}"]`).textContent();
  await page
    .waitForFunction(([f, e]) => document.querySelector(`[data-error-for="${f}"]`)?.textContent === e, [field, expected], { timeout })
    .catch(() => {});
  return text();
}
