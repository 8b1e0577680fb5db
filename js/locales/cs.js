// Čeština. Vykání („Zadejte …“, „měli jste na mysli …“), jak v českém rozhraní cal.com
// („Zadejte adresu nebo místo“); české uvozovky „…“. Formát a pravidla: js/locales/README.md.
// Id a argumenty: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Tělo požadavku není platný JSON (bajt {position}): ';
const EMAIL = 'Zadejte e-mailovou adresu ve tvaru name@example.com: „{input}“ ';
const UNKNOWN = 'Neznámý klíč „{input}“';
const DID_YOU_MEAN = ' (měli jste na mysli {suggestion}?)';
const COMPAT = 'cal.com zde null přijímá, ale pole {field} ';
const UNKNOWN_MODEL = ': v této verzi modelu není, proto se do pole data nedostane (cal.com ho možná přidal)';
const NULL_DYNAMIC =
  's hodnotou null se uloží a cal.com tuto hodnotu pak čte jako false (dynamické skupinové rezervace budou vypnuté): pošlete true nebo false';
const NOT_NULL_COLUMN = 'nesmí být null: sloupec je NOT NULL, takže cal.com vrátí chybu 500';
const NOT_NULL_TIME_FORMAT = 'nesmí být null: cal.com null uloží a každý další požadavek GET /v2/me pak skončí chybou';
const NOT_NULL_METADATA =
  "nesmí být null: databáze JSON null odmítne (chyba 500); pro vymazání pošlete '{}'";
const WEEK_START = 'Začátek týdne musí být jedna z hodnot: {values} (anglicky, s velkým počátečním písmenem)';
const TIME_FORMAT_STRING = 'Očekává se číslo 12 nebo 24, přijato: řetězec „{input}“';
// „nejvýše / alespoň N …“: 1 znak, 2 znaky, 5 znaků, 1,5 znaku.
const chars = (n) => `{${n}, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}}`;
const bytes = (n) => `{${n}, plural, one {# bajt} few {# bajty} many {# bajtu} other {# bajtů}}`;

