// Română. Adresare politicoasă (imperativ de plural: „Introduceți …”, „ați vrut să scrieți …”), ca
// în interfața românească a cal.com și în aplicațiile actuale; ghilimele românești „…”.
// Format și reguli: js/locales/README.md. Id-uri și argumente: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Corpul cererii nu este JSON valid (octetul {position}): ';
const EMAIL = 'Introduceți o adresă de e-mail de forma name@example.com: „{input}” ';
const UNKNOWN = 'Cheie necunoscută „{input}”';
const DID_YOU_MEAN = ' (ați vrut să scrieți {suggestion}?)';
const MODEL =
  ': nu există în această versiune a modelului, așa că este omisă din data (poate că a fost adăugată de cal.com)';
const COMPAT = 'cal.com acceptă aici null, dar câmpul {field} ';
const NOT_NULL_COLUMN = 'nu poate fi null: coloana este NOT NULL, așa că cal.com returnează eroarea 500';
const NOT_NULL_TIME_FORMAT =
  'nu poate fi null: cal.com salvează valoarea null, iar apoi fiecare cerere GET /v2/me eșuează';
const NOT_NULL_METADATA =
  "nu poate fi null: baza de date respinge un null JSON (eroarea 500); pentru a goli metadatele, trimiteți '{}'";
const DYNAMIC_BOOKING =
  'cu valoarea null este salvat, iar apoi cal.com îl interpretează ca false (rezervările dinamice de grup sunt dezactivate): trimiteți true sau false';
const WEEK_START = 'Începutul săptămânii trebuie să fie {values} (în engleză, cu inițială majusculă)';
const TIME_FORMAT_STRING = 'Se aștepta numărul 12 sau 24, dar s-a primit șirul „{input}”';
// „cel mult / cel puțin N …”: 1 caracter, 2 caractere, 19 caractere, 20 de caractere, 101 caractere.
const chars = (n) => `{${n}, plural, one {# caracter} few {# caractere} other {# de caractere}}`;
const bytes = (n) => `{${n}, plural, one {# octet} few {# octeți} other {# de octeți}}`;
const keys = (n) => `{${n}, plural, one {# cheie} few {# chei} other {# de chei}}`;

