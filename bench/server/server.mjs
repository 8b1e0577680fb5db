// A minimal node:http PATCH /v2/me server for the realistic throughput figure: read the body
// (cal.com's 100 kB limit), validate it compat-style (what cal.com's API v2 would accept and
// store), answer 200 with the updated profile or 400 with cal.com's error body. The only
// difference between the two variants is the validator:
//
//   node server/server.mjs --validator ours|zod [--port 0]
//
//   ours: cp.validateUpdateMeJson(buf, { mode: 'compat' }) and cp.calErrorBody (no JSON.parse)
//   zod:  JSON.parse(buf.toString()) then a zod 4 (classic) compat schema (server/zod-compat.mjs),
//         time zones checked the cached way (peers/rules.mjs isTimeZoneCached)
//
// Prints `listening <port>` on stdout once ready. Loopback only. Not the demo server (server/ at
// the repository root): no auth store, no persistence, just the same per-request work.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const validator = opt('validator', 'ours');
const port = Number(opt('port', '0'));
const BODY_LIMIT = 100 * 1024;
const ME_PATH = '/v2/me';

let validate;
if (validator === 'ours') {
  const entry = process.env.CAL_PROFILE_PKG
    ? pathToFileURL(`${process.env.CAL_PROFILE_PKG.replace(/\/$/, '')}/node.js`).href
    : new URL('../../pkg/node.js', import.meta.url).href;
  const cp = await import(entry);
  validate = (buf) => {
    // A Buffer is a Uint8Array: the body goes to the core as bytes, never decoded in JS.
    const r = cp.validateUpdateMeJson(buf.length === 0 ? '{}' : buf, { mode: 'compat' });
    return r.success ? { ok: true, data: r.data } : { ok: false, body: cp.calErrorBody(r.issues, { path: ME_PATH }) };
  };
} else if (validator === 'zod') {
  const { updateMeCompat, calErrorBodyFromZod } = await import('./zod-compat.mjs');
  validate = (buf) => {
    let body;
    try {
      body = buf.length === 0 ? {} : JSON.parse(buf.toString('utf8'));
    } catch (e) {
      return { ok: false, body: calErrorBodyFromZod([{ path: [], code: 'json', message: e.message }], { path: ME_PATH }) };
    }
    // cal.com validates only objects (an array reaches the service and fails there).
    const r = updateMeCompat.safeParse(body);
    return r.success ? { ok: true, data: r.data } : { ok: false, body: calErrorBodyFromZod(r.error.issues, { path: ME_PATH }, body) };
  };
} else {
  console.error(`unknown --validator ${validator} (ours|zod)`);
  process.exit(2);
}

const ME_FIELDS = ['email', 'name', 'avatarUrl', 'bio', 'timeFormat', 'defaultScheduleId', 'weekStart', 'timeZone'];
const user = {
  id: 1, email: 'alice@example.com', username: 'alice', name: 'Alice', avatarUrl: null, bio: null,
  timeFormat: 12, defaultScheduleId: 1, weekStart: 'Sunday', timeZone: 'Europe/London', organizationId: null,
};

function send(res, status, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.url !== ME_PATH || req.method !== 'PATCH') {
    req.resume();
    send(res, 404, { status: 'error', error: { code: 'NotFoundException' } });
    return;
  }
  if (!/^Bearer cal_\S+$/.test(req.headers.authorization ?? '')) {
    req.resume();
    send(res, 401, { status: 'error', error: { code: 'UnauthorizedException' } });
    return;
  }
  const chunks = [];
  let size = 0;
  let over = false;
  req.on('data', (c) => {
    size += c.length;
    if (size > BODY_LIMIT) over = true;
    else chunks.push(c);
  });
  req.on('end', () => {
    if (over) {
      send(res, 413, { status: 'error', error: { code: 'PayloadTooLargeException' } });
      return;
    }
    const r = validate(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    if (!r.ok) {
      send(res, 400, r.body);
      return;
    }
    for (const k of ME_FIELDS) if (r.data[k] !== undefined && r.data[k] !== null) user[k] = r.data[k];
    send(res, 200, { status: 'success', data: user });
  });
});

server.listen(port, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
