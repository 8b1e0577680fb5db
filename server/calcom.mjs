// cal.com's API v2 for one account: GET/PATCH /v2/me and /v2/me/booking-limits, judged by the
// package in compat mode (what cal.com accepts), answered in cal.com's envelopes and 400 body, and
// stored the way cal.com would store them (the NOT NULL columns, the email-verification rule).
// Every cal.com fact comes from the package (`cp`), loaded once by server.mjs.

import { authorized } from './auth.mjs';
import { errorEnvelope, isJsonContentType, parseOrUndefined, readBody, sendJson } from './http.mjs';

export const ME_PATH = '/v2/me';
export const LIMITS_PATH = '/v2/me/booking-limits';

/** Thrown while applying an update for cases where cal.com itself fails with a 500. */
class InternalError extends Error {}

/** The cal.com facts the emulation needs, read from the package. */
function calcomFacts(cp) {
  const updateKeys = Object.keys(cp.UpdateMeSchema.shape);
  return {
    bodyBytes: cp.LIMITS.bodyBytes,
    int32Max: cp.LIMITS.int32Max,
    updateKeys,
    // Columns that are NOT NULL in cal.com's `users` table (writing null there is a 500 in
    // cal.com): the fields whose strict check refuses null with the package's `null.column`.
    notNull: new Set(updateKeys.filter((key) => {
      const result = cp.UpdateMeSchema.shape[key]['~standard'].validate(null);
      return result.issues?.some((issue) => issue.msg === 'null.column');
    })),
    limitKeys: Object.keys(cp.BookingLimitsResponseSchema.shape),
    // The keys of cal.com's `Me`, in its order, but the optional `organization` object (GET only,
    // calcom-rules.md §6): the local account is in no organization, so there is nothing to send.
    meKeys: Object.keys(cp.MeSchema.shape).filter((key) => key !== 'organization'),
  };
}

/**
 * Applies cal.com-compat `data` (what cal.com would store) to the user, with the email rule of
 * calcom-rules.md §5 ("email verification on, user not platform-managed") unless disabled.
 */
function applyUpdate(facts, user, data, { emailVerification }) {
  const next = { ...user, metadata: user.metadata === null ? null : { ...user.metadata } };
  for (const [key, value] of Object.entries(data)) {
    if (value === null && facts.notNull.has(key)) {
      // Prisma rejects null on a NOT NULL column: cal.com answers 500 and stores nothing.
      throw new InternalError(`${key} cannot be null`);
    }
    if (key === 'defaultScheduleId' && value !== null && !(Number.isInteger(value) && Math.abs(value) <= facts.int32Max)) {
      // An Int column: floats and out-of-range numbers fail in the database, i.e. a 500.
      throw new InternalError('defaultScheduleId is not a 32-bit integer');
    }
  }
  if (Object.hasOwn(data, 'metadata')) next.metadata = data.metadata === null ? null : { ...data.metadata };
  for (const key of facts.updateKeys) {
    if (key !== 'email' && key !== 'metadata' && Object.hasOwn(data, key)) next[key] = data[key];
  }
  if (Object.hasOwn(data, 'email') && data.email !== user.email) {
    if (emailVerification) {
      // The primary email stays until the new one is verified; the response shows the old one.
      next.metadata = { ...(next.metadata ?? {}), emailChangeWaitingForVerification: data.email.toLowerCase() };
    } else {
      next.email = data.email;
    }
  }
  return next;
}

function toMe(facts, user) {
  const me = {};
  for (const k of facts.meKeys) me[k] = user[k] === undefined ? null : user[k];
  return me;
}

