// Euskara. Standard Basque (Batua) with the "zu" address and plain imperatives ("Sartu…"), as
// cal.com's Basque interface; angle quotes «…». An inserted argument cannot take a case suffix,
// so it is always absolutive or followed by a noun that carries the suffix ("«{input}» gakoak",
// "«{canonical}» ordu-eremuaren"); the literal cal.com takes "-ek" ("cal.com-ek").
// Plural: `one` (1) and `other`; the noun after a number stays singular ("50 gako"), the verb
// agrees ("byte 1 du" / "7 byte ditu").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Eskaeraren gorputza ez da baliozko JSON bat ({position}. bytean): ';
const EMAIL = 'Sartu name@example.com bezalako helbide elektroniko bat: «{input}» helbideak ';
const UNKNOWN = 'Gako ezezaguna: «{input}»';
const MEAN = ' ({suggestion} esan nahi zenuen?)';
const MODEL =
  '; ereduaren bertsio honek ez du ezagutzen, eta, beraz, ez da data emaitzan sartzen (baliteke cal.com-ek gehitu izana)';
const COMPAT = 'cal.com-ek null onartzen du hemen, baina ';
const NOT_NULL_COLUMN = '{field} ezin da null izan: zutabea NOT NULL da; beraz, cal.com-ek huts egiten du 500 errorearekin';
const NOT_NULL_TIME_FORMAT =
  '{field} ezin da null izan: cal.com-ek null gordetzen du, eta hortik aurrera GET /v2/me eskaera guztiek huts egiten dute';
const NOT_NULL_METADATA =
  "{field} ezin da null izan: datu-baseak JSONeko null bat baztertzen du (500 errorea); bidali '{}' metadatuak husteko";
const DYNAMIC_BOOKING =
  '{field} eremuaren null balioa gorde egiten da, eta gero cal.com-ek false gisa irakurtzen du (talde-erreserba dinamikoak desaktibatuta): bidali true edo false';
const WEEK_START = 'Astearen hasierak balio hauetako bat izan behar du: {values} (ingelesez eta hasierako letra larriz)';
const TIME_FORMAT_STRING = '12 edo 24 zenbakia espero zen, baina «{input}» katea jaso da';

// "at most N characters": "gehienez N karaktere izan ditzake" (dezake for one).
const atMostChars = (n) =>
  `{${n}, plural, one {gehienez karaktere # izan dezake} other {gehienez # karaktere izan ditzake}}`;

