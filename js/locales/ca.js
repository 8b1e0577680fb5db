// Català. Informal address ("tu": "Introdueix…"), as most of cal.com's Catalan interface;
// Catalan angle quotes «…». "Nombre" for a quantity, "clau" for a key (so a closing brace is
// named by what it closes). Plural: `one` is 1 only; `many` is for millions ("1.000.000 de claus").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'El cos de la sol·licitud no és un JSON vàlid (byte {position}): ';
const EMAIL = 'Introdueix una adreça electrònica com ara name@example.com: «{input}» ';
const UNKNOWN = 'Clau desconeguda «{input}»';
const MEAN = ' (volies dir {suggestion}?)';
const MODEL =
  ": no existeix en aquesta versió del model, així que s'omet de data (potser cal.com l'ha afegida)";
const COMPAT = 'cal.com accepta null aquí, però ';
const NOT_NULL_COLUMN = '{field} no pot ser null: la columna és NOT NULL, així que cal.com falla amb un error 500';
const NOT_NULL_TIME_FORMAT =
  "{field} no pot ser null: cal.com desa el null i, a partir d'aquí, totes les peticions GET /v2/me fallen";
const NOT_NULL_METADATA =
  "{field} no pot ser null: la base de dades rebutja un null de JSON (error 500); envia '{}' per buidar les metadades";
const DYNAMIC_BOOKING =
  " es desa i després cal.com l'interpreta com a false (reserves de grup dinàmiques desactivades): envia true o false";
const WEEK_START = "L'inici de la setmana ha de ser un d'aquests valors: {values} (en anglès i amb majúscula inicial)";
const TIME_FORMAT_STRING = "S'esperava el nombre 12 o 24, però s'ha rebut la cadena «{input}»";

// "N caràcters" after "com a màxim" / "almenys".
const chars = (n) => `{${n}, plural, one {# caràcter} many {# de caràcters} other {# caràcters}}`;

