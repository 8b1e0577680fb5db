// Hrvatski. Persiranje („Unesite …“, „jeste li mislili …“), kao u hrvatskom sučelju cal.com
// („Unesite kontrolni kod“, „Provjerite svoj email“); hrvatski navodnici „…“.
// Format i pravila: js/locales/README.md. Id-ovi i argumenti: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Tijelo zahtjeva nije valjan JSON (bajt {position}): ';
const EMAIL = 'Unesite adresu e-pošte poput name@example.com: „{input}“ ';
const UNKNOWN = 'Nepoznat ključ „{input}“';
const DID_YOU_MEAN = ' (jeste li mislili {suggestion}?)';
const COMPAT = 'cal.com ovdje prihvaća null, ali polje {field} ';
const UNKNOWN_MODEL = ': nema ga u ovoj verziji modela, pa je izostavljen iz polja data (cal.com ga je možda dodao)';
const NULL_DYNAMIC =
  'postavljeno na null bit će pohranjeno, a cal.com ga zatim čita kao false (dinamičke grupne rezervacije bit će isključene): pošaljite true ili false';
const NOT_NULL_COLUMN = 'ne smije biti null: stupac je NOT NULL, pa cal.com vraća pogrešku 500';
const NOT_NULL_TIME_FORMAT =
  'ne smije biti null: cal.com pohranjuje null i nakon toga svaki zahtjev GET /v2/me završava pogreškom';
const NOT_NULL_METADATA =
  "ne smije biti null: baza podataka odbija JSON null (pogreška 500); za brisanje sadržaja pošaljite '{}'";
const WEEK_START = 'Početak tjedna mora biti jedna od vrijednosti: {values} (na engleskom, velikim početnim slovom)';
const TIME_FORMAT_STRING = 'Očekuje se broj 12 ili 24, primljeno: niz znakova „{input}“';
// „najviše / najmanje N …“: 1 znak, 2 znaka, 5 znakova, 21 znak, 22 znaka.
const chars = (n) => `{${n}, plural, one {# znak} few {# znaka} other {# znakova}}`;