export default catalog('eu', {
  messages: {
    type: 'Espero zena: {expected}; jasotakoa: {received}',
    'type.integer': 'Zenbaki oso bat espero zen',
    'type.array_body':
      'Espero zena: {expected}; jasotakoa: {received} (cal.com-ek ez du balidatzen array bat den gorputzik, eta gero 500 errorearekin huts egiten du)',
    unreadable: 'Ezin izan da balio hau irakurri: getter batek edo Proxy baten tranpak (trap) salbuespen bat jaurti du',
    'unreadable.body':
      'Ezin izan da eskaeraren gorputza irakurri: getter batek edo Proxy baten tranpak (trap) salbuespen bat jaurti du',
    'unicode.lone_surrogate':
      'Testuak UTF-16 ordezko (surrogate) bakarti bat du (emoji erdi bat?); \ufffd gisa gordeko litzateke',
    required: 'Derrigorrezkoa: {field} falta da',
    duplicate_key: 'Gako hau behin baino gehiagotan agertzen da gorputzean; azken balioak bakarrik balio du',
    base_url: 'baseUrl eremuak http(s) URL bat izan behar du, adibidez https://api.cal.com',
    more: '(eta beste {count, plural, one {errore #} other {# errore}})',

    'body.too_large':
      'Eskaeraren gorputzak {count, plural, one {byte # du} other {# byte ditu}} JSON gisa; cal.com-ek 413 errorearekin baztertzen ditu {maximum} byte (100 kB) baino handiagoak diren gorputzak',
    'json.not_utf8': JSON_ERROR + 'testua ez da baliozko UTF-8',
    'json.trailing': JSON_ERROR + 'ustekabeko testua dago JSON balioaren ondoren',
    'json.unexpected_char': JSON_ERROR + 'ustekabeko karakterea',
    'json.unexpected_end': JSON_ERROR + 'datuak ustekabean amaitu dira',
    'json.invalid_literal': JSON_ERROR + 'literal baliogabea',
    'json.unknown_tag': JSON_ERROR + 'balio-etiketa ezezaguna',
    'json.expected_key': JSON_ERROR + 'komatxo arteko gako bat espero zen',
    'json.expected_colon': JSON_ERROR + 'bi puntu («:») espero ziren gako baten ondoren',
    'json.expected_comma_brace': JSON_ERROR + 'koma bat edo itxierako giltza bat espero zen',
    'json.expected_comma_bracket': JSON_ERROR + 'koma bat edo itxierako kortxete bat espero zen',
    'json.unterminated_string': JSON_ERROR + 'katea ez da itxi',
    'json.invalid_unicode_escape': JSON_ERROR + '\\u ihes-sekuentzia baliogabea',
    'json.invalid_escape': JSON_ERROR + 'ihes-sekuentzia baliogabea',
    'json.control_char': JSON_ERROR + 'kontrol-karaktere bat dago kate baten barruan',
    'json.invalid_number': JSON_ERROR + 'zenbaki baliogabea',
    'json.number_fraction': JSON_ERROR + 'zenbaki baliogabea: digituak espero ziren puntuaren («.») ondoren',
    'json.number_exponent': JSON_ERROR + 'zenbaki baliogabea: berretzaileak digituak behar ditu',

    'key.forbidden':
      UNKNOWN + '; ez dago baimenduta (cal.com-ek ezabatu edo ez ikusiarena egiten dio, eta JavaScript kodean prototipoak alda ditzake)',
    'key.secret': UNKNOWN + '; bezeroaren aldeko eredu batek ez du inoiz sekreturik onartzen',
    'key.unknown': UNKNOWN + '; cal.com-ek isilean baztertuko luke',
    'key.unknown.suggest': UNKNOWN + MEAN + '; cal.com-ek isilean baztertuko luke',
    'key.rejected': UNKNOWN + '; cal.com-ek gako ezezagunak baztertzen ditu hemen',
    'key.rejected.suggest': UNKNOWN + MEAN + '; cal.com-ek gako ezezagunak baztertzen ditu hemen',
    'key.stripped': UNKNOWN + '; cal.com-ek baztertu egiten du, errorerik eman gabe',
    'key.stripped.suggest': UNKNOWN + MEAN + '; cal.com-ek baztertu egiten du, errorerik eman gabe',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': 'Gako ezezaguna organization objektuan: «{input}»' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_BOOKING,

    'time_zone.unknown': 'Ez da IANA ordu-eremu bat: «{input}»',
    'time_zone.unknown.suggest': 'Ez da IANA ordu-eremu bat: «{input}»; {suggestions} esan nahi zenuen?',
    'time_zone.deprecated':
      '«{input}» «{canonical}» ordu-eremuaren izen zaharkitua da; oraindik funtzionatzen du, baina hobe da izen kanonikoa erabiltzea',
    'time_zone.stored':
      'cal.com-ek «{stored}» gisa gordetzen du ordu-eremu hau, eta ez IANAren idazkeran («{canonical}»)',
    'time_zone.absent':
      'Ordu-eremurik gabe, cal.com-ek Europe/London erabiltzen du eta ez du ordutegi lehenetsirik sortzen: ezin da erabiltzailearekin erreserbarik egin ordutegi bat izan arte',
    'locale.unknown': 'cal.com-ek ez du hizkuntza hau onartzen',
    'locale.unknown.suggest': 'cal.com-ek ez du hizkuntza hau onartzen; {suggestions} esan nahi zenuen?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; {suggestion} esan nahi zenuen?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; erabili {suggestion} zenbakia (komatxorik gabe)',
    'time_format.nan': '12 edo 24 zenbakia espero zen, baina zenbakia ez den balio bat jaso da',
    time_format: 'Ordu-formatuak 12 edo 24 izan behar du',
    'time_format.coerced': 'cal.com-ek «{input}» katea zenbaki bihurtzen du: {stored}',
    'schedule_id.integer': 'Ordutegi baten IDa zenbaki osoa da',
    'schedule_id.too_small': 'Ordutegi baten IDa gutxienez {minimum} da',
    'schedule_id.too_big': 'Ordutegi baten IDa gehienez {maximum} da',
    'schedule_id.unstorable':
      'cal.com-ek zenbaki hau onartzen du, baina datu-baseak ezin du ordutegi-ID gisa gorde: eskaerak huts egiten du 500 errorearekin',
    'schedule_id.null':
      'Ordutegi lehenetsirik gabe, ezin da erabiltzailearekin erreserbarik egin ordutegi bat ezarri arte',
    'booking_limit.too_small': 'Erreserba-muga bat gutxienez {minimum} da; bidali null mugarik ez jartzeko',
    'booking_limit.integer': 'Erreserba-muga bat erreserba-kopuru oso bat da',
    'booking_limit.too_big': 'Erreserba-muga bat gehienez {maximum} da; bidali null mugarik ez jartzeko',
    'team_id.integer': 'Talde baten IDa zenbaki osoa da',
    'team_id.too_small': 'Talde baten IDa gutxienez {minimum} da',
    'team_id.too_big': 'Talde baten IDa gehienez {maximum} da',
    'number.positive': 'Zenbakiak {minimum} baino handiagoa izan behar du',
    'avatar_url.too_long': `URL batek ${atMostChars('maximum')}`,
    'avatar_url.invalid': 'Sartu irudi baten URL osoa, adibidez https://example.com/me.png, eta ez «{input}»',
    'avatar_url.no_scheme':
      'Hasi URLa https:// (edo http://) aurrizkiarekin: hori gabe, helbidea avatarra erakusten duen orriarekiko ebazten da',
    'avatar_url.credentials': 'Kendu erabiltzailea:pasahitza@ zatia: avatarrarekin batera argitaratuko litzateke',
    'email.too_long': `Helbide elektroniko batek ${atMostChars('maximum')}`,
    'email.invalid': 'Sartu name@example.com bezalako helbide elektroniko bat, eta ez «{input}»',
    'email.no_at': EMAIL + 'ez du @ ikurrik',
    'email.many_at': EMAIL + '@ bat baino gehiago ditu',
    'email.local_length': EMAIL + '1 eta 64 karaktere artean behar ditu @ ikurraren aurretik',
    'email.local_char': EMAIL + 'onartzen ez den karaktere bat du @ ikurraren aurretik',
    'email.local_dot': EMAIL + 'puntu bat du leku okerrean @ ikurraren aurretik',
    'email.no_dot': EMAIL + 'puntua duen domeinu bat behar du, example.com bezala',
    'email.domain': EMAIL + 'domeinu baliogabea du',
    'email.tld': EMAIL + 'letraz osatutako goi-mailako domeinu bat behar du, .com bezala',
    'email.managed_user': "Erabiltzaile kudeatu baten helbide elektronikoak +'{clientId}' darama @ ikurraren aurretik",
    lowercased: 'cal.com-ek minuskulaz gordetzen du balio hau: «{stored}»',
    'api_key.empty': 'Sartu zure cal.com-eko API gakoa (cal_ aurrizkiarekin hasten da)',
    'api_key.bearer': 'Kendu Bearer hitza: eman gakoa bakarrik',
    'api_key.spaces': 'Gakoak zuriuneak edo komatxoak ditu: kopiatu berriro, horiek gabe',
    'api_key.chars': 'Gakoak API gako batek edo sarbide-token batek inoiz izaten ez dituen karaktereak ditu',
    'api_key.truncated':
      'cal_ gako hau moztuta edo hondatuta dagoela dirudi: kopiatu berriro hemendik: Ezarpenak → Garatzailea → API gakoak',
    'api_key.unknown': 'Ez da API gako bat (cal_ aurrizkiarekin hasten dira), ezta sarbide-token oso bat ere',
    'metadata.key_too_long': `Metadatu-gako batek ${atMostChars('maximum')} (UTF-16 kode-unitateak)`,
    'metadata.too_many_keys':
      'Metadatuek {maximum, plural, one {gehienez gako # izan dezakete} other {gehienez # gako izan ditzakete}}; hauek {count} dituzte',
    'metadata.value_too_long': `Metadatu-balio batek ${atMostChars('maximum')} (UTF-16 kode-unitateak); honek {count} ditu`,
    'metadata.duplicate_key':
      'Gako hau behin baino gehiagotan agertzen da JSON gorputzean; azken balioa bakarrik gordeko litzateke',
    'metadata.constructor':
      '«{input}» gakoaren ondorioz, cal.com-ek huts egiten du 500 errorearekin balidatu aurretik; aldatu izena',
    'metadata.forbidden':
      '«{input}» gakoa ez dago baimenduta: cal.com-ek isilean baztertuko luke, eta JavaScript kodeak prototipoaren zati gisa irakur lezake; aldatu izena',
    'metadata.stripped': 'cal.com-ek baztertu egiten du «{input}» gakoa, errorerik eman gabe',
    'metadata.inexact_number':
      'JavaScript-ek ezin du zenbaki hau zehatz adierazi (handiegia, zehatzegia edo tartetik kanpokoa da): bidali kate gisa',
    'metadata.infinite': 'cal.com-ek null gisa gordetzen du zenbaki hau: JSONek ezin du zenbaki infinitu bat adierazi',
    one_of: 'Balio hauetako bat espero zen ({values}); jasotakoa: «{input}»',
    brand_color: 'Erabili kolore hamaseitar bat: #RGB, #RGBA, #RRGGBB edo #RRGGBBAA',
    'zod.too_short':
      'Kateak {minimum, plural, one {gutxienez karaktere # izan behar du} other {gutxienez # karaktere izan behar ditu}}',
    'zod.too_long': `Kateak ${atMostChars('maximum')}`,
    'zod.invalid': 'Baliogabea',
    iso_date: 'ISO 8601 formatuko data bat espero zen, 2024-05-01T09:30:00Z bezalakoa; jasotakoa: «{input}»',
  },

  // After "Espero zena:": indefinite, with "bat".
  expected: {
    string: 'kate bat',
    number: 'zenbaki bat',
    integer: 'zenbaki oso bat',
    boolean: 'boolear bat',
    object: 'objektu bat',
    value: 'balio bat',
    'non-null value': 'null ez den balio bat',
    'string, number or boolean': 'kate bat, zenbaki bat edo boolear bat',
    'number JavaScript holds exactly': 'JavaScript-ek zehatz adieraz dezakeen zenbaki bat',
  },
  // After "jasotakoa:": indefinite, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'boolear bat',
    number: 'zenbaki bat',
    string: 'kate bat',
    array: 'array bat',
    object: 'objektu bat',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt bat',
    symbol: 'sinbolo bat',
    function: 'funtzio bat',
    Date: 'Date objektu bat',
    Map: 'Map objektu bat',
    Set: 'Set objektu bat',
    RegExp: 'adierazpen erregular bat',
    'class instance': 'klase-instantzia bat',
    'unreadable value': 'irakur ezin den balio bat',
  },
});
