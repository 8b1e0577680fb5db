// The demo page's own words (www/i18n/<code>.js) in every language cal.com speaks: each catalog
// has exactly the English keys, keeps every `{argument}` and every `code` span, has the plural
// forms its language has, renders with every argument filled, and is not left in English.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { format, intlOf } from '../../www/i18n.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'www', 'i18n');
/** cal.com's 43 locale codes. */
const LOCALES = [
  'ar', 'ca', 'de', 'es', 'eu', 'he', 'id', 'ja', 'lv', 'pl', 'ro', 'sr', 'th', 'vi', 'az', 'cs', 'el', 'es-419', 'fi', 'hr', 'it',
  'km', 'nl', 'pt', 'ru', 'sv', 'tr', 'zh-CN', 'bg', 'da', 'en', 'et', 'fr', 'hu', 'iw', 'ko', 'no', 'pt-BR', 'sk', 'ta', 'uk',
  'zh-TW', 'bn',
];
/** Keys whose text may equal the English in the named languages, and why. */
const SAME_AS_ENGLISH = {
  'field.metadata': { why: 'the loanword is the usual term', in: ['nl', 'da', 'sv', 'no', 'it', 'ca', 'id', 'cs'] },
  'apiKey.label': { why: '"API key" is kept in English in this UI', in: ['km'] },
  'metadata.type.string': { why: '"text" is the Catalan and Swedish word for the text type', in: ['ca', 'sv'] },
  'limits.perWeek': { why: '"Per week" is the ordinary Dutch phrase, beside "Per dag"', in: ['nl'] },
};

const en = (await import(pathToFileURL(path.join(DIR, 'en.js')).href)).default;
const KEYS = Object.keys(en);
const args = (text) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).filter((a, i, all) => all.indexOf(a) === i).sort();
const codeSpans = (text) => [...text.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
const SAMPLE = { error: 'E', status: '404 Not Found', detail: ' — D', who: 'W', keys: 'K', problems: 'P', fields: 'F', zone: 'Z', time: 'T', problem: 'P', key: 'K', current: 'C', sent: 'S', version: 'V', n: 3, max: 50 };

test('every cal.com locale has a catalog, and no other file is there', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual(files, [...LOCALES].sort());
});

for (const code of LOCALES.filter((c) => c !== 'en')) {
  describe(`demo words: ${code}`, async () => {
    const catalog = (await import(pathToFileURL(path.join(DIR, `${code}.js`)).href)).default;
    const plural = new Intl.PluralRules(intlOf(code)).resolvedOptions().pluralCategories;

    test('exactly the English keys, each keeping its arguments and code spans', () => {
      assert.deepEqual(Object.keys(catalog).sort(), [...KEYS].sort());
      for (const key of KEYS) {
        assert.deepEqual(args(catalog[key]), args(en[key]), `${key}: ${catalog[key]}`);
        assert.deepEqual(codeSpans(catalog[key]).sort(), codeSpans(en[key]).sort(), `${key}: code spans stay as they are`);
      }
    });

    test('renders every key, with every plural form the language has, no placeholder left', () => {
      for (const key of KEYS) {
        for (const count of [0, 1, 2, 3, 5, 11, 21, 101]) {
          const out = format(catalog[key], { ...SAMPLE, count }, code);
          assert.doesNotMatch(out, /[{}]/, `${key} with ${count}: ${out}`);
        }
        const forms = [...catalog[key].matchAll(/\b(zero|one|two|few|many|other)\s*\{/g)].map((m) => m[1]);
        for (const f of forms) assert.ok(plural.includes(f), `${key}: "${f}" is not a plural form of ${code}`);
        if (/\{count, plural/.test(en[key])) {
          assert.ok(forms.includes('other'), `${key}: a plural needs "other"`);
          for (const f of plural) assert.ok(forms.includes(f), `${key}: ${code} needs the "${f}" form`);
        }
      }
    });

    test('nothing is left in English, but the listed coincidences', () => {
      for (const key of KEYS) {
        if (catalog[key] !== en[key]) continue;
        assert.ok(SAME_AS_ENGLISH[key]?.in.includes(code), `${key} is still English in ${code}: "${en[key]}"`);
      }
    });
  });
}
