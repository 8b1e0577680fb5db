// The realistic server figure: bench/server/server.mjs with each validator, loaded with
// autocannon on loopback. Bounded: fixed duration per run, fixed number of runs, fresh server
// process per run, validators alternated so that machine noise hits both alike.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';

function startServer(benchDir, validator) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(benchDir, 'server', 'server.mjs'), '--validator', validator, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server ${validator} did not start: ${err}`));
    }, 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening (\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server ${validator} exited (${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const t = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => { clearTimeout(t); resolve(); });
    child.kill('SIGTERM');
  });
}

const HEADERS = { 'content-type': 'application/json', authorization: 'Bearer cal_live_benchmark0000000000000000' };

/**
 * payloads: { id: { body: string, status: expected HTTP status } }.
 * Returns { [payload]: { [validator]: { runs: [req/s…], latencyP50: [...], latencyP99: [...] } } }.
 */
export async function serverBench({ benchDir, validators = ['ours', 'zod'], payloads, runs = 3, durationS = 4, warmupS = 1, connections = 10, log = () => {} }) {
  const out = {};
  for (const [pid, { body, status }] of Object.entries(payloads)) {
    out[pid] = {};
    for (const v of validators) out[pid][v] = { runs: [], latencyP50: [], latencyP99: [], errors: 0, non2xx: 0 };
    for (let r = 0; r < runs; r++) {
      const order = r % 2 ? [...validators].reverse() : validators;
      for (const v of order) {
        const { child, port } = await startServer(benchDir, v);
        try {
          const url = `http://127.0.0.1:${port}/v2/me`;
          // Conformance of the server: the expected status and a JSON body.
          const probe = await fetch(url, { method: 'PATCH', headers: HEADERS, body });
          const probeBody = await probe.json();
          if (probe.status !== status) {
            out[pid][v].error = `answered ${probe.status}, expected ${status}: ${JSON.stringify(probeBody).slice(0, 200)}`;
            continue;
          }
          await autocannon({ url, method: 'PATCH', headers: HEADERS, body, connections, duration: warmupS });
          const res = await autocannon({ url, method: 'PATCH', headers: HEADERS, body, connections, duration: durationS });
          out[pid][v].runs.push(res.requests.average);
          out[pid][v].latencyP50.push(res.latency.p50);
          out[pid][v].latencyP99.push(res.latency.p99);
          out[pid][v].errors += res.errors + res.timeouts;
          out[pid][v].non2xx += status === 200 ? res.non2xx : 0;
          log(`  server ${pid} ${v} run ${r + 1}/${runs}: ${Math.round(res.requests.average)} req/s`);
        } finally {
          await stopServer(child);
        }
      }
    }
  }
  return out;
}
