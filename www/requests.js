// The requests the page sends to its server (which answers as cal.com, or forwards to it), with
// the package's CAL_API_VERSION. A PATCH carries data the page has just validated, so it is put
// together here rather than by the package's build*Request, which would validate it again.

export const ME_PATH = '/v2/me';
export const LIMITS_PATH = '/v2/me/booking-limits';

/** The headers of a GET with the key `apiKey`. */
export function getHeaders(cp, apiKey) {
  return { Authorization: `Bearer ${apiKey}`, 'cal-api-version': cp.CAL_API_VERSION, Accept: 'application/json' };
}

/** `{ url, init }` for `fetch`: what the package's build*Request returns for this key and valid `data`. */
export function patchRequest(cp, path, apiKey, data) {
  return {
    url: new URL(path, location.origin).href,
    init: {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', 'cal-api-version': cp.CAL_API_VERSION },
      body: JSON.stringify(data),
    },
  };
}
