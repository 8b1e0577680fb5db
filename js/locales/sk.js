// Slovenčina. Vykanie („Zadajte …“, „mali ste na mysli …“), ako v slovenskom rozhraní cal.com
// a v súčasných aplikáciách; slovenské úvodzovky „…“. Formát a pravidlá: js/locales/README.md.
// Id a argumenty: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Telo požiadavky nie je platný JSON (bajt {position}): ';
const EMAIL = 'Zadajte e-mailovú adresu v tvare name@example.com: „{input}“ ';
const UNKNOWN = 'Neznámy kľúč „{input}“';
const DID_YOU_MEAN = ' (mali ste na mysli {suggestion}?)';
const COMPAT = 'cal.com tu null prijíma, ale pole {field} ';
const UNKNOWN_MODEL = ': v tejto verzii modelu nie je, preto sa do poľa data nedostane (cal.com ho možno pridal)';
const NULL_DYNAMIC =
  's hodnotou null sa uloží a cal.com túto hodnotu potom číta ako false (dynamické skupinové rezervácie budú vypnuté): pošlite true alebo false';
const NOT_NULL_COLUMN = 'nesmie byť null: stĺpec je NOT NULL, takže cal.com vráti chybu 500';
const NOT_NULL_TIME_FORMAT =
  'nesmie byť null: cal.com null uloží a každá ďalšia požiadavka GET /v2/me potom skončí chybou';
const NOT_NULL_METADATA = "nesmie byť null: databáza JSON null odmietne (chyba 500); na vymazanie pošlite '{}'";
const WEEK_START = 'Začiatok týždňa musí byť jedna z hodnôt: {values} (po anglicky, s veľkým začiatočným písmenom)';
const TIME_FORMAT_STRING = 'Očakáva sa číslo 12 alebo 24, prijaté: reťazec „{input}“';
// „najviac / aspoň N …“: 1 znak, 2 znaky, 5 znakov, 1,5 znaku.
const chars = (n) => `{${n}, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}}`;
const bytes = (n) => `{${n}, plural, one {# bajt} few {# bajty} many {# bajtu} other {# bajtov}}`;

