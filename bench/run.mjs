// cal-profile's side-by-side benchmark. See README.md.
//
//   node run.mjs [--quick] [--node-only] [--no-server] [--no-profile] [--scenarios a,b]
//                [--contenders zod,valibot] [--processes N] [--warmup MS] [--budget MS]
//                [--browser-processes N] [--out NAME]
//
// Full run: results/latest.{md,json}. --quick: a few-second smoke run (Node only, one process per
// contender, tiny budgets) written to results/quick.{md,json}.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { BENCH_DIR, PKG_DIR, prepare, sizes, pkgAvailable } from './lib/build.mjs';
import { CONTENDERS, SIZE_CONTENDERS, nodeOnly } from './lib/contenders.mjs';
import { SCENARIOS } from './lib/scenarios.mjs';
import { formatConformance } from './conformance.mjs';
import { summarise, renderMarkdown, renderConsole } from './lib/report.mjs';

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(`--${n}`);
const opt = (n, d) => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : d;
};
const quick = flag('quick');
const cfg = {
  quick,
  processes: Number(opt('processes', quick ? 1 : 4)),
  profileProcesses: Number(opt('profile-processes', quick ? 1 : 2)),
  warmupMs: Number(opt('warmup', quick ? 10 : 200)),
  budgetMs: Number(opt('budget', quick ? 25 : 350)),
  coldProcesses: Number(opt('cold-processes', quick ? 1 : 7)),
  browser: quick ? flag('browser') : !flag('node-only'),
  browserProcesses: Number(opt('browser-processes', quick ? 1 : 3)),
  browserWarmupMs: Number(opt('browser-warmup', quick ? 20 : 200)),
  browserBudgetMs: Number(opt('browser-budget', quick ? 40 : 250)),
  browserColdProcesses: Number(opt('browser-cold-processes', quick ? 1 : 5)),
  server: quick ? flag('server') : !flag('no-server'),
  serverRuns: Number(opt('server-runs', quick ? 1 : 5)),
  serverDurationS: Number(opt('server-duration', quick ? 1 : 2)),
  profile: !quick && !flag('no-profile'),
  out: opt('out', quick ? 'quick' : 'latest'),
};
const onlyScenarios = opt('scenarios') ? opt('scenarios').split(',') : null;
const onlyContenders = opt('contenders') ? ['ours', ...opt('contenders').split(',')] : null;
const log = (...a) => console.error(...a);
const started = Date.now();