export default catalog('ca', {
  messages: {
    type: "S'esperava {expected}, però s'ha rebut {received}",
    'type.integer': "S'esperava un nombre enter",
    'type.array_body':
      "S'esperava {expected}, però s'ha rebut {received} (cal.com no valida un cos que sigui un array i després falla amb un error 500)",
    unreadable: "No s'ha pogut llegir aquest valor: un getter o una trampa (trap) de Proxy ha llançat una excepció",
    'unreadable.body':
      "No s'ha pogut llegir el cos de la sol·licitud: un getter o una trampa (trap) de Proxy ha llançat una excepció",
    'unicode.lone_surrogate':
      'El text conté un subrogat (surrogate) UTF-16 solt (mig emoji?); es desaria com a \ufffd',
    required: 'Obligatori: falta {field}',
    duplicate_key: "Aquesta clau apareix més d'una vegada al cos de la sol·licitud; només compta el seu darrer valor",
    base_url: 'baseUrl ha de ser una URL http(s), com ara https://api.cal.com',
    more: "(i {count, plural, one {# error més} many {# d'errors més} other {# errors més}})",

    'body.too_large':
      "El cos de la sol·licitud ocupa {count, plural, one {# byte} many {# de bytes} other {# bytes}} en JSON; cal.com rebutja els cossos de més {maximum, plural, one {d'# byte} many {de # de bytes} other {de # bytes}} (100 kB) amb un error 413",
    'json.not_utf8': JSON_ERROR + 'el text no és UTF-8 vàlid',
    'json.trailing': JSON_ERROR + 'hi ha text inesperat després del valor JSON',
    'json.unexpected_char': JSON_ERROR + 'caràcter inesperat',
    'json.unexpected_end': JSON_ERROR + "les dades s'acaben abans d'hora",
    'json.invalid_literal': JSON_ERROR + 'literal no vàlid',
    'json.unknown_tag': JSON_ERROR + 'etiqueta de valor desconeguda',
    'json.expected_key': JSON_ERROR + "s'esperava una clau entre cometes",
    'json.expected_colon': JSON_ERROR + "s'esperava «:» després d'una clau",
    'json.expected_comma_brace': JSON_ERROR + "s'esperava una coma o el tancament de l'objecte",
    'json.expected_comma_bracket': JSON_ERROR + "s'esperava una coma o el claudàtor de tancament",
    'json.unterminated_string': JSON_ERROR + 'cadena sense tancar',
    'json.invalid_unicode_escape': JSON_ERROR + "seqüència d'escapament \\u no vàlida",
    'json.invalid_escape': JSON_ERROR + "seqüència d'escapament no vàlida",
    'json.control_char': JSON_ERROR + 'caràcter de control dins una cadena',
    'json.invalid_number': JSON_ERROR + 'nombre no vàlid',
    'json.number_fraction': JSON_ERROR + "nombre no vàlid: calen xifres després de «.»",
    'json.number_exponent': JSON_ERROR + "nombre no vàlid: calen xifres a l'exponent",

    'key.forbidden':
      UNKNOWN + ': no està permesa (cal.com la suprimeix o la ignora, i en codi JavaScript pot alterar prototips)',
    'key.secret': UNKNOWN + ': un model del costat del client no accepta mai secrets',
    'key.unknown': UNKNOWN + ': cal.com la descartaria sense avisar',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com la descartaria sense avisar',
    'key.rejected': UNKNOWN + ': aquí cal.com rebutja les claus desconegudes',
    'key.rejected.suggest': UNKNOWN + MEAN + ': aquí cal.com rebutja les claus desconegudes',
    'key.stripped': UNKNOWN + ': cal.com la descarta sense donar cap error',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com la descarta sense donar cap error',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' a organization' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'El valor null del camp {field}' + DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + 'el valor null del camp {field}' + DYNAMIC_BOOKING,

    'time_zone.unknown': 'No és una zona horària IANA: «{input}»',
    'time_zone.unknown.suggest': 'No és una zona horària IANA: «{input}»; volies dir {suggestions}?',
    'time_zone.deprecated':
      '«{input}» és un nom antic de «{canonical}»; encara funciona, però és millor fer servir el nom canònic',
    'time_zone.stored': 'cal.com desa aquesta zona horària com a «{stored}», no amb la grafia IANA «{canonical}»',
    'time_zone.absent':
      "Sense zona horària, cal.com fa servir Europe/London i no crea cap horari predeterminat: ningú no podrà reservar amb aquest usuari fins que en tingui un",
    'locale.unknown': 'cal.com no admet aquest idioma',
    'locale.unknown.suggest': 'cal.com no admet aquest idioma: volies dir {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; volies dir {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': fes servir el nombre {suggestion} (sense cometes)',
    'time_format.nan': "S'esperava el nombre 12 o 24, però s'ha rebut un valor que no és un nombre",
    time_format: "El format d'hora ha de ser 12 o 24",
    'time_format.coerced': 'cal.com converteix la cadena «{input}» en el nombre {stored}',
    'schedule_id.integer': "L'ID d'un horari és un nombre enter",
    'schedule_id.too_small': "L'ID d'un horari és com a mínim {minimum}",
    'schedule_id.too_big': "L'ID d'un horari és com a màxim {maximum}",
    'schedule_id.unstorable':
      "cal.com accepta aquest nombre, però la base de dades no el pot desar com a ID d'horari: la sol·licitud falla amb un error 500",
    'schedule_id.null':
      "Sense horari predeterminat, ningú no podrà reservar amb aquest usuari fins que se n'estableixi un",
    'booking_limit.too_small': 'Un límit de reserves és com a mínim {minimum}; envia null per no posar cap límit',
    'booking_limit.integer': 'Un límit de reserves és un nombre enter de reserves',
    'booking_limit.too_big': 'Un límit de reserves és com a màxim {maximum}; envia null per no posar cap límit',
    'team_id.integer': "L'ID d'un equip és un nombre enter",
    'team_id.too_small': "L'ID d'un equip és com a mínim {minimum}",
    'team_id.too_big': "L'ID d'un equip és com a màxim {maximum}",
    'number.positive': 'El nombre ha de ser més gran que {minimum}',
    'avatar_url.too_long': `Una URL té com a màxim ${chars('maximum')}`,
    'avatar_url.invalid':
      "Introdueix l'URL completa d'una imatge, com ara https://example.com/me.png, i no «{input}»",
    'avatar_url.no_scheme':
      "Comença l'URL amb https:// (o http://): si no, l'adreça es resol en relació amb la pàgina que mostra l'avatar",
    'avatar_url.credentials': "Elimina la part usuari:contrasenya@: es publicaria amb l'avatar",
    'email.too_long': `Una adreça electrònica té com a màxim ${chars('maximum')}`,
    'email.invalid': 'Introdueix una adreça electrònica com ara name@example.com, i no «{input}»',
    'email.no_at': EMAIL + 'no té cap @',
    'email.many_at': EMAIL + "té més d'una @",
    'email.local_length': EMAIL + "necessita d'1 a 64 caràcters abans de l'@",
    'email.local_char': EMAIL + "té un caràcter no permès abans de l'@",
    'email.local_dot': EMAIL + "té un punt mal col·locat abans de l'@",
    'email.no_dot': EMAIL + 'necessita un domini amb un punt, com ara example.com',
    'email.domain': EMAIL + 'té un domini no vàlid',
    'email.tld': EMAIL + 'necessita un domini de primer nivell format per lletres, com ara .com',
    'email.managed_user': "L'adreça electrònica d'un usuari gestionat porta +'{clientId}' abans de l'@",
    lowercased: 'cal.com desa aquest valor en minúscules: «{stored}»',
    'api_key.empty': 'Introdueix la teva clau API de cal.com (comença per cal_)',
    'api_key.bearer': 'Treu la paraula Bearer: posa només la clau',
    'api_key.spaces': 'La clau conté espais o cometes: torna-la a copiar sense',
    'api_key.chars': "La clau conté caràcters que una clau API o un testimoni d'accés no tenen mai",
    'api_key.truncated':
      'Aquesta clau cal_ sembla truncada o malmesa: torna-la a copiar des de Configuració → Desenvolupador → Claus API',
    'api_key.unknown': "No és ni una clau API (comencen per cal_) ni un testimoni d'accés complet",
    'metadata.key_too_long': `Una clau de metadades té com a màxim ${chars('maximum')} (unitats de codi UTF-16)`,
    'metadata.too_many_keys':
      'Les metadades tenen com a màxim {maximum, plural, one {# clau} many {# de claus} other {# claus}}; aquestes en tenen {count}',
    'metadata.value_too_long': `Un valor de metadades té com a màxim ${chars('maximum')} (unitats de codi UTF-16); aquest en té {count}`,
    'metadata.duplicate_key':
      "Aquesta clau apareix més d'una vegada al cos JSON; només se'n conservaria el darrer valor",
    'metadata.constructor':
      'La clau «{input}» fa que cal.com falli amb un error 500 abans de validar; canvia-li el nom',
    'metadata.forbidden':
      'La clau «{input}» no està permesa: cal.com la descartaria sense avisar, i el codi JavaScript la podria llegir com a part del prototip; canvia-li el nom',
    'metadata.stripped': 'cal.com descarta la clau «{input}» sense donar cap error',
    'metadata.inexact_number':
      "JavaScript no pot representar aquest nombre exactament (massa gran, massa precís o fora de l'interval): envia'l com a cadena",
    'metadata.infinite': 'cal.com desa aquest nombre com a null: JSON no pot representar un nombre infinit',
    one_of: "S'esperava un d'aquests valors: {values}; s'ha rebut «{input}»",
    brand_color: 'Fes servir un color hexadecimal: #RGB, #RGBA, #RRGGBB o #RRGGBBAA',
    'zod.too_short': `La cadena ha de contenir almenys ${chars('minimum')}`,
    'zod.too_long': `La cadena ha de contenir com a màxim ${chars('maximum')}`,
    'zod.invalid': 'No vàlid',
    iso_date: "S'esperava una data ISO 8601 com ara 2024-05-01T09:30:00Z, però s'ha rebut «{input}»",
  },

  // After "S'esperava": with the article.
  expected: {
    string: 'una cadena de text',
    number: 'un nombre',
    integer: 'un nombre enter',
    boolean: 'un booleà',
    object: 'un objecte',
    value: 'un valor',
    'non-null value': 'un valor diferent de null',
    'string, number or boolean': 'una cadena, un nombre o un booleà',
    'number JavaScript holds exactly': 'un nombre que JavaScript pugui representar exactament',
  },
  // After "s'ha rebut": with the article, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'un booleà',
    number: 'un nombre',
    string: 'una cadena',
    array: 'un array',
    object: 'un objecte',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'un BigInt',
    symbol: 'un símbol',
    function: 'una funció',
    Date: 'un objecte Date',
    Map: 'un objecte Map',
    Set: 'un objecte Set',
    RegExp: 'una expressió regular',
    'class instance': "una instància d'una classe",
    'unreadable value': 'un valor il·legible',
  },
});