/** The two routes' handlers over `store`, judged by the package `cp`. */
export function calcomRoutes(cp, store, { requestTimeout, emailVerification }) {
  const facts = calcomFacts(cp);
  const noLimits = Object.freeze(Object.fromEntries(facts.limitKeys.map((k) => [k, null])));

  /**
   * A PATCH body as cal.com takes it: JSON (415 otherwise), within its size limit and the request
   * timeout (413/408, answered by readBody), valid in compat mode (400 with cal.com's body). The
   * successful result, or undefined when the answer has been sent.
   */
  async function validPatch(req, res, path, validateJson) {
    if (!isJsonContentType(req.headers['content-type'])) {
      sendJson(res, 415, errorEnvelope(path, 'UnsupportedMediaTypeException',
        'The body must be JSON in UTF-8 (Content-Type: application/json)'));
      return undefined;
    }
    const body = await readBody(req, res, path, facts.bodyBytes, requestTimeout);
    if (body === null) return undefined;
    // body-parser reads an empty body as {}.
    const raw = body.length === 0 ? '{}' : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    const result = validateJson(raw, { mode: 'compat' });
    if (result.success) return result;
    // The parsed body only fills in each error's `value`, as class-validator reports it.
    try {
      sendJson(res, 400, cp.calErrorBody(result.issues, { path, body: parseOrUndefined(body) }));
    } catch (err) {
      // A value nested too deeply for JSON.stringify (~10^4 levels fit in 100 kB) is left out
      // rather than turning the 400 into a 500.
      if (!(err instanceof RangeError)) throw err;
      sendJson(res, 400, cp.calErrorBody(result.issues, { path }));
    }
    return undefined;
  }

  async function handleMe(req, res) {
    if (!authorized(req, res, ME_PATH, store.apiKey)) return undefined;
    if (req.method === 'GET' || req.method === 'HEAD') {
      return sendMe(res, store.user, store.revision);
    }
    // PATCH
    const result = await validPatch(req, res, ME_PATH, cp.validateUpdateMeJson);
    if (result === undefined) return undefined;
    let state;
    try {
      state = await store.update((current) => {
        current.user = applyUpdate(facts, current.user, result.data, { emailVerification });
        return current;
      });
    } catch (err) {
      if (err instanceof InternalError) {
        return sendJson(res, 500, errorEnvelope(ME_PATH, 'InternalServerErrorException', 'Internal server error'));
      }
      throw err;
    }
    return sendMe(res, state.user, state.revision);
  }

  /**
   * GET/PATCH /v2/me/booking-limits (calcom-rules.md §6): the body checked in compat mode (the
   * published constraints; cal.com's validation source is not public), the limits stored with the
   * profile, atomically like it. cal.com answers 403 to accounts outside an organization; the
   * local store has one account and serves it.
   */
  async function handleLimits(req, res) {
    if (!authorized(req, res, LIMITS_PATH, store.apiKey)) return undefined;
    if (req.method === 'GET' || req.method === 'HEAD') {
      return sendLimits(res, store.state.bookingLimits, store.revision);
    }
    const result = await validPatch(req, res, LIMITS_PATH, cp.validateBookingLimitsJson);
    if (result === undefined) return undefined;
    const state = await store.update((current) => {
      // Omitted intervals keep their stored value; null removes a limit.
      current.bookingLimits = { ...noLimits, ...current.bookingLimits, ...result.data };
      return current;
    });
    return sendLimits(res, state.bookingLimits, state.revision);
  }

  /** The limits as cal.com answers them, checked by the package's response guard (compat: the published constraints). */
  function sendLimits(res, stored, revision) {
    const data = {};
    for (const k of facts.limitKeys) data[k] = stored?.[k] ?? null;
    const guard = cp.validateBookingLimitsResponse(data, { mode: 'compat' });
    if (!guard.success) {
      return sendJson(res, 500, errorEnvelope(LIMITS_PATH, 'InternalServerErrorException',
        `Internal server error: stored limits do not match the schema (${guard.issues.map((i) => i.message).join('; ')})`));
    }
    return sendJson(res, 200, { status: 'success', data }, { 'X-Profile-Revision': String(revision) });
  }

  /**
   * Builds the Me response and checks it like cal.com's zod output schema (a failure is a 500 there
   * too). `X-Profile-Revision` (not a cal.com header) is the store revision the answer shows.
   */
  function sendMe(res, user, revision) {
    const me = toMe(facts, user);
    const guard = cp.validateMe(me);
    if (!guard.success) {
      return sendJson(res, 500, errorEnvelope(ME_PATH, 'InternalServerErrorException',
        `Internal server error: stored profile does not match the Me schema (${guard.issues.map((i) => i.message).join('; ')})`));
    }
    return sendJson(res, 200, { status: 'success', data: me }, { 'X-Profile-Revision': String(revision) });
  }

  return { handleMe, handleLimits };
}
