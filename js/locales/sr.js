// Srpski, latinica (kao srpski interfejs cal.com: „Unesite …“, „Proverite vašu e-poštu“),
// ekavski, persiranje („vi“); srpski navodnici „…“. Liste se formatiraju kao sr-Latn („ili“).
// Format i pravila: js/locales/README.md. Id-ovi i argumenti: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Telo zahteva nije ispravan JSON (bajt {position}): ';
const EMAIL = 'Unesite adresu e-pošte poput name@example.com: „{input}“ ';
const UNKNOWN = 'Nepoznat ključ „{input}“';
const DID_YOU_MEAN = ' (da li ste mislili na {suggestion}?)';
const COMPAT = 'cal.com ovde prihvata null, ali polje {field} ';
const UNKNOWN_MODEL = ': nema ga u ovoj verziji modela, pa je izostavljen iz polja data (cal.com ga je možda dodao)';
const NULL_DYNAMIC =
  'postavljeno na null biće sačuvano, a cal.com ga zatim čita kao false (dinamičke grupne rezervacije biće isključene): pošaljite true ili false';
const NOT_NULL_COLUMN = 'ne sme biti null: kolona je NOT NULL, pa cal.com vraća grešku 500';
const NOT_NULL_TIME_FORMAT =
  'ne sme biti null: cal.com čuva null i posle toga se svaki zahtev GET /v2/me završava greškom';
const NOT_NULL_METADATA =
  "ne sme biti null: baza podataka odbija JSON null (greška 500); da biste ga ispraznili, pošaljite '{}'";
const WEEK_START = 'Početak nedelje mora biti jedna od vrednosti: {values} (na engleskom, velikim početnim slovom)';
const TIME_FORMAT_STRING = 'Očekuje se broj 12 ili 24, primljeno: tekstualna vrednost „{input}“';
// „najviše / najmanje N …“: 1 znak, 2 znaka, 5 znakova, 21 znak, 22 znaka.
const chars = (n) => `{${n}, plural, one {# znak} few {# znaka} other {# znakova}}`;

