// zod 4, classic API, ahead-of-time compiled with `z.compile()` (generated fast path via
// `new Function`, falling back to the runtime parser for failures). `{ strict: true }` makes a
// schema the fast path cannot model throw here instead of silently staying interpreted.
import { z, updateMeSchema, timeZoneSchema, makeZodPeer } from './zod-schema.mjs';

export default makeZodPeer(
  'zod-compiled',
  z.compile(updateMeSchema, { strict: true }),
  z.compile(timeZoneSchema, { strict: true }),
);
