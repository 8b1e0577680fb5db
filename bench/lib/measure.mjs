// The timing loop, shared by the Node worker and the browser runner (browser-safe ESM).
//
// Warm-up: run the operation for `warmupMs` (lets the JIT / Liftoff→TurboFan tier up) and use
// the count to size batches of about `batchMs`. Then run whole batches until `budgetMs` have
// passed. The sample is total operations / total time of the timed part (GC pauses included:
// allocation is part of a validator's cost). Dispersion is taken across processes, not batches.
export function measure(op, { warmupMs = 200, budgetMs = 500, batchMs = 5, now = () => performance.now() } = {}) {
  let sink = 0;
  let warmOps = 0;
  const w0 = now();
  let w1 = w0;
  do {
    sink += op();
    warmOps++;
    w1 = now();
  } while (w1 - w0 < warmupMs || warmOps < 2);
  const perOp = (w1 - w0) / warmOps;
  const batch = Math.max(1, Math.round(batchMs / Math.max(perOp, 1e-6)));
  let ops = 0;
  const t0 = now();
  let t1 = t0;
  do {
    for (let i = 0; i < batch; i++) sink += op();
    t1 = now();
    ops += batch;
  } while (t1 - t0 < budgetMs);
  const ms = t1 - t0;
  return {
    opsPerSec: (ops * 1000) / ms,
    nsPerOp: (ms * 1e6) / ops,
    ops,
    ms: Math.round(ms * 10) / 10,
    batch,
    sink: sink % 1000003,
  };
}

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Relative spread of samples: (max - min) / median. */
export function spread(xs) {
  const s = xs.filter((x) => Number.isFinite(x));
  if (s.length < 2) return 0;
  return (Math.max(...s) - Math.min(...s)) / median(s);
}
