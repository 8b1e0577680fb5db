// Latviešu. Polite address ("jūs": "ievadiet", "nokopējiet"), as cal.com's Latvian interface
// ("Saglabājiet šo API atslēgu …", "Ievadiet verifikācijas kodu"); quotation marks „…“.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// Inserted names are never inflected: they follow a noun that takes the case ("lauka {field}",
// "atslēga „{input}“") or a colon. Latvian has three plural forms: zero (0, 10–20, 30, …, 100,
// where an indeclinable numeral takes the genitive plural), one (1, 21, 31, …) and other.
// `expected` and `received` are nominative: both follow a colon in `type`.

import { catalog } from './format.js';

const JSON_ERROR = 'Pieprasījuma saturs nav derīgs JSON ({position}. baitā): ';
const EMAIL = 'Ievadiet e-pasta adresi formātā name@example.com: adresē „{input}“ ';
const UNKNOWN = 'Nezināma atslēga „{input}“';
const MEAN = ' (vai domājāt {suggestion}?)';
const DROPPED = ': cal.com to klusi atmestu';
const REJECTED = ': cal.com šeit noraida nezināmas atslēgas';
const STRIPPED = ': cal.com to atmet bez kļūdas paziņojuma';
const NOT_IN_MODEL = ': tās nav šajā modeļa versijā, tāpēc tā netiek iekļauta objektā data (iespējams, cal.com to pievienoja)';
const COMPAT = 'cal.com šeit pieņem null, taču l';
const COLUMN = 'auka {field} vērtība nedrīkst būt null: kolonna ir NOT NULL, tāpēc cal.com atbild ar kļūdu 500';
const TIME_FORMAT_NULL =
  'auka {field} vērtība nedrīkst būt null: cal.com saglabā null, un pēc tam katrs GET /v2/me beidzas ar kļūdu';
const METADATA_NULL =
  "auka {field} vērtība nedrīkst būt null: datubāze noraida JSON null vērtību (kļūda 500); lai lauku notīrītu, nosūtiet '{}'";
const DYNAMIC_BOOKING_NULL =
  'auka {field} vērtība null tiek saglabāta, un pēc tam cal.com to nolasa kā false (dinamiskās grupu rezervācijas tiek izslēgtas): nosūtiet true vai false';
const WEEK_START = 'Nedēļas sākumam jābūt vienai no šīm vērtībām: {values} (angliski, ar lielo sākumburtu)';
const TIME_FORMAT_STRING = 'Gaidīts skaitlis 12 vai 24; saņemta virkne „{input}“';
// "… nedrīkst pārsniegt N rakstzīmes": the accusative after the verb.
const chars = (n) => `{${n}, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}`;

