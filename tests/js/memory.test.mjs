// The wasm allocator is a bump arena that starts over when nothing allocated is live
// (src/arena.rs). That holds only if no call leaves an allocation behind: every entry point is
// called here, over and over, and wasm memory must not grow after the first round.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { readFileSync } from 'node:fs';

// The API (pkg/api.js) over the glue and wasm it is bundled with in every entry, unbundled here
// so that the test holds the instance's memory.
import * as cal from '../../pkg/api.js';
import { initSync } from '../../pkg/cal_profile.js';
import { setMemory } from '../../pkg/instance.js';

const { memory } = initSync({ module: readFileSync(new URL('../../pkg/cal_profile_bg.wasm', import.meta.url)) });
// What every entry does after instantiating: the input buffer is written through this memory.
setMemory(memory);

const bigBio = 'é'.repeat(30000) + 'a'.repeat(40000); // about 100 kB of JSON
const metadata = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`key${i}`, 'm'.repeat(500)]));
const utf8 = new TextEncoder();

function oneOfEach() {
  cal.validateUpdateMe({ name: 'Alice', timeZone: 'europe/paris', timeFormat: 24, metadata });
  cal.validateUpdateMe({ timezone: 'Narnia/Woods', timeFormat: '24', weekStart: 'monday', locale: 'pt_BR' });
  cal.validateUpdateMe({ timeZone: 'Amrica/New_Yrok' }, { mode: 'compat' });
  cal.validateUpdateMe({ bio: bigBio });
  cal.validateUpdateMe({ bio: bigBio + bigBio });
  cal.validateUpdateMe({ avatarUrl: `https://cal.com/${'a'.repeat(300)}.png` }); // asks again
  cal.validateUpdateMeJson(JSON.stringify({ bio: bigBio, metadata }));
  cal.validateUpdateMeJson(utf8.encode(JSON.stringify({ name: 'x', metadata })));
  cal.validateUpdateMeJson('{"name":');
  cal.validateCreateManagedUser({ email: 'a@example.com', name: 'A' }, { mode: 'compat' });
  cal.validateV1UserEdit({ username: 'Alice', password: 'x' });
  cal.validateMe({ id: 1 });
  cal.checkEmail('not-an-email');
  cal.checkMetadata(metadata);
  cal.checkTimeZone('Asia/Calcuta');
  cal.timeZones();
  cal.defaultScheduleFor('Europe/Berlin');
  cal.diffUpdate({ name: 'A', metadata }, { name: 'B', metadata: { a: 1 } });
  cal.buildPatchMeRequest({ apiKey: 'cal_live_0123456789abcdef', body: { name: 'A' } });
  cal.toJsonSchema(cal.UpdateMeSchema, { mode: 'compat', io: 'output' });
  cal.UpdateMeSchema.shape.metadata['~standard'].jsonSchema.input({ target: 'openapi-3.0' });
  cal.openApiDocument();
}

test('wasm memory stays flat across every entry point', () => {
  oneOfEach();
  const after = memory.buffer.byteLength;
  for (let i = 0; i < 200; i++) oneOfEach();
  // Without the arena starting over, 200 rounds of several hundred kB each would add tens of MB.
  assert.equal(memory.buffer.byteLength, after);
});
