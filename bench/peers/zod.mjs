// zod 4, classic API, interpreted (`schema.safeParse`).
import { updateMeSchema, timeZoneSchema, makeZodPeer } from './zod-schema.mjs';

export default makeZodPeer('zod', updateMeSchema, timeZoneSchema);
