// Eesti. Polite plural address ("teie": "sisestage", "kopeerige"), as cal.com's Estonian sentences
// ("Salvestage see API võti …", "Kinnitage oma e-posti aadress"); quotation marks „…“.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// Inserted names are never inflected: they follow a noun that takes the case ("väli {field}",
// "võti „{input}“") or a colon ("kas mõtlesite: {suggestion}?").
// `expected` is in the partitive (after "Oodati"), `received` in the nominative (after "saadi").

import { catalog } from './format.js';

const JSON_ERROR = 'Päringu sisu ei ole korrektne JSON (bait {position}): ';
const EMAIL = 'Sisestage e-posti aadress kujul name@example.com: „{input}“ ';
const UNKNOWN = 'Tundmatu võti „{input}“';
const MEAN = ' (kas mõtlesite: {suggestion}?)';
const DROPPED = ': cal.com jätaks selle vaikselt kõrvale';
const REJECTED = ': cal.com lükkab siin tundmatud võtmed tagasi';
const STRIPPED = ': cal.com jätab selle veateateta kõrvale';
const NOT_IN_MODEL = ': seda pole mudeli selles versioonis, seetõttu jäetakse see objektist data välja (võimalik, et cal.com on selle lisanud)';
const COMPAT = 'cal.com aktsepteerib siin väärtust null, kuid v';
const COLUMN = 'älja {field} väärtus ei tohi olla null: veerg on NOT NULL, seetõttu ebaõnnestub cal.com veaga 500';
const TIME_FORMAT_NULL =
  'älja {field} väärtus ei tohi olla null: cal.com salvestab väärtuse null ja iga järgmine GET /v2/me ebaõnnestub';
const METADATA_NULL =
  "älja {field} väärtus ei tohi olla null: andmebaas lükkab JSON-i null-väärtuse tagasi (viga 500); tühjendamiseks saatke '{}'";
const DYNAMIC_BOOKING_NULL =
  'älja {field} väärtus null salvestatakse ja cal.com käsitleb seda seejärel väärtusena false (dünaamilised grupibroneeringud on välja lülitatud): saatke true või false';
const WEEK_START = 'Nädala algus peab olema üks järgmistest: {values} (inglise keeles, suure algustähega)';
const TIME_FORMAT_STRING = 'Oodati arvu 12 või 24, saadi sõne „{input}“';
const chars = (n) => `{${n}, plural, one {# märk} other {# märki}}`;

