// The API reference page: renders the server's /openapi.json (the package's openApiDocument())
// as endpoints and schema tables. Plain DOM with textContent only: nothing from the document is
// parsed as HTML, and the page runs under the demo's CSP (no inline script or style).

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

const refName = (s) => (s?.$ref ? s.$ref.split('/').pop() : null);
const anchor = (name) => `schema-${name}`;

/** A schema in a few words: its type(s), enum, pattern and bounds. */
function typeOf(s) {
  if (!s) return '';
  if (s.$ref) return refName(s);
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  const types = [s.type ?? 'any'].flat();
  let t = types.join(' | ');
  if (s.enum) t = s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array'))) t = `${typeOf(s.items)}[]`;
  const extra = [];
  if (s.format) extra.push(`format ${s.format}`);
  if (s.maxLength !== undefined) extra.push(`≤ ${s.maxLength} chars`);
  if (s.minimum !== undefined) extra.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) extra.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) extra.push(`≤ ${s.maximum}`);
  if (s.maxProperties !== undefined) extra.push(`≤ ${s.maxProperties} keys`);
  return extra.length ? `${t} (${extra.join(', ')})` : t;
}

function schemaLink(s) {
  const name = refName(s);
  return name ? el('a', { href: `#${anchor(name)}`, text: name }) : el('code', { text: typeOf(s) });
}

function propertiesTable(schema) {
  const required = new Set(schema.required ?? []);
  const body = el('tbody');
  for (const [name, p] of Object.entries(schema.properties ?? {})) {
    body.append(
      el('tr', {},
        el('td', {}, el('code', { text: name })),
        el('td', {}, el('code', { text: typeOf(p) })),
        el('td', { text: required.has(name) ? 'required' : 'optional' }),
        el('td', { text: p.description ?? '' })),
    );
  }
  return el('table', { class: 'api-table' },
    el('thead', {}, el('tr', {}, ...['Field', 'Type', '', 'What the validator checks'].map((h) => el('th', { text: h })))),
    body);
}

function renderEndpoints(doc) {
  const toc = $('api-toc');
  const list = el('ul');
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const id = `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
      list.append(el('li', {}, el('a', { href: `#${id}` }, el('code', { text: `${method.toUpperCase()} ${path}` })), ` — ${op.summary ?? ''}`));
      const card = el('section', { class: 'card', id });
      card.append(el('h2', {}, el('code', { text: `${method.toUpperCase()} ${path}` }), ` ${op.summary ?? ''}`));
      const auth = (op.security ?? []).flatMap((s) => Object.keys(s)).map((k) => doc.components.securitySchemes?.[k]?.description ?? k);
      if (auth.length) card.append(el('p', { class: 'hint', text: `Authentication: ${auth.join('; ')}` }));
      const body = op.requestBody?.content?.['application/json']?.schema;
      if (body) card.append(el('p', {}, 'Request body: ', schemaLink(body)));
      const responses = el('ul');
      for (const [status, r] of Object.entries(op.responses ?? {})) {
        const schema = r.content?.['application/json']?.schema;
        const li = el('li', {}, el('code', { text: status }), ` ${r.description ?? ''}`);
        if (schema?.properties) {
          li.append(' — ');
          for (const [k, v] of Object.entries(schema.properties)) li.append(el('code', { text: `${k}: ` }), schemaLink(v.items ?? v), ' ');
        } else if (schema) {
          li.append(' — ', schemaLink(schema));
        }
        responses.append(li);
      }
      card.append(el('p', { text: 'Responses:' }), responses);
      $('api-endpoints').append(card);
    }
  }
  toc.append(el('h2', { text: 'Endpoints' }), list);
  toc.hidden = false;
}

function renderSchemas(doc) {
  $('api-schemas-heading').hidden = false;
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    const card = el('section', { class: 'card', id: anchor(name) }, el('h2', {}, el('code', { text: name })));
    if (schema.description) card.append(el('p', { class: 'hint', text: schema.description }));
    if (schema.additionalProperties === false) card.append(el('p', { class: 'hint', text: 'Unknown keys are rejected.' }));
    if (schema.properties) card.append(propertiesTable(schema));
    $('api-schemas').append(card);
  }
}

async function main() {
  const status = $('api-status');
  try {
    const res = await fetch('openapi.json', { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET /openapi.json answered ${res.status}`);
    const doc = await res.json();
    document.title = `${doc.info.title} ${doc.info.version} — API reference`;
    renderEndpoints(doc);
    renderSchemas(doc);
    status.textContent = `OpenAPI ${doc.openapi} · ${doc.info.title} ${doc.info.version}`;
    status.classList.remove('notice');
    status.classList.add('hint');
  } catch (err) {
    status.textContent = `Could not load the API reference: ${err.message}`;
    status.classList.add('notice-error');
  }
}

main();
