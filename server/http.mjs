// The HTTP plumbing every route shares: cal.com's error envelope, JSON answers, reading a body
// under a size limit and a deadline, and the Content-Type check for JSON bodies.

/** How much of an oversized body we drain (so the client can read the 413) before hanging up. */
const DRAIN_LIMIT = 1024 * 1024;
/**
 * How long a client may take to send a request body, from the moment its headers arrived: a
 * stalled or trickling body is answered 408 and its connection closed, so slow clients cannot hold
 * connections (and the body buffers) open. Headers get the same bound (Node's headersTimeout).
 */
export const REQUEST_TIMEOUT_MS = 5_000;
/** How often Node sweeps connections for the header/request timeouts (its default is 30 s). */
const TIMEOUT_CHECK_INTERVAL_MS = 250;

/**
 * Node's own timeouts bound the headers and back readBody's deadline up (the 408 is ours when the
 * headers made it); they are enforced every TIMEOUT_CHECK_INTERVAL_MS.
 */
export function timeoutOptions(requestTimeout) {
  return {
    headersTimeout: requestTimeout,
    requestTimeout: requestTimeout + 1_000,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  };
}

export function errorEnvelope(reqPath, code, message, details) {
  const error = { code, message };
  if (details !== undefined) error.details = details;
  return { status: 'error', timestamp: new Date().toISOString(), path: reqPath, error };
}

export function sendJson(res, status, body, extraHeaders = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

export function notFound(req, res) {
  const pathname = req.url.split('?')[0];
  sendJson(res, 404, errorEnvelope(pathname, 'NotFoundException', `Cannot ${req.method} ${pathname}`));
}

/**
 * Reads the body up to `limit` bytes within `timeoutMs` of the call. Resolves to a Buffer, or to
 * null after answering itself: 413 for a declared or streamed size over the limit (the rest is
 * drained up to DRAIN_LIMIT, never kept), 408 for a body still incomplete at the deadline (the
 * connection is then closed), nothing when the client went away mid-body.
 */
export function readBody(req, res, reqPath, limit, timeoutMs) {
  return new Promise((resolve) => {
    let timer = null;
    const tooLarge = () => {
      clearTimeout(timer);
      sendJson(res, 413, errorEnvelope(reqPath, 'PayloadTooLargeException', 'request entity too large'),
        { Connection: 'close' });
      let drained = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk) => {
        drained += chunk.length;
        if (drained > DRAIN_LIMIT) req.destroy();
      });
      req.resume();
      resolve(null);
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      tooLarge();
      return;
    }
    const chunks = [];
    let size = 0;
    let done = false;
    timer = setTimeout(() => {
      if (done) return;
      done = true;
      chunks.length = 0;
      sendJson(res, 408, errorEnvelope(reqPath, 'RequestTimeoutException',
        `The request body did not arrive within ${timeoutMs} ms`), { Connection: 'close' });
      // Once the answer is out, drop the connection: the rest of the body is not waited for.
      res.once('finish', () => req.destroy());
      resolve(null);
    }, timeoutMs);
    req.on('data', (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks, size));
      }
    });
    req.on('error', () => {
      // The client went away (or Node's own timeout closed the socket): there is no one to answer.
      clearTimeout(timer);
      if (!done) {
        done = true;
        res.destroy();
        resolve(null);
      }
    });
  });
}

export function parseOrUndefined(buffer) {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function isJsonContentType(value) {
  if (value === undefined) return true;
  const [media, ...params] = String(value).split(';');
  const type = media.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) return false;
  // The body is read as UTF-8: another charset is refused (body-parser answers 415 for those it
  // cannot decode too) rather than decoded wrongly.
  for (const param of params) {
    const [name, raw = ''] = param.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = raw.trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  return true;
}