function pkgVersion(name) {
  try {
    return JSON.parse(readFileSync(join(BENCH_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Fingerprint of the package's wasm: a rebuild during the run would mix two builds' figures. */
function pkgFingerprint() {
  try {
    const h = createHash('sha256');
    for (const f of readdirSync(PKG_DIR).filter((x) => /\.(wasm|js)$/.test(x)).sort()) h.update(f).update(readFileSync(join(PKG_DIR, f)));
    return h.digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

function machine() {
  const git = (args) => spawnSync('git', args, { cwd: join(BENCH_DIR, '..'), encoding: 'utf8' }).stdout?.trim() || null;
  let ours = null;
  try {
    ours = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8')).version;
  } catch { /* not built */ }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    icu: process.versions.icu,
    tz: process.versions.tz,
    loadavgStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: Boolean(git(['status', '--porcelain', '--', 'src', 'js', 'pkg', 'Cargo.toml'])),
    versions: {
      'cal-profile': ours,
      zod: pkgVersion('zod'),
      valibot: pkgVersion('valibot'),
      ajv: pkgVersion('ajv'),
      'ajv-formats': pkgVersion('ajv-formats'),
      'class-validator': pkgVersion('class-validator'),
      'class-transformer': pkgVersion('class-transformer'),
      esbuild: pkgVersion('esbuild'),
      autocannon: pkgVersion('autocannon'),
      'playwright-core': pkgVersion('playwright-core'),
    },
  };
}

function runWorker(args) {
  const r = spawnSync(process.execPath, [join(BENCH_DIR, 'worker.mjs'), ...args], {
    encoding: 'utf8',
    env: process.env,
    timeout: 120000,
    maxBuffer: 16 << 20,
  });
  const line = (r.stdout || '').trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return { error: `worker failed (${r.status ?? r.signal}): ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}` };
  }
}

function wanted(name, id) {
  const c = CONTENDERS[name];
  if (onlyContenders && !onlyContenders.includes(name) && !(c.profile && onlyContenders.includes('ours'))) return false;
  if (c.profile && !cfg.profile) return false;
  if (onlyScenarios && !onlyScenarios.includes(id) && !onlyScenarios.includes(id.split(':')[0])) {
    // profile slices of (e:x) and (d:x) follow their base scenario
    if (!(id.startsWith('e:') && onlyScenarios.includes('e')) && !(id.startsWith('d:') && onlyScenarios.includes('d'))) return false;
  }
  return true;
}

async function main() {
  mkdirSync(join(BENCH_DIR, 'results'), { recursive: true });
  const result = { startedAt: new Date().toISOString(), config: cfg, machine: machine() };
  // The machine is shared: sample the 1-minute load average every 10 s for the record.
  const loadSamples = [];
  const loadTimer = setInterval(() => loadSamples.push(Math.round(os.loadavg()[0] * 100) / 100), 10000);
  loadTimer.unref();
  log(`cal-profile bench (${quick ? 'quick smoke run' : 'full run'}) on ${result.machine.cpu} × ${result.machine.cores}, Node ${process.version}`);

  // 1. Build: ajv standalone code, browser bundles.
  const bundles = await prepare();
  const havePkg = pkgAvailable();
  result.pkg = { dir: PKG_DIR, available: havePkg, fingerprintStart: pkgFingerprint() };
  if (!havePkg) log(`!! cal-profile package not found in ${PKG_DIR} (run \`make pkg\`): cal-profile is skipped, peers only.`);

  // 2. Conformance, in a fresh process, before any timing.
  const names = Object.keys(CONTENDERS).filter((n) => !onlyContenders || onlyContenders.includes(n) || (CONTENDERS[n].profile && onlyContenders.includes('ours')));
  const confRun = spawnSync(process.execPath, [join(BENCH_DIR, 'conformance.mjs'), '--json', '--contenders', names.join(',')], { encoding: 'utf8', env: process.env, maxBuffer: 16 << 20 });
  const conformance = JSON.parse(confRun.stdout.trim().split('\n').pop());
  result.conformance = { node: conformance };
  log(`Conformance (Node):\n${formatConformance(conformance)}`);

  // 3. Node throughput: every (contender, scenario) cell, `processes` fresh processes each,
  //    interleaved round-robin.
  const cells = [];
  for (const name of names) {
    const c = CONTENDERS[name];
    if (!conformance[name]?.available) continue;
    for (const id of c.scenarios) {
      if (!wanted(name, id)) continue;
      if (!conformance[name].scenarios[id]?.ok) continue;
      cells.push([name, id]);
    }
  }
  const node = {};
  const record = (bucket, name, id, s) => {
    bucket[id] ??= {};
    bucket[id][name] ??= { samples: [], errors: [] };
    if (s.error) bucket[id][name].errors.push(s.error);
    else bucket[id][name].samples.push(s);
  };
  if (quick) {
    // One process per contender running all its scenarios (smoke run: plumbing, not precision).
    const byName = {};
    for (const [n, id] of cells) (byName[n] ??= []).push(id);
    for (const [n, ids] of Object.entries(byName)) {
      const r = runWorker(['time', n, ids.join(','), String(cfg.warmupMs), String(cfg.budgetMs)]);
      for (const id of ids) record(node, n, id, r.error ? { error: r.error } : r.samples[id]);
    }
  } else {
    const rounds = Math.max(cfg.processes, cfg.profileProcesses);
    const total = cells.reduce((n, [name]) => n + (CONTENDERS[name].profile ? cfg.profileProcesses : cfg.processes), 0);
    let done = 0;
    for (let round = 0; round < rounds; round++) {
      const k = (round * 7) % cells.length;
      const order = [...cells.slice(k), ...cells.slice(0, k)]
        .filter(([name]) => round < (CONTENDERS[name].profile ? cfg.profileProcesses : cfg.processes));
      for (const [n, id] of order) {
        const r = runWorker(['time', n, id, String(cfg.warmupMs), String(cfg.budgetMs)]);
        record(node, n, id, r.error ? { error: r.error } : r.samples[id]);
        done++;
        if (done % 10 === 0 || done === total) log(`  node samples ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
  }
  result.node = node;

  // 4. Cold start in Node: import + first validation of (a), fresh process each.
  const coldNames = ['ours', ...SIZE_CONTENDERS].filter((n) => conformance[n]?.available && (!onlyContenders || onlyContenders.includes(n)));
  const cold = {};
  for (let round = 0; round < cfg.coldProcesses; round++) {
    for (const n of coldNames) {
      const r = runWorker(['cold', n]);
      cold[n] ??= { samples: [], errors: [] };
      if (r.error) cold[n].errors.push(r.error);
      else cold[n].samples.push(r);
    }
  }
  result.coldNode = cold;
  log(`  node cold start: ${coldNames.length} contenders × ${cfg.coldProcesses}`);

  // 5. Sizes.
  result.sizes = await sizes(bundles);

  // 6. Chromium.
  if (cfg.browser) {
    try {
      const { openBrowser } = await import('./lib/browser.mjs');
      const b = await openBrowser({ benchDir: BENCH_DIR, pkgDir: PKG_DIR });
      try {
        result.machine.chromium = b.version;
        const bconf = {};
        const bnames = names.filter((n) => CONTENDERS[n].browser && (n !== 'ours' || havePkg));
        for (const n of bnames) {
          try {
            bconf[n] = { available: true, ...(await b.call('conformance', { name: n, ids: CONTENDERS[n].scenarios.filter((id) => !nodeOnly(id)) })) };
          } catch (e) {
            bconf[n] = { available: false, reason: String(e.message).split('\n')[0] };
          }
        }
        result.conformance.chromium = bconf;
        log(`Conformance (Chromium ${b.version}):\n${formatConformance(bconf)}`);
        const bcells = [];
        for (const n of bnames) {
          if (!bconf[n].available) continue;
          for (const id of CONTENDERS[n].scenarios) if (!nodeOnly(id) && wanted(n, id) && bconf[n].scenarios[id]?.ok) bcells.push([n, id]);
        }
        const browser = {};
        const total = bcells.length * cfg.browserProcesses;
        let done = 0;
        for (let round = 0; round < cfg.browserProcesses; round++) {
          const k = (round * 7) % Math.max(1, bcells.length);
          for (const [n, id] of [...bcells.slice(k), ...bcells.slice(0, k)]) {
            let s;
            try {
              s = await b.call('runSample', { name: n, scenario: id, warmupMs: cfg.browserWarmupMs, budgetMs: cfg.browserBudgetMs });
            } catch (e) {
              s = { error: String(e.message).split('\n')[0] };
            }
            record(browser, n, id, s);
            done++;
            if (done % 10 === 0 || done === total) log(`  chromium samples ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)`);
          }
        }
        result.chromium = browser;
        const bcold = {};
        for (let round = 0; round < cfg.browserColdProcesses; round++) {
          for (const n of coldNames) {
            if (!bconf[n]?.available) continue;
            bcold[n] ??= { samples: [], errors: [] };
            try {
              bcold[n].samples.push(await b.call('coldStart', { name: n }));
            } catch (e) {
              bcold[n].errors.push(String(e.message).split('\n')[0]);
            }
          }
        }
        result.coldChromium = bcold;
      } finally {
        await b.close();
      }
    } catch (e) {
      result.chromiumError = String(e.message).split('\n')[0];
      log(`!! Chromium run failed: ${result.chromiumError}`);
    }
  }

  // 7. Server figure.
  if (cfg.server) {
    const validators = havePkg ? ['ours', 'zod'] : ['zod'];
    const { serverBench } = await import('./lib/server-bench.mjs');
    try {
      result.server = {
        connections: 10,
        durationS: cfg.serverDurationS,
        results: await serverBench({
          benchDir: BENCH_DIR,
          validators,
          runs: cfg.serverRuns,
          durationS: cfg.serverDurationS,
          warmupS: quick ? 0.5 : 0.5,
          payloads: {
            a: { body: SCENARIOS['e:a'].text, status: 200 },
            b: { body: SCENARIOS['e:b'].text, status: 400 },
            c: { body: SCENARIOS['e:c'].text, status: 200 },
          },
          log,
        }),
      };
    } catch (e) {
      result.serverError = String(e.message).split('\n')[0];
      log(`!! server figure failed: ${result.serverError}`);
    }
  }

  clearInterval(loadTimer);
  result.machine.loadavgEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  result.machine.load1Samples = loadSamples;
  result.pkg.fingerprintEnd = pkgFingerprint();
  result.pkg.changedDuringRun = result.pkg.fingerprintStart !== result.pkg.fingerprintEnd;
  if (result.pkg.changedDuringRun) log('!! pkg/ was rebuilt during the run: cal-profile figures mix two builds; run again.');
  result.durationS = Math.round((Date.now() - started) / 1000);
  result.summary = summarise(result);
  const md = renderMarkdown(result);
  writeFileSync(join(BENCH_DIR, 'results', `${cfg.out}.json`), `${JSON.stringify(result, null, 1)}\n`);
  writeFileSync(join(BENCH_DIR, 'results', `${cfg.out}.md`), md);
  console.log(renderConsole(result));
  log(`wrote results/${cfg.out}.md and results/${cfg.out}.json in ${result.durationS} s`);
  // Exit status: 0 unless the harness itself broke (targets are reported, not enforced).
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