export default catalog('sr', {
  intl: 'sr-Latn',
  messages: {
    type: 'Očekuje se {expected}, primljeno: {received}',
    'type.integer': 'Očekuje se ceo broj',
    'type.array_body':
      'Očekuje se {expected}, primljeno: {received} (cal.com ne proverava telo zahteva koje je niz, a zatim vraća grešku 500)',
    unreadable: 'Ova vrednost ne može da se pročita: getter ili Proxy zamka su bacili izuzetak',
    'unreadable.body': 'Telo zahteva ne može da se pročita: getter ili Proxy zamka su bacili izuzetak',
    'unicode.lone_surrogate':
      'Tekst sadrži usamljeni UTF-16 surogat (polovinu emodžija?); bio bi sačuvan kao \ufffd',
    required: 'Nedostaje obavezno polje: {field}',
    duplicate_key: 'Ovaj ključ se u telu zahteva pojavljuje više puta; važi samo njegova poslednja vrednost',
    base_url: 'baseUrl mora biti http(s) URL, na primer https://api.cal.com',
    more: '(i još {count})',

    'body.too_large':
      'Telo zahteva kao JSON ima {count, plural, one {# bajt} few {# bajta} other {# bajtova}}; ' +
      'cal.com odbija tela veća od {maximum, plural, one {# bajta} few {# bajta} other {# bajtova}} (100 kB) greškom 413',
    'json.not_utf8': JSON_ERROR + 'neispravan UTF-8 niz',
    'json.trailing': JSON_ERROR + 'neočekivan tekst posle JSON vrednosti',
    'json.unexpected_char': JSON_ERROR + 'neočekivan znak',
    'json.unexpected_end': JSON_ERROR + 'neočekivan kraj podataka',
    'json.invalid_literal': JSON_ERROR + 'neispravan literal',
    'json.unknown_tag': JSON_ERROR + 'nepoznata oznaka vrednosti',
    'json.expected_key': JSON_ERROR + 'očekuje se ključ pod navodnicima',
    'json.expected_colon': JSON_ERROR + "posle ključa se očekuje ':'",
    'json.expected_comma_brace': JSON_ERROR + "očekuje se ',' ili zatvorena vitičasta zagrada",
    'json.expected_comma_bracket': JSON_ERROR + "očekuje se ',' ili zatvorena uglasta zagrada",
    'json.unterminated_string': JSON_ERROR + 'nezatvorena tekstualna vrednost',
    'json.invalid_unicode_escape': JSON_ERROR + 'neispravna escape sekvenca \\u',
    'json.invalid_escape': JSON_ERROR + 'neispravna escape sekvenca',
    'json.control_char': JSON_ERROR + 'kontrolni znak u tekstualnoj vrednosti',
    'json.invalid_number': JSON_ERROR + 'neispravan broj',
    'json.number_fraction': JSON_ERROR + "neispravan broj: posle '.' moraju da slede cifre",
    'json.number_exponent': JSON_ERROR + 'neispravan broj: u eksponentu nema cifara',

    'key.forbidden':
      UNKNOWN + ': nije dozvoljen (cal.com ga briše ili zanemaruje, a u JavaScript kodu može da menja prototipove)',
    'key.secret': UNKNOWN + ': model na strani klijenta nikada ne prihvata tajne podatke',
    'key.unknown': UNKNOWN + ': cal.com bi ga bez upozorenja odbacio',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com bi ga bez upozorenja odbacio',
    'key.rejected': UNKNOWN + ': cal.com ovde odbija nepoznate ključeve',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ovde odbija nepoznate ključeve',
    'key.stripped': UNKNOWN + ': cal.com ga odbacuje bez poruke o grešci',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ga odbacuje bez poruke o grešci',
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
    'time_zone.unknown.suggest': 'Nepoznata IANA vremenska zona: „{input}“; da li ste mislili na {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ je zastareo naziv za „{canonical}“; još uvek radi, ali je bolje koristiti kanonski naziv',
    'time_zone.stored': 'cal.com čuva ovu vremensku zonu kao „{stored}“, a ne u IANA zapisu „{canonical}“',
    'time_zone.absent':
      'Bez vremenske zone cal.com koristi Europe/London i ne pravi podrazumevani raspored: dok raspored ne postoji, kod korisnika ne može da se rezerviše termin',
    'locale.unknown': 'cal.com ne podržava ovaj jezik',
    'locale.unknown.suggest': 'cal.com ne podržava ovaj jezik; da li ste mislili na {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; da li ste mislili na {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; upotrebite broj {suggestion} (bez navodnika)',
    'time_format.nan': 'Očekuje se broj 12 ili 24, primljeno: vrednost koja nije broj',
    time_format: 'Format vremena mora biti 12 ili 24',
    'time_format.coerced': 'cal.com pretvara tekstualnu vrednost „{input}“ u broj {stored}',
    'schedule_id.integer': 'ID rasporeda mora biti ceo broj',
    'schedule_id.too_small': 'ID rasporeda mora biti najmanje {minimum}',
    'schedule_id.too_big': 'ID rasporeda može biti najviše {maximum}',
    'schedule_id.unstorable':
      'cal.com prihvata ovaj broj, ali baza podataka ne može da ga sačuva kao ID rasporeda: zahtev se završava greškom 500',
    'schedule_id.null': 'Bez podrazumevanog rasporeda kod korisnika ne može da se rezerviše termin dok se raspored ne podesi',
    'team_id.integer': 'ID tima mora biti ceo broj',
    'team_id.too_small': 'ID tima mora biti najmanje {minimum}',
    'team_id.too_big': 'ID tima može biti najviše {maximum}',
    'booking_limit.too_small': 'Ograničenje rezervacija mora biti najmanje {minimum}; da biste uklonili ograničenje, pošaljite null',
    'booking_limit.integer': 'Ograničenje rezervacija mora biti ceo broj',
    'booking_limit.too_big': 'Ograničenje rezervacija može biti najviše {maximum}; da biste uklonili ograničenje, pošaljite null',
    'number.positive': 'Broj mora biti veći od {minimum}',
    'avatar_url.too_long': `URL može imati najviše ${chars('maximum')}`,
    'avatar_url.invalid': 'Unesite pun URL slike, na primer https://example.com/me.png, a ne „{input}“',
    'avatar_url.no_scheme':
      'Počnite URL sa https:// (ili http://): bez toga se adresa tumači u odnosu na stranicu koja prikazuje avatar',
    'avatar_url.credentials':
      'Uklonite iz adrese deo sa korisničkim imenom i lozinkom (user:password@): bio bi objavljen zajedno sa avatarom',
    'email.too_long': `Adresa e-pošte može imati najviše ${chars('maximum')}`,
    'email.invalid': 'Unesite adresu e-pošte poput name@example.com, a ne „{input}“',
    'email.no_at': EMAIL + 'ne sadrži znak @',
    'email.many_at': EMAIL + 'sadrži više od jednog znaka @',
    'email.local_length': EMAIL + 'mora imati od 1 do 64 znaka pre @',
    'email.local_char': EMAIL + 'sadrži nedozvoljen znak pre @',
    'email.local_dot': EMAIL + 'ima tačku na pogrešnom mestu pre @',
    'email.no_dot': EMAIL + 'mora imati domen sa tačkom, poput example.com',
    'email.domain': EMAIL + 'ima neispravan domen',
    'email.tld': EMAIL + 'mora imati domen najvišeg nivoa od slova, poput .com',
    'email.managed_user': "Adresa e-pošte upravljanog korisnika sadrži +'{clientId}' pre @",
    lowercased: 'cal.com ovo čuva malim slovima: „{stored}“',
    'api_key.empty': 'Unesite svoj cal.com API ključ (počinje sa cal_)',
    'api_key.bearer': 'Izostavite reč Bearer: navedite samo ključ',
    'api_key.spaces': 'Ključ sadrži razmake ili navodnike: kopirajte ga ponovo bez njih',
    'api_key.chars': 'Ključ sadrži znakove kojih u API ključu ili pristupnom tokenu nikada nema',
    'api_key.truncated':
      'Izgleda da je ovaj cal_ ključ skraćen ili oštećen: kopirajte ga ponovo u odeljku Podešavanja → Programer → API ključevi',
    'api_key.unknown': 'Nije ni API ključ (oni počinju sa cal_) ni pun pristupni token',
    'metadata.key_too_long': `Ključ metapodataka može imati najviše ${chars('maximum')} (UTF-16 kodnih jedinica)`,
    'metadata.too_many_keys':
      'Metapodaci mogu imati najviše {maximum, plural, one {# ključ} few {# ključa} other {# ključeva}}; ovde ih je {count}',
    'metadata.value_too_long':
      `Vrednost metapodataka može imati najviše ${chars('maximum')} (UTF-16 kodnih jedinica); ova ima {count}`,
    'metadata.duplicate_key':
      'Ovaj ključ se u JSON telu pojavljuje više puta; sačuvala bi se samo njegova poslednja vrednost',
    'metadata.constructor': 'Zbog ključa „{input}“ cal.com vraća grešku 500 još pre provere; preimenujte ga',
    'metadata.forbidden':
      'Ključ „{input}“ nije dozvoljen: cal.com bi ga bez upozorenja odbacio, a JavaScript kod bi mogao da ga čita kao deo prototipa; preimenujte ga',
    'metadata.stripped': 'cal.com odbacuje ključ „{input}“ bez poruke o grešci',
    'metadata.inexact_number':
      'JavaScript ne može tačno da predstavi ovaj broj (prevelik je, previše precizan ili van opsega): pošaljite ga kao tekstualnu vrednost',
    'metadata.infinite': 'cal.com ovaj broj čuva kao null: JSON ne može da zapiše beskonačnost',
    one_of: 'Očekuje se jedna od vrednosti: {values}; primljeno: „{input}“',
    brand_color: 'Upotrebite heksadecimalnu boju: #RGB, #RGBA, #RRGGBB ili #RRGGBBAA',
    'zod.too_short': `Tekstualna vrednost mora imati najmanje ${chars('minimum')}`,
    'zod.too_long': `Tekstualna vrednost može imati najviše ${chars('maximum')}`,
    'zod.invalid': 'Neispravna vrednost',
    iso_date: 'Očekuje se datum po ISO 8601, na primer 2024-05-01T09:30:00Z, primljeno: „{input}“',
  },

  // Posle „Očekuje se …“: nominativ.
  expected: {
    string: 'tekstualna vrednost',
    number: 'broj',
    integer: 'ceo broj',
    boolean: 'logička vrednost',
    object: 'objekat',
    value: 'vrednost',
    'non-null value': 'vrednost koja nije null',
    'string, number or boolean': 'tekstualna vrednost, broj ili logička vrednost',
    'number JavaScript holds exactly': 'broj koji JavaScript može tačno da predstavi',
  },
  // Posle „primljeno:“: samo vrsta vrednosti.
  received: {
    null: 'null',
    boolean: 'logička vrednost',
    number: 'broj',
    string: 'tekstualna vrednost',
    array: 'niz',
    object: 'objekat',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'simbol (Symbol)',
    function: 'funkcija',
    Date: 'objekat Date',
    Map: 'objekat Map',
    Set: 'objekat Set',
    RegExp: 'regularni izraz',
    'class instance': 'instanca klase',
    'unreadable value': 'nečitljiva vrednost',
  },
});