export default catalog('hr', {
  messages: {
    type: 'Očekuje se {expected}, primljeno: {received}',
    'type.integer': 'Očekuje se cijeli broj',
    'type.array_body':
      'Očekuje se {expected}, primljeno: {received} (cal.com ne provjerava tijelo zahtjeva koje je polje, a zatim vraća pogrešku 500)',
    unreadable: 'Ova se vrijednost ne može pročitati: getter ili zamka Proxy bacili su iznimku',
    'unreadable.body': 'Tijelo zahtjeva ne može se pročitati: getter ili zamka Proxy bacili su iznimku',
    'unicode.lone_surrogate':
      'Tekst sadrži usamljeni UTF-16 surogat (pola emojija?); bio bi pohranjen kao \ufffd',
    required: 'Nedostaje obavezno polje: {field}',
    duplicate_key: 'Ovaj se ključ u tijelu zahtjeva pojavljuje više puta; vrijedi samo njegova posljednja vrijednost',
    base_url: 'baseUrl mora biti http(s) URL, primjerice https://api.cal.com',
    more: '(i još {count})',

    'body.too_large':
      'Tijelo zahtjeva kao JSON ima {count, plural, one {# bajt} few {# bajta} other {# bajtova}}; ' +
      'cal.com odbija tijela veća od {maximum, plural, one {# bajta} few {# bajta} other {# bajtova}} (100 kB) pogreškom 413',
    'json.not_utf8': JSON_ERROR + 'neispravan UTF-8 niz',
    'json.trailing': JSON_ERROR + 'neočekivan tekst nakon JSON vrijednosti',
    'json.unexpected_char': JSON_ERROR + 'neočekivan znak',
    'json.unexpected_end': JSON_ERROR + 'neočekivan kraj podataka',
    'json.invalid_literal': JSON_ERROR + 'neispravan literal',
    'json.unknown_tag': JSON_ERROR + 'nepoznata oznaka vrijednosti',
    'json.expected_key': JSON_ERROR + 'očekuje se ključ u navodnicima',
    'json.expected_colon': JSON_ERROR + "nakon ključa očekuje se ':'",
    'json.expected_comma_brace': JSON_ERROR + "očekuje se ',' ili zatvarajuća vitičasta zagrada",
    'json.expected_comma_bracket': JSON_ERROR + "očekuje se ',' ili zatvarajuća uglata zagrada",
    'json.unterminated_string': JSON_ERROR + 'nezatvoren niz znakova',
    'json.invalid_unicode_escape': JSON_ERROR + 'neispravna escape sekvenca \\u',
    'json.invalid_escape': JSON_ERROR + 'neispravna escape sekvenca',
    'json.control_char': JSON_ERROR + 'kontrolni znak u nizu znakova',
    'json.invalid_number': JSON_ERROR + 'neispravan broj',
    'json.number_fraction': JSON_ERROR + "neispravan broj: nakon '.' moraju slijediti znamenke",
    'json.number_exponent': JSON_ERROR + 'neispravan broj: u eksponentu nema znamenaka',

    'key.forbidden':
      UNKNOWN + ': nije dopušten (cal.com ga briše ili zanemaruje, a u JavaScript kodu može mijenjati prototipove)',
    'key.secret': UNKNOWN + ': model na strani klijenta nikad ne prihvaća tajne podatke',
    'key.unknown': UNKNOWN + ': cal.com bi ga bez upozorenja odbacio',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com bi ga bez upozorenja odbacio',
    'key.rejected': UNKNOWN + ': cal.com ovdje odbija nepoznate ključeve',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ovdje odbija nepoznate ključeve',
    'key.stripped': UNKNOWN + ': cal.com ga odbacuje bez poruke o pogrešci',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ga odbacuje bez poruke o pogrešci',
    'key.unknown_model': UNKNOWN + UNKNOWN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + UNKNOWN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' u objektu organization' + UNKNOWN_MODEL,

    'null.column': 'Polje {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Polje {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Polje {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Polje {field} ' + NULL_DYNAMIC,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC,

    'time_zone.unknown': 'Nepoznata IANA vremenska zona: „{input}“',
    'time_zone.unknown.suggest': 'Nepoznata IANA vremenska zona: „{input}“; jeste li mislili {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ je zastarjeli naziv za „{canonical}“; još radi, ali bolje je koristiti kanonski naziv',
    'time_zone.stored': 'cal.com ovu vremensku zonu pohranjuje kao „{stored}“, a ne u IANA zapisu „{canonical}“',
    'time_zone.absent':
      'Bez vremenske zone cal.com koristi Europe/London i ne stvara zadani raspored: dok raspored ne postoji, kod korisnika nije moguće rezervirati termin',
    'locale.unknown': 'cal.com ne podržava ovaj jezik',
    'locale.unknown.suggest': 'cal.com ne podržava ovaj jezik; jeste li mislili {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; jeste li mislili {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; upotrijebite broj {suggestion} (bez navodnika)',
    'time_format.nan': 'Očekuje se broj 12 ili 24, primljeno: vrijednost koja nije broj',
    time_format: 'Format vremena mora biti 12 ili 24',
    'time_format.coerced': 'cal.com pretvara niz znakova „{input}“ u broj {stored}',
    'schedule_id.integer': 'ID rasporeda mora biti cijeli broj',
    'schedule_id.too_small': 'ID rasporeda mora biti najmanje {minimum}',
    'schedule_id.too_big': 'ID rasporeda može biti najviše {maximum}',
    'schedule_id.unstorable':
      'cal.com prihvaća ovaj broj, ali ga baza podataka ne može pohraniti kao ID rasporeda: zahtjev završava pogreškom 500',
    'schedule_id.null': 'Bez zadanog rasporeda kod korisnika nije moguće rezervirati termin dok se raspored ne postavi',
    'team_id.integer': 'ID tima mora biti cijeli broj',
    'team_id.too_small': 'ID tima mora biti najmanje {minimum}',
    'team_id.too_big': 'ID tima može biti najviše {maximum}',
    'booking_limit.too_small': 'Ograničenje rezervacija mora biti najmanje {minimum}; za uklanjanje ograničenja pošaljite null',
    'booking_limit.integer': 'Ograničenje rezervacija mora biti cijeli broj',
    'booking_limit.too_big': 'Ograničenje rezervacija može biti najviše {maximum}; za uklanjanje ograničenja pošaljite null',
    'number.positive': 'Broj mora biti veći od {minimum}',
    'avatar_url.too_long': `URL može imati najviše ${chars('maximum')}`,
    'avatar_url.invalid': 'Unesite potpuni URL slike, primjerice https://example.com/me.png, a ne „{input}“',
    'avatar_url.no_scheme':
      'Započnite URL s https:// (ili http://): bez toga se adresa tumači u odnosu na stranicu koja prikazuje avatar',
    'avatar_url.credentials':
      'Uklonite iz adrese dio s korisničkim imenom i lozinkom (user:password@): bio bi objavljen zajedno s avatarom',
    'email.too_long': `Adresa e-pošte može imati najviše ${chars('maximum')}`,
    'email.invalid': 'Unesite adresu e-pošte poput name@example.com, a ne „{input}“',
    'email.no_at': EMAIL + 'ne sadrži znak @',
    'email.many_at': EMAIL + 'sadrži više od jednog znaka @',
    'email.local_length': EMAIL + 'mora imati od 1 do 64 znaka prije @',
    'email.local_char': EMAIL + 'sadrži nedopušten znak prije @',
    'email.local_dot': EMAIL + 'ima točku na pogrešnom mjestu prije @',
    'email.no_dot': EMAIL + 'mora imati domenu s točkom, poput example.com',
    'email.domain': EMAIL + 'ima neispravnu domenu',
    'email.tld': EMAIL + 'mora imati vršnu domenu od slova, poput .com',
    'email.managed_user': "Adresa e-pošte upravljanog korisnika sadrži +'{clientId}' prije @",
    lowercased: 'cal.com ovo pohranjuje malim slovima: „{stored}“',
    'api_key.empty': 'Unesite svoj cal.com API ključ (počinje s cal_)',
    'api_key.bearer': 'Izostavite riječ Bearer: navedite samo ključ',
    'api_key.spaces': 'Ključ sadrži razmake ili navodnike: kopirajte ga ponovno bez njih',
    'api_key.chars': 'Ključ sadrži znakove kojih u API ključu ili pristupnom tokenu nikad nema',
    'api_key.truncated':
      'Čini se da je ovaj cal_ ključ skraćen ili oštećen: kopirajte ga ponovno u odjeljku Postavke → Razvojni programer → API ključevi',
    'api_key.unknown': 'Nije ni API ključ (oni počinju s cal_) ni potpuni pristupni token',
    'metadata.key_too_long': `Ključ metapodataka može imati najviše ${chars('maximum')} (UTF-16 kodnih jedinica)`,
    'metadata.too_many_keys':
      'Metapodaci mogu imati najviše {maximum, plural, one {# ključ} few {# ključa} other {# ključeva}}; ovdje ih je {count}',
    'metadata.value_too_long':
      `Vrijednost metapodataka može imati najviše ${chars('maximum')} (UTF-16 kodnih jedinica); ova ima {count}`,
    'metadata.duplicate_key':
      'Ovaj se ključ u JSON tijelu pojavljuje više puta; zadržala bi se samo njegova posljednja vrijednost',
    'metadata.constructor': 'Zbog ključa „{input}“ cal.com vraća pogrešku 500 još prije provjere; preimenujte ga',
    'metadata.forbidden':
      'Ključ „{input}“ nije dopušten: cal.com bi ga bez upozorenja odbacio, a JavaScript kod mogao bi ga čitati kao dio prototipa; preimenujte ga',
    'metadata.stripped': 'cal.com odbacuje ključ „{input}“ bez poruke o pogrešci',
    'metadata.inexact_number':
      'JavaScript ne može točno prikazati ovaj broj (prevelik je, previše precizan ili izvan raspona): pošaljite ga kao niz znakova',
    'metadata.infinite': 'cal.com ovaj broj pohranjuje kao null: JSON ne može zapisati beskonačnost',
    one_of: 'Očekuje se jedna od vrijednosti: {values}; primljeno: „{input}“',
    brand_color: 'Upotrijebite heksadecimalnu boju: #RGB, #RGBA, #RRGGBB ili #RRGGBBAA',
    'zod.too_short': `Niz znakova mora sadržavati najmanje ${chars('minimum')}`,
    'zod.too_long': `Niz znakova smije sadržavati najviše ${chars('maximum')}`,
    'zod.invalid': 'Neispravna vrijednost',
    iso_date: 'Očekuje se datum prema ISO 8601, primjerice 2024-05-01T09:30:00Z, primljeno: „{input}“',
  },

  // Nakon „Očekuje se …“: nominativ.
  expected: {
    string: 'niz znakova',
    number: 'broj',
    integer: 'cijeli broj',
    boolean: 'logička vrijednost',
    object: 'objekt',
    value: 'vrijednost',
    'non-null value': 'vrijednost koja nije null',
    'string, number or boolean': 'niz znakova, broj ili logička vrijednost',
    'number JavaScript holds exactly': 'broj koji JavaScript može točno prikazati',
  },
  // Nakon „primljeno:“: samo vrsta vrijednosti.
  received: {
    null: 'null',
    boolean: 'logička vrijednost',
    number: 'broj',
    string: 'niz znakova',
    array: 'polje',
    object: 'objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'simbol (Symbol)',
    function: 'funkcija',
    Date: 'objekt Date',
    Map: 'objekt Map',
    Set: 'objekt Set',
    RegExp: 'regularni izraz',
    'class instance': 'instanca klase',
    'unreadable value': 'nečitljiva vrijednost',
  },
});