export default catalog('lv', {
  messages: {
    type: 'Gaidīts: {expected}; saņemts: {received}',
    'type.integer': 'Gaidīts: vesels skaitlis',
    'type.array_body':
      'Gaidīts: {expected}; saņemts: {received} (cal.com nevalidē pieprasījuma saturu, kas ir masīvs, un pēc tam atbild ar kļūdu 500)',
    unreadable: 'Šo vērtību nevarēja nolasīt: getter vai Proxy slazds izraisīja kļūdu',
    'unreadable.body': 'Pieprasījuma saturu nevarēja nolasīt: getter vai Proxy slazds izraisīja kļūdu',
    'unicode.lone_surrogate':
      'Teksts satur vientuļu UTF-16 surogātu (puse no emocijzīmes?); tas tiktu saglabāts kā \ufffd',
    required: 'Obligāts: trūkst lauka {field}',
    duplicate_key: 'Šī atslēga pieprasījuma saturā ir vairāk nekā vienu reizi; tiek ņemta vērā tikai pēdējā vērtība',
    base_url: 'baseUrl jānorāda kā http(s) URL, piemēram, https://api.cal.com',
    more: '(un vēl {count})',

    'body.too_large':
      'Pieprasījuma saturs JSON formātā ir {count, plural, zero {# baitu} one {# baits} other {# baiti}}; cal.com noraida saturu, kas pārsniedz {maximum, plural, zero {# baitu} one {# baitu} other {# baitus}} (100 kB), ar kļūdu 413',
    'json.not_utf8': JSON_ERROR + 'teksts nav derīgs UTF-8',
    'json.trailing': JSON_ERROR + 'neparedzēts teksts pēc JSON vērtības',
    'json.unexpected_char': JSON_ERROR + 'neparedzēta rakstzīme',
    'json.unexpected_end': JSON_ERROR + 'negaidītas beigas',
    'json.invalid_literal': JSON_ERROR + 'nederīgs literālis',
    'json.unknown_tag': JSON_ERROR + 'nezināma vērtības birka',
    'json.expected_key': JSON_ERROR + 'šeit gaidīta atslēga pēdiņās',
    'json.expected_colon': JSON_ERROR + "pēc atslēgas gaidīts ':'",
    'json.expected_comma_brace': JSON_ERROR + "šeit gaidīts ',' vai aizverošā figūriekava",
    'json.expected_comma_bracket': JSON_ERROR + "šeit gaidīts ',' vai aizverošā kvadrātiekava",
    'json.unterminated_string': JSON_ERROR + 'nepabeigta virkne',
    'json.invalid_unicode_escape': JSON_ERROR + 'nederīga \\u atsoļa secība',
    'json.invalid_escape': JSON_ERROR + 'nederīga atsoļa secība',
    'json.control_char': JSON_ERROR + 'vadības rakstzīme virknē',
    'json.invalid_number': JSON_ERROR + 'nederīgs skaitlis',
    'json.number_fraction': JSON_ERROR + "nederīgs skaitlis: pēc '.' jābūt cipariem",
    'json.number_exponent': JSON_ERROR + 'nederīgs skaitlis: eksponentā trūkst ciparu',

    'key.forbidden':
      UNKNOWN + ': nav atļauta (cal.com to dzēš vai ignorē, un JavaScript kodā tā var mainīt prototipus)',
    'key.secret': UNKNOWN + ': klienta puses modelis nekad nepieņem noslēpumus',
    'key.unknown': UNKNOWN + DROPPED,
    'key.unknown.suggest': UNKNOWN + MEAN + DROPPED,
    'key.rejected': UNKNOWN + REJECTED,
    'key.rejected.suggest': UNKNOWN + MEAN + REJECTED,
    'key.stripped': UNKNOWN + STRIPPED,
    'key.stripped.suggest': UNKNOWN + MEAN + STRIPPED,
    'key.unknown_model': UNKNOWN + NOT_IN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + NOT_IN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' objektā organization' + NOT_IN_MODEL,

    'null.column': 'L' + COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': 'L' + TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': 'L' + METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': 'L' + DYNAMIC_BOOKING_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_BOOKING_NULL,

    'time_zone.unknown': 'Tā nav IANA laika josla: „{input}“',
    'time_zone.unknown.suggest': 'Tā nav IANA laika josla: „{input}“; vai domājāt {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ ir novecojis laika joslas „{canonical}“ nosaukums; tas joprojām darbojas, taču ieteicams lietot oficiālo nosaukumu',
    'time_zone.stored': 'cal.com saglabā šo laika joslu kā „{stored}“, nevis IANA rakstībā „{canonical}“',
    'time_zone.absent':
      'Bez laika joslas cal.com izmanto Europe/London un neizveido noklusējuma grafiku: pie lietotāja nevar rezervēt laiku, kamēr grafiks nav izveidots',
    'locale.unknown': 'cal.com neatbalsta šo valodu',
    'locale.unknown.suggest': 'cal.com neatbalsta šo valodu; vai domājāt {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; vai domājāt {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; izmantojiet skaitli {suggestion} (bez pēdiņām)',
    'time_format.nan': 'Gaidīts skaitlis 12 vai 24; saņemta vērtība, kas nav skaitlis',
    time_format: 'Laika formātam jābūt 12 vai 24',
    'time_format.coerced': 'cal.com pārvērš virkni „{input}“ skaitlī {stored}',
    'schedule_id.integer': 'Grafika ID ir vesels skaitlis',
    'schedule_id.too_small': 'Grafika ID ir vismaz {minimum}',
    'schedule_id.too_big': 'Grafika ID ir ne vairāk kā {maximum}',
    'schedule_id.unstorable':
      'cal.com pieņem šo skaitli, bet datubāze to nevar saglabāt kā grafika ID: pieprasījums beidzas ar kļūdu 500',
    'schedule_id.null': 'Bez noklusējuma grafika pie lietotāja nevar rezervēt laiku, kamēr grafiks nav iestatīts',
    'team_id.integer': 'Komandas ID ir vesels skaitlis',
    'team_id.too_small': 'Komandas ID ir vismaz {minimum}',
    'team_id.too_big': 'Komandas ID ir ne vairāk kā {maximum}',
    'booking_limit.too_small': 'Rezervāciju ierobežojums ir vismaz {minimum}; lai ierobežojumu noņemtu, nosūtiet null',
    'booking_limit.integer': 'Rezervāciju ierobežojums ir vesels rezervāciju skaits',
    'booking_limit.too_big': 'Rezervāciju ierobežojums ir ne vairāk kā {maximum}; lai ierobežojumu noņemtu, nosūtiet null',
    'number.positive': 'Skaitlim jābūt lielākam par {minimum}',
    'avatar_url.too_long': 'URL garums nedrīkst pārsniegt ' + chars('maximum'),
    'avatar_url.invalid': 'Ievadiet pilnu attēla URL, piemēram, https://example.com/me.png; „{input}“ neder',
    'avatar_url.no_scheme':
      'Sāciet URL ar https:// (vai http://): citādi adrese tiek interpretēta relatīvi pret lapu, kurā redzams profila attēls',
    'avatar_url.credentials': 'Noņemiet daļu lietotājs:parole@: tā tiktu publicēta kopā ar profila attēlu',
    'email.too_long': 'E-pasta adreses garums nedrīkst pārsniegt ' + chars('maximum'),
    'email.invalid': 'Ievadiet e-pasta adresi formātā name@example.com; „{input}“ neder',
    'email.no_at': EMAIL + 'nav simbola @',
    'email.many_at': EMAIL + 'ir vairāk nekā viens simbols @',
    'email.local_length': EMAIL + 'daļai pirms @ jāsatur 1–64 rakstzīmes',
    'email.local_char': EMAIL + 'pirms @ ir neatļauta rakstzīme',
    'email.local_dot': EMAIL + 'pirms @ ir nepareizi novietots punkts',
    'email.no_dot': EMAIL + 'trūkst domēna ar punktu, piemēram, example.com',
    'email.domain': EMAIL + 'ir nederīgs domēns',
    'email.tld': EMAIL + 'trūkst no burtiem veidota augšējā līmeņa domēna, piemēram, .com',
    'email.managed_user': "Pārvaldīta lietotāja e-pasta adresē pirms @ ir +'{clientId}'",
    lowercased: 'cal.com to saglabā ar mazajiem burtiem: „{stored}“',
    'api_key.empty': 'Ievadiet savu cal.com API atslēgu (tā sākas ar cal_)',
    'api_key.bearer': 'Izlaidiet vārdu Bearer: norādiet tikai atslēgu',
    'api_key.spaces': 'Atslēgā ir atstarpes vai pēdiņas: nokopējiet to vēlreiz bez tām',
    'api_key.chars': 'Atslēgā ir rakstzīmes, kādu API atslēgā vai piekļuves pilnvarā nekad nav',
    'api_key.truncated':
      'Šī cal_ atslēga izskatās saīsināta vai bojāta: nokopējiet to vēlreiz sadaļā Iestatījumi → Izstrādātājs → API atslēgas',
    'api_key.unknown': 'Tā nav ne API atslēga (tās sākas ar cal_), ne pilna piekļuves pilnvara',
    'metadata.key_too_long':
      'Metadatu atslēgas garums nedrīkst pārsniegt ' + chars('maximum') + ' (UTF-16 koda vienībās)',
    'metadata.too_many_keys':
      'Metadatos drīkst būt ne vairāk kā {maximum, plural, zero {# atslēgu} one {# atslēga} other {# atslēgas}}; šeit to skaits ir {count}',
    'metadata.value_too_long':
      'Metadatu vērtības garums nedrīkst pārsniegt ' + chars('maximum') + ' (UTF-16 koda vienībās); šīs vērtības garums ir {count}',
    'metadata.duplicate_key': 'Šī atslēga JSON saturā ir vairāk nekā vienu reizi; tiktu saglabāta tikai pēdējā vērtība',
    'metadata.constructor':
      'Atslēgas „{input}“ dēļ cal.com atbild ar kļūdu 500 jau pirms validācijas; pārdēvējiet atslēgu',
    'metadata.forbidden':
      'Atslēga „{input}“ nav atļauta: cal.com to klusi atmestu, un JavaScript kods to var nolasīt kā prototipa daļu; pārdēvējiet atslēgu',
    'metadata.stripped': 'cal.com atmet atslēgu „{input}“ bez kļūdas paziņojuma',
    'metadata.inexact_number':
      'JavaScript nevar precīzi attēlot šo skaitli (pārāk liels, pārāk precīzs vai ārpus pieļaujamā diapazona): nosūtiet to kā virkni',
    'metadata.infinite': 'cal.com saglabā šo skaitli kā null: JSON nevar saturēt bezgalīgu skaitli',
    one_of: 'Gaidīta viena no vērtībām {values}; saņemts „{input}“',
    brand_color: 'Izmantojiet heksadecimālu krāsas kodu: #RGB, #RGBA, #RRGGBB vai #RRGGBBAA',
    'zod.too_short':
      'Virknes garums nedrīkst būt mazāks par {minimum, plural, zero {# rakstzīmēm} one {# rakstzīmi} other {# rakstzīmēm}}',
    'zod.too_long': 'Virknes garums nedrīkst pārsniegt ' + chars('maximum'),
    'zod.invalid': 'Nederīgs',
    iso_date: 'Gaidīts ISO 8601 datums, piemēram, 2024-05-01T09:30:00Z; saņemts „{input}“',
  },

  // After "Gaidīts:": nominative.
  expected: {
    string: 'virkne',
    number: 'skaitlis',
    integer: 'vesels skaitlis',
    boolean: 'Būla vērtība',
    object: 'objekts',
    value: 'vērtība',
    'non-null value': 'vērtība, kas nav null',
    'string, number or boolean': 'virkne, skaitlis vai Būla vērtība',
    'number JavaScript holds exactly': 'skaitlis, ko JavaScript var attēlot precīzi',
  },
  // After "saņemts:": nominative, the kind of value alone.
  received: {
    null: 'null',
    boolean: 'Būla vērtība',
    number: 'skaitlis',
    string: 'virkne',
    array: 'masīvs',
    object: 'objekts',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt skaitlis',
    symbol: 'Symbol vērtība',
    function: 'funkcija',
    Date: 'Date objekts',
    Map: 'Map objekts',
    Set: 'Set objekts',
    RegExp: 'regulārā izteiksme',
    'class instance': 'klases instance',
    'unreadable value': 'nenolasāma vērtība',
  },
});
