// Magyar. Formal address (magázás: "Adja meg", "másolja ki"), as cal.com's Hungarian interface
// in its API-key and account strings ("Mentse el ezt az API-kulcsot …"); quotation marks „…”.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// Inserted names are never inflected and never follow an article that depends on their first
// sound: they stand before a noun ("az ismeretlen „…” kulcs"), after a colon, or as "a(z) {field}".
// Nouns after a number stay singular in Hungarian, so no message needs a plural form.

import { catalog } from './format.js';

const BODY = 'A kérés törzse';
const JSON_ERROR = BODY + ' nem érvényes JSON ({position}. bájt): ';
const EMAIL = 'Adjon meg egy e-mail-címet name@example.com formában: „{input}” ';
const UNKNOWN = 'Ismeretlen „{input}” kulcs';
const MEAN = ' (erre gondolt: {suggestion}?)';
const DROPPED = ': a cal.com szó nélkül eldobná';
const REJECTED = ': a cal.com itt elutasítja az ismeretlen kulcsokat';
const STRIPPED = ': a cal.com hibaüzenet nélkül eldobja';
const NOT_IN_MODEL = ': nem szerepel a modell ezen verziójában, ezért kimarad a data objektumból (lehet, hogy a cal.com újonnan vezette be)';
const COMPAT = 'A cal.com itt elfogadja a null értéket, de a';
const COLUMN = '(z) {field} mező nem lehet null: az oszlop NOT NULL, ezért a cal.com 500-as hibával leáll';
const TIME_FORMAT_NULL =
  '(z) {field} mező nem lehet null: a cal.com eltárolja a null értéket, és utána minden GET /v2/me kérés hibára fut';
const METADATA_NULL =
  "(z) {field} mező nem lehet null: az adatbázis elutasítja a JSON null értéket (500-as hiba); a mező ürítéséhez küldje ezt: '{}'";
const DYNAMIC_BOOKING_NULL =
  '(z) {field} mező null értéke eltárolódik, és a cal.com ezután false értéknek tekinti (így a dinamikus csoportos foglalás ki van kapcsolva): küldjön true vagy false értéket';
const WEEK_START = 'A hét kezdőnapja csak a következők egyike lehet: {values} (angolul, nagy kezdőbetűvel)';
const TIME_FORMAT_STRING = 'Hibás érték: a 12 vagy a 24 szám kellene, de ez a szöveg érkezett: „{input}”';
const WRONG = 'Hibás érték: ';

