// hono-openapi builds an OpenAPI document from a Hono app validated by our Standard Schemas, with
// the packed tarball installed by name.
//
// @standard-community/standard-json (0.3.x, which hono-openapi uses to turn a Standard Schema into
// JSON Schema) knows vendors by name and throws `UnsupportedVendorError: Unsupported schema vendor
// "cal-profile"` for the rest; it does not read Standard JSON Schema's `~standard.jsonSchema` yet.
// One `loadVendor` call, once per process, hands it our converter:
//
//   loadVendor('cal-profile', { toJSONSchema: (s) => s['~standard'].jsonSchema.input({ target: 'draft-2020-12' }) });

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { validate as validateOpenApi, compileErrors } from '@readme/openapi-parser';
import { Hono } from 'hono';
import { describeRoute, generateSpecs, loadVendor, resolver, validator } from 'hono-openapi';

import * as cal from 'cal-profile';

/** A profile as GET /v2/me returns it. */
const ME = {
  id: 1,
  email: 'dev@example.com',
  username: 'dev',
  name: 'Dev',
  avatarUrl: null,
  bio: null,
  timeFormat: 24,
  defaultScheduleId: null,
  weekStart: 'Monday',
  timeZone: 'Europe/London',
  organizationId: null,
};

function app() {
  const a = new Hono();
  a.patch(
    '/v2/me',
    describeRoute({
      summary: 'Update your profile',
      responses: {
        200: { description: 'The profile', content: { 'application/json': { schema: resolver(cal.MeSchema) } } },
      },
    }),
    validator('json', cal.UpdateMeSchema),
    (c) => c.json({ status: 'success', data: { ...ME, ...c.req.valid('json') } }),
  );
  a.post(
    '/v2/oauth-clients/:clientId/users',
    describeRoute({ summary: 'Create a managed user', responses: { 201: { description: 'Created' } } }),
    validator('json', cal.CreateManagedUserSchema.withOptions({ mode: 'compat' })),
    (c) => c.json({ status: 'success' }, 201),
  );
  return a;
}

test('without loadVendor, standard-json does not know the vendor', async () => {
  await assert.rejects(generateSpecs(app()), /Unsupported schema vendor "cal-profile"/);
});

test('with loadVendor, hono-openapi writes our schemas into a valid OpenAPI 3.1 document', async () => {
  loadVendor('cal-profile', {
    toJSONSchema: (schema) => schema['~standard'].jsonSchema.input({ target: 'draft-2020-12' }),
  });
  const a = app();
  const spec = await generateSpecs(a, { documentation: { info: { title: 'profile', version: '1' } } });
  const r = await validateOpenApi(structuredClone(spec));
  assert.ok(r.valid, compileErrors(r));

  const body = spec.paths['/v2/me'].patch.requestBody.content['application/json'].schema;
  const { $schema, ...expected } = cal.toJsonSchema(cal.UpdateMeSchema);
  assert.equal($schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(strip(body), strip(expected));
  const reply = spec.paths['/v2/me'].patch.responses['200'].content['application/json'].schema;
  assert.equal(reply.title ?? resolveRef(spec, reply).title, 'Me');
  // The withOptions mode reaches the document: compat lets unknown keys through.
  const created = spec.paths['/v2/oauth-clients/{clientId}/users'].post.requestBody.content['application/json'].schema;
  assert.equal((created.title ? created : resolveRef(spec, created)).additionalProperties, true);

  // The same app validates for real.
  const ok = await a.request('/v2/me', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"timeZone":"america/new_york"}' });
  assert.equal(ok.status, 200);
  assert.equal((await ok.json()).data.timeZone, 'America/New_York');
  const bad = await a.request('/v2/me', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"timezone":"UTC"}' });
  assert.equal(bad.status, 400);
});

function resolveRef(spec, s) {
  const name = s.$ref?.split('/').pop();
  return name ? spec.components.schemas[name] : s;
}

/** The schema without what a generator may add or drop on its way (`$schema`, `$id`). */
function strip(s) {
  const { $schema, $id, ...rest } = s;
  return rest;
}
