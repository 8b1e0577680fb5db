// The API key: the shape a dev key must have (the package's check) and the Bearer header that
// must carry the store's key.

import crypto from 'node:crypto';
import { errorEnvelope, sendJson } from './http.mjs';

/** The package's check for an API key, as a predicate; it also accepts bare tokens, a dev key must be a `cal_` key. */
export function isApiKey(cp) {
  return (key) => typeof key === 'string' && key.startsWith('cal_') && cp.checkApiKey(key).success;
}

function bearerToken(req) {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer +(\S+) *$/i.exec(header);
  return m ? m[1] : '';
}

function sameSecret(a, b) {
  const x = crypto.createHash('sha256').update(a).digest();
  const y = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(x, y);
}

/** Answers 401 and returns false unless the request carries `apiKey`. */
export function authorized(req, res, reqPath, apiKey) {
  const token = bearerToken(req);
  if (token === null) {
    sendJson(res, 401, errorEnvelope(reqPath, 'UnauthorizedException',
      'No Authorization header: send "Authorization: Bearer cal_…"'));
    return false;
  }
  if (!token.startsWith('cal_') || !sameSecret(token, apiKey)) {
    sendJson(res, 401, errorEnvelope(reqPath, 'UnauthorizedException', 'Invalid API Key'));
    return false;
  }
  return true;
}