export default catalog('sk', {
  messages: {
    type: 'Očakáva sa {expected}, prijaté: {received}',
    'type.integer': 'Očakáva sa celé číslo',
    'type.array_body':
      'Očakáva sa {expected}, prijaté: {received} (cal.com telo požiadavky, ktoré je poľom, nekontroluje a potom vráti chybu 500)',
    unreadable: 'Túto hodnotu nemožno prečítať: getter alebo pasca Proxy vyvolali výnimku',
    'unreadable.body': 'Telo požiadavky nemožno prečítať: getter alebo pasca Proxy vyvolali výnimku',
    'unicode.lone_surrogate':
      'Text obsahuje osamotený surogát UTF-16 (polovicu emoji?); uložil by sa ako \ufffd',
    required: 'Chýba povinné pole: {field}',
    duplicate_key: 'Tento kľúč sa v tele požiadavky vyskytuje viackrát; platí len jeho posledná hodnota',
    base_url: 'baseUrl musí byť URL s http(s), napríklad https://api.cal.com',
    more: '(a ešte {count})',

    'body.too_large':
      `Telo požiadavky má ako JSON ${bytes('count')}; ` +
      `cal.com odmieta telá väčšie ako ${bytes('maximum')} (100 kB) s chybou 413`,
    'json.not_utf8': JSON_ERROR + 'neplatná postupnosť UTF-8',
    'json.trailing': JSON_ERROR + 'neočakávaný text za hodnotou JSON',
    'json.unexpected_char': JSON_ERROR + 'neočakávaný znak',
    'json.unexpected_end': JSON_ERROR + 'neočakávaný koniec údajov',
    'json.invalid_literal': JSON_ERROR + 'neplatný literál',
    'json.unknown_tag': JSON_ERROR + 'neznáma značka hodnoty',
    'json.expected_key': JSON_ERROR + 'očakáva sa kľúč v úvodzovkách',
    'json.expected_colon': JSON_ERROR + "za kľúčom sa očakáva ':'",
    'json.expected_comma_brace': JSON_ERROR + "očakáva sa ',' alebo zatváracia zložená zátvorka",
    'json.expected_comma_bracket': JSON_ERROR + "očakáva sa ',' alebo zatváracia hranatá zátvorka",
    'json.unterminated_string': JSON_ERROR + 'neukončený reťazec',
    'json.invalid_unicode_escape': JSON_ERROR + 'neplatná escape sekvencia \\u',
    'json.invalid_escape': JSON_ERROR + 'neplatná escape sekvencia',
    'json.control_char': JSON_ERROR + 'riadiaci znak v reťazci',
    'json.invalid_number': JSON_ERROR + 'neplatné číslo',
    'json.number_fraction': JSON_ERROR + "neplatné číslo: za '.' musia nasledovať číslice",
    'json.number_exponent': JSON_ERROR + 'neplatné číslo: v exponente chýbajú číslice',

    'key.forbidden':
      UNKNOWN + ': nie je povolený (cal.com ho vymaže alebo ignoruje a v kóde v JavaScripte môže meniť prototypy)',
    'key.secret': UNKNOWN + ': model na strane klienta tajné údaje nikdy neprijíma',
    'key.unknown': UNKNOWN + ': cal.com ho bez upozornenia zahodí',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ho bez upozornenia zahodí',
    'key.rejected': UNKNOWN + ': cal.com tu neznáme kľúče odmieta',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com tu neznáme kľúče odmieta',
    'key.stripped': UNKNOWN + ': cal.com ho zahodí bez chybového hlásenia',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ho zahodí bez chybového hlásenia',
    'key.unknown_model': UNKNOWN + UNKNOWN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + UNKNOWN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' v objekte organization' + UNKNOWN_MODEL,

    'null.column': 'Pole {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Pole {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Pole {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Pole {field} ' + NULL_DYNAMIC,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC,

    'time_zone.unknown': 'Neznáme časové pásmo IANA: „{input}“',
    'time_zone.unknown.suggest': 'Neznáme časové pásmo IANA: „{input}“; mali ste na mysli {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ je zastaraný názov pre „{canonical}“; stále funguje, ale radšej použite kanonický názov',
    'time_zone.stored': 'cal.com uloží toto časové pásmo ako „{stored}“, nie v zápise IANA „{canonical}“',
    'time_zone.absent':
      'Bez časového pásma cal.com použije Europe/London a nevytvorí predvolený rozvrh: kým nejaký rozvrh nebude existovať, u používateľa si nebude možné nič rezervovať',
    'locale.unknown': 'Tento jazyk cal.com nepodporuje',
    'locale.unknown.suggest': 'Tento jazyk cal.com nepodporuje; mali ste na mysli {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; mali ste na mysli {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; použite číslo {suggestion} (bez úvodzoviek)',
    'time_format.nan': 'Očakáva sa číslo 12 alebo 24, prijaté: hodnota, ktorá nie je číslom',
    time_format: 'Formát času musí byť 12 alebo 24',
    'time_format.coerced': 'cal.com prevedie reťazec „{input}“ na číslo {stored}',
    'schedule_id.integer': 'ID rozvrhu musí byť celé číslo',
    'schedule_id.too_small': 'ID rozvrhu musí byť aspoň {minimum}',
    'schedule_id.too_big': 'ID rozvrhu môže byť najviac {maximum}',
    'schedule_id.unstorable':
      'cal.com toto číslo prijme, ale databáza ho nemôže uložiť ako ID rozvrhu: požiadavka skončí chybou 500',
    'schedule_id.null': 'Bez predvoleného rozvrhu si u používateľa nebude možné nič rezervovať, kým sa nejaký rozvrh nenastaví',
    'team_id.integer': 'ID tímu musí byť celé číslo',
    'team_id.too_small': 'ID tímu musí byť aspoň {minimum}',
    'team_id.too_big': 'ID tímu môže byť najviac {maximum}',
    'booking_limit.too_small': 'Limit rezervácií musí byť aspoň {minimum}; na zrušenie limitu pošlite null',
    'booking_limit.integer': 'Limit rezervácií musí byť celé číslo',
    'booking_limit.too_big': 'Limit rezervácií môže byť najviac {maximum}; na zrušenie limitu pošlite null',
    'number.positive': 'Číslo musí byť väčšie ako {minimum}',
    'avatar_url.too_long': `URL môže mať najviac ${chars('maximum')}`,
    'avatar_url.invalid': 'Zadajte úplnú URL obrázka, napríklad https://example.com/me.png, nie „{input}“',
    'avatar_url.no_scheme':
      'Začnite URL predponou https:// (alebo http://): bez nej sa adresa vyhodnotí relatívne k stránke, ktorá avatar zobrazuje',
    'avatar_url.credentials':
      'Odstráňte z adresy časť s menom a heslom (user:password@): zverejnila by sa spolu s avatarom',
    'email.too_long': `E-mailová adresa môže mať najviac ${chars('maximum')}`,
    'email.invalid': 'Zadajte e-mailovú adresu v tvare name@example.com, nie „{input}“',
    'email.no_at': EMAIL + 'neobsahuje znak @',
    'email.many_at': EMAIL + 'obsahuje viac ako jeden znak @',
    'email.local_length': EMAIL + 'musí mať pred @ 1 až 64 znakov',
    'email.local_char': EMAIL + 'obsahuje pred @ nepovolený znak',
    'email.local_dot': EMAIL + 'má pred @ bodku na nesprávnom mieste',
    'email.no_dot': EMAIL + 'potrebuje doménu s bodkou, napríklad example.com',
    'email.domain': EMAIL + 'má neplatnú doménu',
    'email.tld': EMAIL + 'potrebuje doménu najvyššej úrovne z písmen, napríklad .com',
    'email.managed_user': "E-mail spravovaného používateľa obsahuje pred @ +'{clientId}'",
    lowercased: 'cal.com toto uloží malými písmenami: „{stored}“',
    'api_key.empty': 'Zadajte svoj API kľúč cal.com (začína sa na cal_)',
    'api_key.bearer': 'Vynechajte slovo Bearer: zadajte len samotný kľúč',
    'api_key.spaces': 'Kľúč obsahuje medzery alebo úvodzovky: skopírujte ho znova bez nich',
    'api_key.chars': 'Kľúč obsahuje znaky, ktoré sa v API kľúči ani v prístupovom tokene nikdy nevyskytujú',
    'api_key.truncated':
      'Tento kľúč cal_ je zrejme skrátený alebo poškodený: skopírujte ho znova v časti Nastavenia → Vývojár → API kľúče',
    'api_key.unknown': 'Nie je to API kľúč (tie sa začínajú na cal_) ani úplný prístupový token',
    'metadata.key_too_long': `Kľúč metadát môže mať najviac ${chars('maximum')} (kódových jednotiek UTF-16)`,
    'metadata.too_many_keys':
      'Metadáta môžu mať najviac {maximum, plural, one {# kľúč} few {# kľúče} many {# kľúča} other {# kľúčov}}; tu ich je {count}',
    'metadata.value_too_long':
      `Hodnota metadát môže mať najviac ${chars('maximum')} (kódových jednotiek UTF-16); táto má {count}`,
    'metadata.duplicate_key': 'Tento kľúč sa v tele JSON vyskytuje viackrát; zachovala by sa len jeho posledná hodnota',
    'metadata.constructor': 'Kvôli kľúču „{input}“ vráti cal.com chybu 500 ešte pred kontrolou; premenujte ho',
    'metadata.forbidden':
      'Kľúč „{input}“ nie je povolený: cal.com ho bez upozornenia zahodí a kód v JavaScripte ho môže čítať ako súčasť prototypu; premenujte ho',
    'metadata.stripped': 'cal.com kľúč „{input}“ zahodí bez chybového hlásenia',
    'metadata.inexact_number':
      'JavaScript toto číslo nedokáže uložiť presne (je príliš veľké, príliš presné alebo mimo rozsahu): pošlite ho ako reťazec',
    'metadata.infinite': 'cal.com uloží toto číslo ako null: JSON nekonečno zapísať nevie',
    one_of: 'Očakáva sa jedna z hodnôt: {values}; prijaté: „{input}“',
    brand_color: 'Použite farbu v šestnástkovom zápise: #RGB, #RGBA, #RRGGBB alebo #RRGGBBAA',
    'zod.too_short': `Reťazec musí obsahovať aspoň ${chars('minimum')}`,
    'zod.too_long': `Reťazec môže obsahovať najviac ${chars('maximum')}`,
    'zod.invalid': 'Neplatná hodnota',
    iso_date: 'Očakáva sa dátum podľa ISO 8601, napríklad 2024-05-01T09:30:00Z, prijaté: „{input}“',
  },

  // Po „Očakáva sa …“: nominatív.
  expected: {
    string: 'reťazec',
    number: 'číslo',
    integer: 'celé číslo',
    boolean: 'logická hodnota',
    object: 'objekt',
    value: 'hodnota',
    'non-null value': 'hodnota iná ako null',
    'string, number or boolean': 'reťazec, číslo alebo logická hodnota',
    'number JavaScript holds exactly': 'číslo, ktoré JavaScript uloží presne',
  },
  // Po „prijaté:“: len druh hodnoty.
  received: {
    null: 'null',
    boolean: 'logická hodnota',
    number: 'číslo',
    string: 'reťazec',
    array: 'pole',
    object: 'objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'hodnota typu Symbol',
    function: 'funkcia',
    Date: 'objekt Date',
    Map: 'objekt Map',
    Set: 'objekt Set',
    RegExp: 'regulárny výraz',
    'class instance': 'inštancia triedy',
    'unreadable value': 'nečitateľná hodnota',
  },
});