export default catalog('cs', {
  messages: {
    type: 'Očekává se {expected}, přijato: {received}',
    'type.integer': 'Očekává se celé číslo',
    'type.array_body':
      'Očekává se {expected}, přijato: {received} (cal.com tělo požadavku, které je polem, nekontroluje a pak vrátí chybu 500)',
    unreadable: 'Tuto hodnotu nelze přečíst: getter nebo past Proxy vyvolaly výjimku',
    'unreadable.body': 'Tělo požadavku nelze přečíst: getter nebo past Proxy vyvolaly výjimku',
    'unicode.lone_surrogate':
      'Text obsahuje osamocený surogát UTF-16 (polovinu emoji?); uložil by se jako \ufffd',
    required: 'Chybí povinné pole: {field}',
    duplicate_key: 'Tento klíč se v těle požadavku vyskytuje vícekrát; platí jen jeho poslední hodnota',
    base_url: 'baseUrl musí být URL s http(s), například https://api.cal.com',
    more: '(a ještě {count})',

    'body.too_large':
      `Tělo požadavku má jako JSON ${bytes('count')}; ` +
      `cal.com odmítá těla větší než ${bytes('maximum')} (100 kB) s chybou 413`,
    'json.not_utf8': JSON_ERROR + 'neplatná posloupnost UTF-8',
    'json.trailing': JSON_ERROR + 'nečekaný text za hodnotou JSON',
    'json.unexpected_char': JSON_ERROR + 'nečekaný znak',
    'json.unexpected_end': JSON_ERROR + 'nečekaný konec dat',
    'json.invalid_literal': JSON_ERROR + 'neplatný literál',
    'json.unknown_tag': JSON_ERROR + 'neznámá značka hodnoty',
    'json.expected_key': JSON_ERROR + 'očekává se klíč v uvozovkách',
    'json.expected_colon': JSON_ERROR + "za klíčem se očekává ':'",
    'json.expected_comma_brace': JSON_ERROR + "očekává se ',' nebo uzavírací složená závorka",
    'json.expected_comma_bracket': JSON_ERROR + "očekává se ',' nebo uzavírací hranatá závorka",
    'json.unterminated_string': JSON_ERROR + 'neukončený řetězec',
    'json.invalid_unicode_escape': JSON_ERROR + 'neplatná escape sekvence \\u',
    'json.invalid_escape': JSON_ERROR + 'neplatná escape sekvence',
    'json.control_char': JSON_ERROR + 'řídicí znak v řetězci',
    'json.invalid_number': JSON_ERROR + 'neplatné číslo',
    'json.number_fraction': JSON_ERROR + "neplatné číslo: za '.' musí následovat číslice",
    'json.number_exponent': JSON_ERROR + 'neplatné číslo: v exponentu chybí číslice',

    'key.forbidden':
      UNKNOWN + ': není povolen (cal.com ho smaže nebo ignoruje a v kódu v JavaScriptu může měnit prototypy)',
    'key.secret': UNKNOWN + ': model na straně klienta tajné údaje nikdy nepřijímá',
    'key.unknown': UNKNOWN + ': cal.com ho bez upozornění zahodí',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ho bez upozornění zahodí',
    'key.rejected': UNKNOWN + ': cal.com zde neznámé klíče odmítá',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com zde neznámé klíče odmítá',
    'key.stripped': UNKNOWN + ': cal.com ho zahodí bez chybového hlášení',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ho zahodí bez chybového hlášení',
    'key.unknown_model': UNKNOWN + UNKNOWN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + UNKNOWN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' v objektu organization' + UNKNOWN_MODEL,

    'null.column': 'Pole {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Pole {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Pole {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Pole {field} ' + NULL_DYNAMIC,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC,

    'time_zone.unknown': 'Neznámá časová zóna IANA: „{input}“',
    'time_zone.unknown.suggest': 'Neznámá časová zóna IANA: „{input}“; měli jste na mysli {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ je zastaralý název pro „{canonical}“; stále funguje, ale raději použijte kanonický název',
    'time_zone.stored': 'cal.com uloží tuto časovou zónu jako „{stored}“, ne v zápisu IANA „{canonical}“',
    'time_zone.absent':
      'Bez časové zóny cal.com použije Europe/London a nevytvoří výchozí rozvrh: dokud nějaký rozvrh nebude existovat, nepůjde si u uživatele nic rezervovat',
    'locale.unknown': 'Tento jazyk cal.com nepodporuje',
    'locale.unknown.suggest': 'Tento jazyk cal.com nepodporuje; měli jste na mysli {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; měli jste na mysli {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; použijte číslo {suggestion} (bez uvozovek)',
    'time_format.nan': 'Očekává se číslo 12 nebo 24, přijato: hodnota, která není číslem',
    time_format: 'Formát času musí být 12 nebo 24',
    'time_format.coerced': 'cal.com převede řetězec „{input}“ na číslo {stored}',
    'schedule_id.integer': 'ID rozvrhu musí být celé číslo',
    'schedule_id.too_small': 'ID rozvrhu musí být alespoň {minimum}',
    'schedule_id.too_big': 'ID rozvrhu může být nejvýše {maximum}',
    'schedule_id.unstorable':
      'cal.com toto číslo přijme, ale databáze ho nemůže uložit jako ID rozvrhu: požadavek skončí chybou 500',
    'schedule_id.null': 'Bez výchozího rozvrhu si u uživatele nepůjde nic rezervovat, dokud se nějaký rozvrh nenastaví',
    'team_id.integer': 'ID týmu musí být celé číslo',
    'team_id.too_small': 'ID týmu musí být alespoň {minimum}',
    'team_id.too_big': 'ID týmu může být nejvýše {maximum}',
    'booking_limit.too_small': 'Limit rezervací musí být alespoň {minimum}; pro zrušení limitu pošlete null',
    'booking_limit.integer': 'Limit rezervací musí být celé číslo',
    'booking_limit.too_big': 'Limit rezervací může být nejvýše {maximum}; pro zrušení limitu pošlete null',
    'number.positive': 'Číslo musí být větší než {minimum}',
    'avatar_url.too_long': `URL může mít nejvýše ${chars('maximum')}`,
    'avatar_url.invalid': 'Zadejte úplnou URL obrázku, například https://example.com/me.png, ne „{input}“',
    'avatar_url.no_scheme':
      'Začněte URL předponou https:// (nebo http://): bez ní se adresa vyhodnotí relativně ke stránce, která avatar zobrazuje',
    'avatar_url.credentials':
      'Odstraňte z adresy část se jménem a heslem (user:password@): byla by zveřejněna spolu s avatarem',
    'email.too_long': `E-mailová adresa může mít nejvýše ${chars('maximum')}`,
    'email.invalid': 'Zadejte e-mailovou adresu ve tvaru name@example.com, ne „{input}“',
    'email.no_at': EMAIL + 'neobsahuje znak @',
    'email.many_at': EMAIL + 'obsahuje více než jeden znak @',
    'email.local_length': EMAIL + 'musí mít před @ 1 až 64 znaků',
    'email.local_char': EMAIL + 'obsahuje před @ nepovolený znak',
    'email.local_dot': EMAIL + 'má před @ tečku na nesprávném místě',
    'email.no_dot': EMAIL + 'potřebuje doménu s tečkou, například example.com',
    'email.domain': EMAIL + 'má neplatnou doménu',
    'email.tld': EMAIL + 'potřebuje doménu nejvyššího řádu z písmen, například .com',
    'email.managed_user': "E-mail spravovaného uživatele obsahuje před @ +'{clientId}'",
    lowercased: 'cal.com toto uloží malými písmeny: „{stored}“',
    'api_key.empty': 'Zadejte svůj API klíč cal.com (začíná na cal_)',
    'api_key.bearer': 'Vynechte slovo Bearer: zadejte jen samotný klíč',
    'api_key.spaces': 'Klíč obsahuje mezery nebo uvozovky: zkopírujte ho znovu bez nich',
    'api_key.chars': 'Klíč obsahuje znaky, které se v API klíči ani v přístupovém tokenu nikdy nevyskytují',
    'api_key.truncated':
      'Tento klíč cal_ je zřejmě zkrácený nebo poškozený: zkopírujte ho znovu v části Nastavení → Vývojář → API klíče',
    'api_key.unknown': 'Není to API klíč (ty začínají na cal_) ani úplný přístupový token',
    'metadata.key_too_long': `Klíč metadat může mít nejvýše ${chars('maximum')} (kódových jednotek UTF-16)`,
    'metadata.too_many_keys':
      'Metadata mohou mít nejvýše {maximum, plural, one {# klíč} few {# klíče} many {# klíče} other {# klíčů}}; zde jich je {count}',
    'metadata.value_too_long':
      `Hodnota metadat může mít nejvýše ${chars('maximum')} (kódových jednotek UTF-16); tato má {count}`,
    'metadata.duplicate_key': 'Tento klíč se v těle JSON vyskytuje vícekrát; zachovala by se jen jeho poslední hodnota',
    'metadata.constructor': 'Kvůli klíči „{input}“ vrátí cal.com chybu 500 ještě před kontrolou; přejmenujte ho',
    'metadata.forbidden':
      'Klíč „{input}“ není povolen: cal.com ho bez upozornění zahodí a kód v JavaScriptu ho může číst jako součást prototypu; přejmenujte ho',
    'metadata.stripped': 'cal.com klíč „{input}“ zahodí bez chybového hlášení',
    'metadata.inexact_number':
      'JavaScript toto číslo nedokáže uložit přesně (je příliš velké, příliš přesné nebo mimo rozsah): pošlete ho jako řetězec',
    'metadata.infinite': 'cal.com uloží toto číslo jako null: JSON nekonečno zapsat neumí',
    one_of: 'Očekává se jedna z hodnot: {values}; přijato: „{input}“',
    brand_color: 'Použijte barvu v šestnáctkovém zápisu: #RGB, #RGBA, #RRGGBB nebo #RRGGBBAA',
    'zod.too_short': `Řetězec musí obsahovat alespoň ${chars('minimum')}`,
    'zod.too_long': `Řetězec smí obsahovat nejvýše ${chars('maximum')}`,
    'zod.invalid': 'Neplatná hodnota',
    iso_date: 'Očekává se datum podle ISO 8601, například 2024-05-01T09:30:00Z, přijato: „{input}“',
  },

  // Po „Očekává se …“: 1. pád.
  expected: {
    string: 'řetězec',
    number: 'číslo',
    integer: 'celé číslo',
    boolean: 'logická hodnota',
    object: 'objekt',
    value: 'hodnota',
    'non-null value': 'hodnota jiná než null',
    'string, number or boolean': 'řetězec, číslo nebo logická hodnota',
    'number JavaScript holds exactly': 'číslo, které JavaScript uloží přesně',
  },
  // Po „přijato:“: jen druh hodnoty.
  received: {
    null: 'null',
    boolean: 'logická hodnota',
    number: 'číslo',
    string: 'řetězec',
    array: 'pole',
    object: 'objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'hodnota typu Symbol',
    function: 'funkce',
    Date: 'objekt Date',
    Map: 'objekt Map',
    Set: 'objekt Set',
    RegExp: 'regulární výraz',
    'class instance': 'instance třídy',
    'unreadable value': 'nečitelná hodnota',
  },
});