export default catalog('ro', {
  messages: {
    type: 'Se aștepta {expected}, dar s-a primit {received}',
    'type.integer': 'Se aștepta un număr întreg',
    'type.array_body':
      'Se aștepta {expected}, dar s-a primit {received} (cal.com nu validează un corp al cererii care este tablou și apoi eșuează cu eroarea 500)',
    unreadable: 'Această valoare nu a putut fi citită: un getter sau o capcană Proxy a aruncat o excepție',
    'unreadable.body': 'Corpul cererii nu a putut fi citit: un getter sau o capcană Proxy a aruncat o excepție',
    'unicode.lone_surrogate':
      'Textul conține un surogat UTF-16 izolat (jumătate de emoji?); ar fi salvat ca \ufffd',
    required: 'Obligatoriu: câmpul {field} lipsește',
    duplicate_key: 'Această cheie apare de mai multe ori în corpul cererii; contează doar ultima ei valoare',
    base_url: 'baseUrl trebuie să fie un URL http(s), de exemplu https://api.cal.com',
    more: '(și încă {count})',

    'body.too_large':
      `Ca JSON, corpul cererii are ${bytes('count')}; ` +
      `cal.com respinge cu eroarea 413 corpurile mai mari de ${bytes('maximum')} (100 kB)`,
    'json.not_utf8': JSON_ERROR + 'textul nu este UTF-8 valid',
    'json.trailing': JSON_ERROR + 'text neașteptat după valoarea JSON',
    'json.unexpected_char': JSON_ERROR + 'caracter neașteptat',
    'json.unexpected_end': JSON_ERROR + 'sfârșit neașteptat al datelor',
    'json.invalid_literal': JSON_ERROR + 'literal nevalid',
    'json.unknown_tag': JSON_ERROR + 'etichetă de valoare necunoscută',
    'json.expected_key': JSON_ERROR + 'se aștepta o cheie între ghilimele',
    'json.expected_colon': JSON_ERROR + "după o cheie se aștepta ':'",
    'json.expected_comma_brace': JSON_ERROR + "se aștepta ',' sau o acoladă de închidere",
    'json.expected_comma_bracket': JSON_ERROR + "se aștepta ',' sau o paranteză pătrată de închidere",
    'json.unterminated_string': JSON_ERROR + 'șir de caractere neterminat',
    'json.invalid_unicode_escape': JSON_ERROR + 'secvență de escape \\u nevalidă',
    'json.invalid_escape': JSON_ERROR + 'secvență de escape nevalidă',
    'json.control_char': JSON_ERROR + 'caracter de control într-un șir de caractere',
    'json.invalid_number': JSON_ERROR + 'număr nevalid',
    'json.number_fraction': JSON_ERROR + "număr nevalid: după '.' trebuie să urmeze cifre",
    'json.number_exponent': JSON_ERROR + 'număr nevalid: exponentul nu are cifre',

    'key.forbidden':
      UNKNOWN + ': nu este permisă (cal.com o șterge sau o ignoră, iar în codul JavaScript poate modifica prototipuri)',
    'key.secret': UNKNOWN + ': un model de pe partea clientului nu acceptă niciodată date secrete',
    'key.unknown': UNKNOWN + ': cal.com ar elimina-o fără niciun avertisment',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ar elimina-o fără niciun avertisment',
    'key.rejected': UNKNOWN + ': cal.com respinge aici cheile necunoscute',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com respinge aici cheile necunoscute',
    'key.stripped': UNKNOWN + ': cal.com o elimină fără să semnaleze o eroare',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com o elimină fără să semnaleze o eroare',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' în organization' + MODEL,

    'null.column': 'Câmpul {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Câmpul {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Câmpul {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Câmpul {field} ' + DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_BOOKING,

    'time_zone.unknown': 'Nu este un fus orar IANA: „{input}”',
    'time_zone.unknown.suggest': 'Nu este un fus orar IANA: „{input}”; ați vrut să scrieți {suggestions}?',
    'time_zone.deprecated':
      '„{input}” este un nume învechit pentru „{canonical}”; încă funcționează, dar este de preferat numele canonic',
    'time_zone.stored': 'cal.com salvează acest fus orar ca „{stored}”, nu cu grafia IANA „{canonical}”',
    'time_zone.absent':
      'Fără fus orar, cal.com folosește Europe/London și nu creează un program implicit: acest utilizator nu poate primi rezervări până când nu are un program',
    'locale.unknown': 'cal.com nu acceptă această limbă',
    'locale.unknown.suggest': 'cal.com nu acceptă această limbă; ați vrut să scrieți {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; ați vrut să scrieți {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': folosiți numărul {suggestion} (fără ghilimele)',
    'time_format.nan': 'Se aștepta numărul 12 sau 24, dar s-a primit o valoare care nu este număr',
    time_format: 'Formatul orei trebuie să fie 12 sau 24',
    'time_format.coerced': 'cal.com convertește șirul „{input}” în numărul {stored}',
    'schedule_id.integer': 'ID-ul unui program este un număr întreg',
    'schedule_id.too_small': 'ID-ul unui program este cel puțin {minimum}',
    'schedule_id.too_big': 'ID-ul unui program este cel mult {maximum}',
    'schedule_id.unstorable':
      'cal.com acceptă acest număr, dar baza de date nu îl poate salva ca ID de program: cererea eșuează cu eroarea 500',
    'schedule_id.null':
      'Fără un program implicit, acest utilizator nu poate primi rezervări până când nu i se setează unul',
    'booking_limit.too_small': 'O limită de rezervări este cel puțin {minimum}; trimiteți null pentru a nu avea nicio limită',
    'booking_limit.integer': 'O limită de rezervări este un număr întreg de rezervări',
    'booking_limit.too_big': 'O limită de rezervări este cel mult {maximum}; trimiteți null pentru a nu avea nicio limită',
    'team_id.integer': 'ID-ul unei echipe este un număr întreg',
    'team_id.too_small': 'ID-ul unei echipe este cel puțin {minimum}',
    'team_id.too_big': 'ID-ul unei echipe este cel mult {maximum}',
    'number.positive': 'Numărul trebuie să fie mai mare decât {minimum}',
    'avatar_url.too_long': `Un URL are cel mult ${chars('maximum')}`,
    'avatar_url.invalid': 'Introduceți URL-ul complet al unei imagini, de exemplu https://example.com/me.png, nu „{input}”',
    'avatar_url.no_scheme':
      'Începeți URL-ul cu https:// (sau http://): altfel, adresa este interpretată relativ la pagina care afișează avatarul',
    'avatar_url.credentials': 'Eliminați partea user:password@: ar fi publicată împreună cu avatarul',
    'email.too_long': `O adresă de e-mail are cel mult ${chars('maximum')}`,
    'email.invalid': 'Introduceți o adresă de e-mail de forma name@example.com, nu „{input}”',
    'email.no_at': EMAIL + 'nu conține @',
    'email.many_at': EMAIL + 'conține mai mult de un @',
    'email.local_length': EMAIL + 'trebuie să aibă între 1 și 64 de caractere înainte de @',
    'email.local_char': EMAIL + 'conține înainte de @ un caracter nepermis',
    'email.local_dot': EMAIL + 'are înainte de @ un punct pus greșit',
    'email.no_dot': EMAIL + 'trebuie să aibă un domeniu cu punct, de exemplu example.com',
    'email.domain': EMAIL + 'are un domeniu nevalid',
    'email.tld': EMAIL + 'trebuie să aibă un domeniu de nivel superior format din litere, de exemplu .com',
    'email.managed_user': "Adresa de e-mail a unui utilizator gestionat conține +'{clientId}' înainte de @",
    lowercased: 'cal.com salvează această valoare cu litere mici: „{stored}”',
    'api_key.empty': 'Introduceți cheia API cal.com (începe cu cal_)',
    'api_key.bearer': 'Omiteți cuvântul Bearer: introduceți doar cheia',
    'api_key.spaces': 'Cheia conține spații sau ghilimele: copiați-o din nou, fără ele',
    'api_key.chars': 'Cheia conține caractere care nu apar niciodată într-o cheie API sau într-un token de acces',
    'api_key.truncated':
      'Această cheie cal_ pare trunchiată sau deteriorată: copiați-o din nou din Setări → Dezvoltator → Chei API',
    'api_key.unknown': 'Nu este nici o cheie API (acestea încep cu cal_), nici un token de acces complet',
    'metadata.key_too_long': `O cheie de metadate are cel mult ${chars('maximum')} (unități de cod UTF-16)`,
    'metadata.too_many_keys': `Metadatele au cel mult ${keys('maximum')}; acestea au {count}`,
    'metadata.value_too_long':
      `O valoare de metadate are cel mult ${chars('maximum')} (unități de cod UTF-16); aceasta are {count}`,
    'metadata.duplicate_key': 'Această cheie apare de mai multe ori în corpul JSON; s-ar păstra doar ultima ei valoare',
    'metadata.constructor': 'Din cauza cheii „{input}”, cal.com eșuează cu eroarea 500 încă înainte de validare; redenumiți-o',
    'metadata.forbidden':
      'Cheia „{input}” nu este permisă: cal.com ar elimina-o fără niciun avertisment, iar codul JavaScript o poate citi ca parte a prototipului; redenumiți-o',
    'metadata.stripped': 'cal.com elimină cheia „{input}” fără să semnaleze o eroare',
    'metadata.inexact_number':
      'JavaScript nu poate reprezenta exact acest număr (prea mare, prea precis sau în afara intervalului): trimiteți-l ca șir de caractere',
    'metadata.infinite': 'cal.com salvează acest număr ca null: JSON nu poate reprezenta un număr infinit',
    one_of: 'Se aștepta {values}, dar s-a primit „{input}”',
    brand_color: 'Folosiți o culoare în format hexazecimal: #RGB, #RGBA, #RRGGBB sau #RRGGBBAA',
    'zod.too_short': `Șirul trebuie să conțină cel puțin ${chars('minimum')}`,
    'zod.too_long': `Șirul trebuie să conțină cel mult ${chars('maximum')}`,
    'zod.invalid': 'Valoare nevalidă',
    iso_date: 'Se aștepta o dată ISO 8601, de exemplu 2024-05-01T09:30:00Z, dar s-a primit „{input}”',
  },

  // După „Se aștepta”: cu articol nehotărât.
  expected: {
    string: 'un șir de caractere',
    number: 'un număr',
    integer: 'un număr întreg',
    boolean: 'o valoare booleană',
    object: 'un obiect',
    value: 'o valoare',
    'non-null value': 'o valoare diferită de null',
    'string, number or boolean': 'un șir de caractere, un număr sau o valoare booleană',
    'number JavaScript holds exactly': 'un număr pe care JavaScript îl poate reprezenta exact',
  },
  // După „dar s-a primit”: tot cu articol nehotărât (null, undefined, NaN rămân ca în cod).
  received: {
    null: 'null',
    boolean: 'o valoare booleană',
    number: 'un număr',
    string: 'un șir de caractere',
    array: 'un tablou',
    object: 'un obiect',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'un BigInt',
    symbol: 'un Symbol',
    function: 'o funcție',
    Date: 'un obiect Date',
    Map: 'un obiect Map',
    Set: 'un obiect Set',
    RegExp: 'o expresie regulată',
    'class instance': 'o instanță de clasă',
    'unreadable value': 'o valoare care nu poate fi citită',
  },
});
