// Headless Chromium (the system's /usr/bin/chromium) driven by playwright-core. `launch()` gives
// the browser a fresh temporary user-data-dir; every sample then runs in its own new browser
// context (separate renderer, no shared HTTP cache, code cache or JIT state).
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function openBrowser({ benchDir, pkgDir }) {
  const { server, origin } = await startStaticServer({ benchDir, pkgDir });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  } catch (e) {
    server.close();
    throw e;
  }
  /** Runs window[fn](arg) in a fresh context on the runner page. */
  const call = async (fn, arg, timeoutMs = 120000) => {
    const ctx = await browser.newContext();
    let timer;
    try {
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${origin}/browser/runner.html`);
      await page.waitForFunction(() => window.ready === true, null, { timeout: 30000 }).catch(() => {
        throw new Error(`runner did not start: ${errors.join('; ') || 'timeout'}`);
      });
      return await Promise.race([
        page.evaluate(([f, a]) => window[f](a), [fn, arg]),
        new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${fn} timed out`)), timeoutMs); }),
      ]);
    } finally {
      clearTimeout(timer);
      await ctx.close().catch(() => {});
    }
  };
  return {
    version: browser.version(),
    origin,
    call,
    async close() {
      await browser.close().catch(() => {});
      server.close();
    },
  };
}