export default catalog('hu', {
  messages: {
    type: WRONG + '{expected} kellene, de {received} érkezett',
    'type.integer': WRONG + 'egész szám kellene',
    'type.array_body':
      WRONG + '{expected} kellene, de {received} érkezett (a cal.com nem ellenőrzi a tömbként küldött kéréstörzset, majd 500-as hibával leáll)',
    unreadable: 'Ezt az értéket nem sikerült beolvasni: egy getter vagy Proxy-csapda hibát dobott',
    'unreadable.body': 'A kérés törzsét nem sikerült beolvasni: egy getter vagy Proxy-csapda hibát dobott',
    'unicode.lone_surrogate':
      'A szöveg egy magányos UTF-16 helyettesítő kódegységet (surrogate) tartalmaz (fél emoji?); ez \ufffd karakterként tárolódna',
    required: 'Hiányzik egy kötelező mező: {field}',
    duplicate_key: 'Ez a kulcs többször is szerepel a kérés törzsében; csak az utolsó értéke számít',
    base_url: 'A baseUrl értékének http(s) URL-nek kell lennie, például https://api.cal.com',
    more: '(és még {count})',

    'body.too_large':
      BODY + ' JSON-ként {count} bájt; ha a törzs nagyobb {maximum} bájtnál (100 kB), a cal.com 413-as hibával elutasítja',
    'json.not_utf8': JSON_ERROR + 'a szöveg nem érvényes UTF-8',
    'json.trailing': JSON_ERROR + 'váratlan szöveg a JSON-érték után',
    'json.unexpected_char': JSON_ERROR + 'váratlan karakter',
    'json.unexpected_end': JSON_ERROR + 'a bemenet váratlanul véget ért',
    'json.invalid_literal': JSON_ERROR + 'érvénytelen literál',
    'json.unknown_tag': JSON_ERROR + 'ismeretlen értékcímke',
    'json.expected_key': JSON_ERROR + 'itt idézőjelek közé tett kulcsnak kellene állnia',
    'json.expected_colon': JSON_ERROR + "a kulcs után ':' kellene",
    'json.expected_comma_brace': JSON_ERROR + "itt ',' vagy záró kapcsos zárójel kellene",
    'json.expected_comma_bracket': JSON_ERROR + "itt ',' vagy záró szögletes zárójel kellene",
    'json.unterminated_string': JSON_ERROR + 'lezáratlan karakterlánc',
    'json.invalid_unicode_escape': JSON_ERROR + 'érvénytelen \\u escape-szekvencia',
    'json.invalid_escape': JSON_ERROR + 'érvénytelen escape-szekvencia',
    'json.control_char': JSON_ERROR + 'vezérlőkarakter egy karakterláncban',
    'json.invalid_number': JSON_ERROR + 'érvénytelen szám',
    'json.number_fraction': JSON_ERROR + "érvénytelen szám: a '.' után számjegyeknek kell következniük",
    'json.number_exponent': JSON_ERROR + 'érvénytelen szám: a kitevőből hiányoznak a számjegyek',

    'key.forbidden':
      UNKNOWN + ': nem engedélyezett (a cal.com törli vagy figyelmen kívül hagyja, JavaScript-kódban pedig prototípusokat módosíthat)',
    'key.secret': UNKNOWN + ': kliensoldali modell soha nem fogad el titkos adatokat',
    'key.unknown': UNKNOWN + DROPPED,
    'key.unknown.suggest': UNKNOWN + MEAN + DROPPED,
    'key.rejected': UNKNOWN + REJECTED,
    'key.rejected.suggest': UNKNOWN + MEAN + REJECTED,
    'key.stripped': UNKNOWN + STRIPPED,
    'key.stripped.suggest': UNKNOWN + MEAN + STRIPPED,
    'key.unknown_model': UNKNOWN + NOT_IN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + NOT_IN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' az organization objektumban' + NOT_IN_MODEL,

    'null.column': 'A' + COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': 'A' + TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': 'A' + METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': 'A' + DYNAMIC_BOOKING_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_BOOKING_NULL,

    'time_zone.unknown': '„{input}” nem IANA-időzóna',
    'time_zone.unknown.suggest': '„{input}” nem IANA-időzóna; erre gondolt: {suggestions}?',
    'time_zone.deprecated':
      '„{input}” elavult név, a hivatalos neve „{canonical}”; még működik, de inkább a hivatalos nevet használja',
    'time_zone.stored': 'A cal.com ezt az időzónát „{stored}” alakban tárolja, nem az IANA szerinti „{canonical}” írásmóddal',
    'time_zone.absent':
      'Időzóna nélkül a cal.com az Europe/London időzónát használja, és nem hoz létre alapértelmezett ütemezést: a felhasználónál addig nem lehet időpontot foglalni, amíg nincs ütemezése',
    'locale.unknown': 'A cal.com nem támogatja ezt a nyelvet',
    'locale.unknown.suggest': 'A cal.com nem támogatja ezt a nyelvet; erre gondolt: {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; erre gondolt: {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; ezt a számot használja (idézőjelek nélkül): {suggestion}',
    'time_format.nan': 'Hibás érték: a 12 vagy a 24 szám kellene, de az érkezett érték nem szám',
    time_format: 'Az időformátum csak 12 vagy 24 lehet',
    'time_format.coerced': 'A cal.com ezt a szöveget számmá alakítja: „{input}” → {stored}',
    'schedule_id.integer': 'Az ütemezés azonosítója egész szám',
    'schedule_id.too_small': 'Az ütemezés azonosítója legalább {minimum}',
    'schedule_id.too_big': 'Az ütemezés azonosítója legfeljebb {maximum}',
    'schedule_id.unstorable':
      'A cal.com elfogadja ezt a számot, de az adatbázis nem tudja ütemezés-azonosítóként tárolni: a kérés 500-as hibával leáll',
    'schedule_id.null':
      'Alapértelmezett ütemezés nélkül a felhasználónál addig nem lehet időpontot foglalni, amíg nincs beállítva ütemezés',
    'team_id.integer': 'A csapat azonosítója egész szám',
    'team_id.too_small': 'A csapat azonosítója legalább {minimum}',
    'team_id.too_big': 'A csapat azonosítója legfeljebb {maximum}',
    'booking_limit.too_small': 'A foglalási korlát legalább {minimum}; ha nem kell korlát, küldjön null értéket',
    'booking_limit.integer': 'A foglalási korlát a foglalások száma, tehát egész szám',
    'booking_limit.too_big': 'A foglalási korlát legfeljebb {maximum}; ha nem kell korlát, küldjön null értéket',
    'number.positive': 'A számnak nagyobbnak kell lennie, mint {minimum}',
    'avatar_url.too_long': 'Egy URL legfeljebb {maximum} karakter hosszú lehet',
    'avatar_url.invalid': 'Adjon meg teljes kép-URL-t, például https://example.com/me.png; ez nem megfelelő: „{input}”',
    'avatar_url.no_scheme':
      'Az URL elejére írja be a https:// (vagy http://) előtagot: enélkül a cím a profilképet megjelenítő oldalhoz képest relatívként értelmeződik',
    'avatar_url.credentials': 'Távolítsa el a felhasználó:jelszó@ részt: a profilképpel együtt nyilvánossá válna',
    'email.too_long': 'Egy e-mail-cím legfeljebb {maximum} karakter hosszú lehet',
    'email.invalid': 'Adjon meg egy e-mail-címet name@example.com formában; ez nem megfelelő: „{input}”',
    'email.no_at': EMAIL + 'nem tartalmaz @ jelet',
    'email.many_at': EMAIL + 'egynél több @ jelet tartalmaz',
    'email.local_length': EMAIL + 'a @ előtt túl rövid vagy túl hosszú (1–64 karakter kell)',
    'email.local_char': EMAIL + 'a @ előtt nem megengedett karaktert tartalmaz',
    'email.local_dot': EMAIL + 'a @ előtt rossz helyen tartalmaz pontot',
    'email.no_dot': EMAIL + 'nem tartalmaz ponttal tagolt domaint (például example.com)',
    'email.domain': EMAIL + 'érvénytelen domaint tartalmaz',
    'email.tld': EMAIL + 'nem tartalmaz betűkből álló legfelső szintű domaint (például .com)',
    'email.managed_user': "Egy felügyelt felhasználó e-mail-címében a @ előtt +'{clientId}' áll",
    lowercased: 'A cal.com ezt kisbetűsen tárolja: „{stored}”',
    'api_key.empty': 'Adja meg a cal.com API-kulcsát (cal_ előtaggal kezdődik)',
    'api_key.bearer': 'Hagyja el a Bearer szót: csak magát a kulcsot adja meg',
    'api_key.spaces': 'A kulcs szóközt vagy idézőjelet tartalmaz: másolja ki újra ezek nélkül',
    'api_key.chars': 'A kulcs olyan karaktereket tartalmaz, amelyek API-kulcsban vagy hozzáférési tokenben soha nem fordulnak elő',
    'api_key.truncated':
      'Ez a cal_ kulcs csonkának vagy sérültnek tűnik: másolja ki újra a Beállítások → Fejlesztő → API-kulcsok menüpontban',
    'api_key.unknown': 'Sem API-kulcs (azok cal_ előtaggal kezdődnek), sem teljes hozzáférési token',
    'metadata.key_too_long': 'Egy metaadatkulcs legfeljebb {maximum} karakter hosszú lehet (UTF-16 kódegységben mérve)',
    'metadata.too_many_keys': 'A metaadatokban legfeljebb {maximum} kulcs lehet; itt {count} van',
    'metadata.value_too_long':
      'Egy metaadat-érték legfeljebb {maximum} karakter hosszú lehet (UTF-16 kódegységben mérve); ez {count} karakter',
    'metadata.duplicate_key': 'Ez a kulcs többször is szerepel a JSON-törzsben; csak az utolsó értéke maradna meg',
    'metadata.constructor':
      'A következő kulcs miatt a cal.com már az ellenőrzés előtt 500-as hibával leáll: „{input}”; nevezze át',
    'metadata.forbidden':
      'Ez a kulcs nem engedélyezett: „{input}”. A cal.com szó nélkül eldobná, a JavaScript-kód pedig a prototípus részeként olvashatja; nevezze át',
    'metadata.stripped': 'A cal.com hibaüzenet nélkül eldobja ezt a kulcsot: „{input}”',
    'metadata.inexact_number':
      'A JavaScript nem tudja pontosan ábrázolni ezt a számot (túl nagy, túl pontos vagy a tartományon kívül esik): küldje szövegként',
    'metadata.infinite': 'A cal.com ezt a számot null értékként tárolja: a JSON nem tud végtelen számot ábrázolni',
    one_of: WRONG + '{values} kellene, de ez érkezett: „{input}”',
    brand_color: 'Hexadecimális színkódot használjon: #RGB, #RGBA, #RRGGBB vagy #RRGGBBAA',
    'zod.too_short': 'A szövegnek legalább {minimum} karakterből kell állnia',
    'zod.too_long': 'A szöveg legfeljebb {maximum} karakterből állhat',
    'zod.invalid': 'Érvénytelen',
    iso_date: WRONG + 'ISO 8601 szerinti dátum kellene, például 2024-05-01T09:30:00Z, de ez érkezett: „{input}”',
  },

  // Before "kellene": nominative, no article.
  expected: {
    string: 'karakterlánc',
    number: 'szám',
    integer: 'egész szám',
    boolean: 'logikai érték',
    object: 'objektum',
    value: 'valamilyen érték',
    'non-null value': 'nem null érték',
    'string, number or boolean': 'karakterlánc, szám vagy logikai érték',
    'number JavaScript holds exactly': 'a JavaScript által pontosan ábrázolható szám',
  },
  // Before "érkezett": nominative, the kind of value alone.
  received: {
    null: 'null',
    boolean: 'logikai érték',
    number: 'szám',
    string: 'karakterlánc',
    array: 'tömb',
    object: 'objektum',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt érték',
    symbol: 'Symbol érték',
    function: 'függvény',
    Date: 'Date objektum',
    Map: 'Map objektum',
    Set: 'Set objektum',
    RegExp: 'reguláris kifejezés',
    'class instance': 'osztálypéldány',
    'unreadable value': 'olvashatatlan érték',
  },
});