export default catalog('et', {
  messages: {
    type: 'Oodati {expected}, saadi {received}',
    'type.integer': 'Oodati täisarvu',
    'type.array_body':
      'Oodati {expected}, saadi {received} (cal.com ei valideeri massiivina saadetud päringu sisu ja ebaõnnestub seejärel veaga 500)',
    unreadable: 'Seda väärtust ei õnnestunud lugeda: getter või Proxy-lõks tekitas vea',
    'unreadable.body': 'Päringu sisu ei õnnestunud lugeda: getter või Proxy-lõks tekitas vea',
    'unicode.lone_surrogate':
      'Tekst sisaldab üksikut UTF-16 surrogaati (pool emojit?); see salvestataks märgina \ufffd',
    required: 'Kohustuslik: väli {field} puudub',
    duplicate_key: 'See võti esineb päringu sisus mitu korda; arvesse läheb ainult viimane väärtus',
    base_url: 'baseUrl peab olema http(s)-URL, näiteks https://api.cal.com',
    more: '(ja veel {count})',

    'body.too_large':
      'Päringu sisu on JSON-kujul {count, plural, one {# bait} other {# baiti}}; cal.com lükkab üle {maximum} baidi (100 kB) suuruse sisu tagasi veaga 413',
    'json.not_utf8': JSON_ERROR + 'tekst ei ole korrektne UTF-8',
    'json.trailing': JSON_ERROR + 'ootamatu tekst pärast JSON-väärtust',
    'json.unexpected_char': JSON_ERROR + 'ootamatu märk',
    'json.unexpected_end': JSON_ERROR + 'ootamatu lõpp',
    'json.invalid_literal': JSON_ERROR + 'vigane literaal',
    'json.unknown_tag': JSON_ERROR + 'tundmatu väärtuse silt',
    'json.expected_key': JSON_ERROR + 'siin oodatakse jutumärkides võtit',
    'json.expected_colon': JSON_ERROR + "võtme järel oodatakse märki ':'",
    'json.expected_comma_brace': JSON_ERROR + "siin oodatakse märki ',' või sulgevat looksulgu",
    'json.expected_comma_bracket': JSON_ERROR + "siin oodatakse märki ',' või sulgevat nurksulgu",
    'json.unterminated_string': JSON_ERROR + 'lõpetamata sõne',
    'json.invalid_unicode_escape': JSON_ERROR + 'vigane \\u-paojada',
    'json.invalid_escape': JSON_ERROR + 'vigane paojada',
    'json.control_char': JSON_ERROR + 'juhtmärk sõnes',
    'json.invalid_number': JSON_ERROR + 'vigane arv',
    'json.number_fraction': JSON_ERROR + "vigane arv: pärast märki '.' peavad tulema numbrid",
    'json.number_exponent': JSON_ERROR + 'vigane arv: astendajas puuduvad numbrid',

    'key.forbidden':
      UNKNOWN + ': ei ole lubatud (cal.com kustutab selle või eirab seda ning JavaScripti koodis võib see muuta prototüüpe)',
    'key.secret': UNKNOWN + ': kliendipoolne mudel ei võta saladusi kunagi vastu',
    'key.unknown': UNKNOWN + DROPPED,
    'key.unknown.suggest': UNKNOWN + MEAN + DROPPED,
    'key.rejected': UNKNOWN + REJECTED,
    'key.rejected.suggest': UNKNOWN + MEAN + REJECTED,
    'key.stripped': UNKNOWN + STRIPPED,
    'key.stripped.suggest': UNKNOWN + MEAN + STRIPPED,
    'key.unknown_model': UNKNOWN + NOT_IN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + NOT_IN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' objektis organization' + NOT_IN_MODEL,

    'null.column': 'V' + COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': 'V' + TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': 'V' + METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': 'V' + DYNAMIC_BOOKING_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_BOOKING_NULL,

    'time_zone.unknown': '„{input}“ ei ole IANA ajavöönd',
    'time_zone.unknown.suggest': '„{input}“ ei ole IANA ajavöönd; kas mõtlesite: {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ on ajavööndi „{canonical}“ iganenud nimi; see töötab endiselt, kuid eelistage ametlikku nime',
    'time_zone.stored': 'cal.com salvestab selle ajavööndi kujul „{stored}“, mitte IANA kirjapildis „{canonical}“',
    'time_zone.absent':
      'Ajavööndi puudumisel kasutab cal.com ajavööndit Europe/London ega loo vaikegraafikut: kasutajaga ei saa aega broneerida enne, kui graafik on olemas',
    'locale.unknown': 'cal.com ei toeta seda keelt',
    'locale.unknown.suggest': 'cal.com ei toeta seda keelt; kas mõtlesite: {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; kas mõtlesite: {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; kasutage arvu {suggestion} (ilma jutumärkideta)',
    'time_format.nan': 'Oodati arvu 12 või 24, saadi väärtus, mis ei ole arv',
    time_format: 'Ajavorming peab olema 12 või 24',
    'time_format.coerced': 'cal.com teisendab sõne „{input}“ arvuks {stored}',
    'schedule_id.integer': 'Graafiku ID on täisarv',
    'schedule_id.too_small': 'Graafiku ID on vähemalt {minimum}',
    'schedule_id.too_big': 'Graafiku ID on kõige rohkem {maximum}',
    'schedule_id.unstorable':
      'cal.com aktsepteerib seda arvu, kuid andmebaas ei saa seda graafiku ID-na salvestada: päring ebaõnnestub veaga 500',
    'schedule_id.null': 'Vaikegraafikuta ei saa kasutajaga aega broneerida enne, kui graafik on määratud',
    'team_id.integer': 'Meeskonna ID on täisarv',
    'team_id.too_small': 'Meeskonna ID on vähemalt {minimum}',
    'team_id.too_big': 'Meeskonna ID on kõige rohkem {maximum}',
    'booking_limit.too_small': 'Broneerimispiirang on vähemalt {minimum}; piirangu eemaldamiseks saatke null',
    'booking_limit.integer': 'Broneerimispiirang on täisarvuline broneeringute arv',
    'booking_limit.too_big': 'Broneerimispiirang on kõige rohkem {maximum}; piirangu eemaldamiseks saatke null',
    'number.positive': 'Arv peab olema suurem kui {minimum}',
    'avatar_url.too_long': 'URL-is võib olla kuni ' + chars('maximum'),
    'avatar_url.invalid': 'Sisestage täielik pildi URL, näiteks https://example.com/me.png; „{input}“ ei sobi',
    'avatar_url.no_scheme':
      'Alustage URL-i eesliitega https:// (või http://): muidu tõlgendatakse aadressi suhtelisena profiilipilti näitava lehe suhtes',
    'avatar_url.credentials': 'Eemaldage osa kasutaja:parool@: see avaldataks koos profiilipildiga',
    'email.too_long': 'E-posti aadressis võib olla kuni ' + chars('maximum'),
    'email.invalid': 'Sisestage e-posti aadress kujul name@example.com; „{input}“ ei sobi',
    'email.no_at': EMAIL + 'ei sisalda märki @',
    'email.many_at': EMAIL + 'sisaldab rohkem kui ühte märki @',
    'email.local_length': EMAIL + 'peab sisaldama enne märki @ 1 kuni 64 märki',
    'email.local_char': EMAIL + 'sisaldab enne märki @ lubamatut märki',
    'email.local_dot': EMAIL + 'sisaldab enne märki @ valesse kohta paigutatud punkti',
    'email.no_dot': EMAIL + 'vajab punktiga domeeni, näiteks example.com',
    'email.domain': EMAIL + 'sisaldab vigast domeeni',
    'email.tld': EMAIL + 'vajab tähtedest koosnevat tippdomeeni, näiteks .com',
    'email.managed_user': "Hallatud kasutaja e-posti aadressis on enne märki @ lisand +'{clientId}'",
    lowercased: 'cal.com salvestab selle väiketähtedega: „{stored}“',
    'api_key.empty': 'Sisestage oma cal.com API võti (see algab eesliitega cal_)',
    'api_key.bearer': 'Jätke sõna Bearer ära: sisestage ainult võti',
    'api_key.spaces': 'Võti sisaldab tühikuid või jutumärke: kopeerige see uuesti ilma nendeta',
    'api_key.chars': 'Võti sisaldab märke, mida API võtmes ega juurdepääsutõendis kunagi ei ole',
    'api_key.truncated':
      'See cal_ võti näib kärbitud või rikutud: kopeerige see uuesti jaotisest Seaded → Arendaja → API võtmed',
    'api_key.unknown': 'Ei ole API võti (need algavad eesliitega cal_) ega täielik juurdepääsutõend',
    'metadata.key_too_long': 'Metaandmete võtmes võib olla kuni ' + chars('maximum') + ' (UTF-16 koodiühikutes)',
    'metadata.too_many_keys':
      'Metaandmetes võib olla kuni {maximum, plural, one {# võti} other {# võtit}}; siin on {count}',
    'metadata.value_too_long':
      'Metaandmete väärtuses võib olla kuni ' + chars('maximum') + ' (UTF-16 koodiühikutes); selles on {count}',
    'metadata.duplicate_key': 'See võti esineb JSON-sisus mitu korda; alles jääks ainult viimane väärtus',
    'metadata.constructor':
      'Võtme „{input}“ tõttu ebaõnnestub cal.com veaga 500 juba enne valideerimist; nimetage võti ümber',
    'metadata.forbidden':
      'Võti „{input}“ ei ole lubatud: cal.com jätaks selle vaikselt kõrvale ja JavaScripti kood võib lugeda seda prototüübi osana; nimetage võti ümber',
    'metadata.stripped': 'cal.com jätab võtme „{input}“ veateateta kõrvale',
    'metadata.inexact_number':
      'JavaScript ei suuda seda arvu täpselt esitada (liiga suur, liiga täpne või väljaspool lubatud vahemikku): saatke see sõnena',
    'metadata.infinite': 'cal.com salvestab selle arvu väärtusena null: JSON ei saa sisaldada lõpmatut arvu',
    one_of: 'Oodati üht järgmistest: {values}; saadi „{input}“',
    brand_color: 'Kasutage kuueteistkümnendsüsteemis värvikoodi: #RGB, #RGBA, #RRGGBB või #RRGGBBAA',
    'zod.too_short': 'Sõnes peab olema vähemalt ' + chars('minimum'),
    'zod.too_long': 'Sõnes võib olla kuni ' + chars('maximum'),
    'zod.invalid': 'Vigane',
    iso_date: 'Oodati ISO 8601 kuupäeva, näiteks 2024-05-01T09:30:00Z; saadi „{input}“',
  },

  // After "Oodati": partitive.
  expected: {
    string: 'sõnet',
    number: 'arvu',
    integer: 'täisarvu',
    boolean: 'tõeväärtust',
    object: 'objekti',
    value: 'väärtust',
    'non-null value': 'väärtust, mis ei ole null',
    'string, number or boolean': 'sõnet, arvu või tõeväärtust',
    'number JavaScript holds exactly': 'arvu, mida JavaScript suudab täpselt esitada',
  },
  // After "saadi": nominative, the kind of value alone.
  received: {
    null: 'null',
    boolean: 'tõeväärtus',
    number: 'arv',
    string: 'sõne',
    array: 'massiiv',
    object: 'objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt-arv',
    symbol: 'Symbol-väärtus',
    function: 'funktsioon',
    Date: 'Date-objekt',
    Map: 'Map-objekt',
    Set: 'Set-objekt',
    RegExp: 'regulaaravaldis',
    'class instance': 'klassi eksemplar',
    'unreadable value': 'loetamatu väärtus',
  },
});
