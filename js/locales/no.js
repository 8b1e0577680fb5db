// Norsk bokmål. Informal address ("du"), as cal.com's Norwegian interface; quotation marks «…».
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// `expected` and `received` carry their article ("et tall"): both follow a colon in `type`.

import { catalog } from './format.js';

const BODY = 'Forespørselens body';
const JSON_ERROR = BODY + ' er ikke gyldig JSON (byte {position}): ';
const EMAIL = 'Skriv inn en e-postadresse som name@example.com: «{input}» ';
const UNKNOWN = 'Ukjent nøkkel «{input}»';
const MEAN = ' (mente du {suggestion}?)';
const DROPPED = ': cal.com ville forkastet den uten å si fra';
const REJECTED = ': cal.com avviser ukjente nøkler her';
const STRIPPED = ': cal.com forkaster den uten feilmelding';
const NOT_IN_MODEL = ': finnes ikke i denne versjonen av modellen og blir derfor ikke med i data (cal.com kan ha lagt den til)';
const COMPAT = 'cal.com godtar null her, men ';
const NOT_NULL_COLUMN = '{field} kan ikke være null: kolonnen er NOT NULL, så svarer cal.com med feil 500';
const NOT_NULL_TIME_FORMAT = '{field} kan ikke være null: cal.com lagrer null, og deretter feiler hver GET /v2/me';
const NOT_NULL_METADATA =
  "{field} kan ikke være null: databasen avviser en JSON-null (feil 500); send '{}' for å tømme feltet";
const NULL_DYNAMIC_BOOKING =
  '{field} lagres som null, og cal.com leser det deretter som false (dynamisk gruppebooking slått av): send true eller false';
const WEEK_START = 'Ukestart må være en av disse verdiene: {values} (på engelsk, med stor forbokstav)';
const TIME_FORMAT_STRING = 'Forventet: tallet 12 eller 24; mottatt: strengen «{input}»';

export default catalog('no', {
  messages: {
    type: 'Forventet: {expected}; mottatt: {received}',
    'type.integer': 'Forventet: et heltall',
    'type.array_body':
      'Forventet: {expected}; mottatt: {received} (cal.com validerer ikke en body som er en array, og svarer deretter med feil 500)',
    unreadable: 'Denne verdien kunne ikke leses: en getter eller Proxy-felle kastet en feil',
    'unreadable.body': BODY + ' kunne ikke leses: en getter eller Proxy-felle kastet en feil',
    'unicode.lone_surrogate':
      'Teksten inneholder et enslig UTF-16-surrogat (en halv emoji?); det ville blitt lagret som \ufffd',
    required: 'Påkrevd: {field} mangler',
    duplicate_key: 'Denne nøkkelen forekommer mer enn én gang i forespørselens body; bare den siste verdien gjelder',
    base_url: 'baseUrl må være en http(s)-URL, for eksempel https://api.cal.com',
    more: '(og {count} til)',

    'body.too_large':
      BODY + ' er {count} byte som JSON; cal.com avviser alt over {maximum} byte (100 kB) med feil 413',
    'json.not_utf8': JSON_ERROR + 'teksten er ikke gyldig UTF-8',
    'json.trailing': JSON_ERROR + 'uventet tekst etter JSON-verdien',
    'json.unexpected_char': JSON_ERROR + 'uventet tegn',
    'json.unexpected_end': JSON_ERROR + 'uventet slutt',
    'json.invalid_literal': JSON_ERROR + 'ugyldig literalverdi',
    'json.unknown_tag': JSON_ERROR + 'ukjent verdimerke',
    'json.expected_key': JSON_ERROR + 'her forventes en nøkkel i anførselstegn',
    'json.expected_colon': JSON_ERROR + "etter en nøkkel forventes ':'",
    'json.expected_comma_brace': JSON_ERROR + "her forventes ',' eller en avsluttende krøllparentes",
    'json.expected_comma_bracket': JSON_ERROR + "her forventes ',' eller en avsluttende hakeparentes",
    'json.unterminated_string': JSON_ERROR + 'uavsluttet streng',
    'json.invalid_unicode_escape': JSON_ERROR + 'ugyldig \\u-escapesekvens',
    'json.invalid_escape': JSON_ERROR + 'ugyldig escapesekvens',
    'json.control_char': JSON_ERROR + 'kontrolltegn i en streng',
    'json.invalid_number': JSON_ERROR + 'ugyldig tall',
    'json.number_fraction': JSON_ERROR + "ugyldig tall: det må stå sifre etter '.'",
    'json.number_exponent': JSON_ERROR + 'ugyldig tall: eksponenten mangler sifre',

    'key.forbidden':
      UNKNOWN + ': ikke tillatt (cal.com sletter eller ignorerer den, og i JavaScript-kode kan den endre prototyper)',
    'key.secret': UNKNOWN + ': en modell på klientsiden tar aldri imot hemmeligheter',
    'key.unknown': UNKNOWN + DROPPED,
    'key.unknown.suggest': UNKNOWN + MEAN + DROPPED,
    'key.rejected': UNKNOWN + REJECTED,
    'key.rejected.suggest': UNKNOWN + MEAN + REJECTED,
    'key.stripped': UNKNOWN + STRIPPED,
    'key.stripped.suggest': UNKNOWN + MEAN + STRIPPED,
    'key.unknown_model': UNKNOWN + NOT_IN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + NOT_IN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' i organization' + NOT_IN_MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': NULL_DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC_BOOKING,

    'time_zone.unknown': 'Ikke en IANA-tidssone: «{input}»',
    'time_zone.unknown.suggest': 'Ikke en IANA-tidssone: «{input}»; mente du {suggestions}?',
    'time_zone.deprecated':
      '«{input}» er et foreldet navn på «{canonical}»; det virker fortsatt, men bruk helst det offisielle navnet',
    'time_zone.stored': 'cal.com lagrer denne tidssonen som «{stored}», ikke med IANA-skrivemåten «{canonical}»',
    'time_zone.absent':
      'Uten tidssone bruker cal.com Europe/London og oppretter ingen standard tidsplan: brukeren kan ikke bookes før det finnes en',
    'locale.unknown': 'cal.com støtter ikke dette språket',
    'locale.unknown.suggest': 'cal.com støtter ikke dette språket; mente du {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; mente du {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; bruk tallet {suggestion} (uten anførselstegn)',
    'time_format.nan': 'Forventet: tallet 12 eller 24; mottatt: en verdi som ikke er et tall',
    time_format: 'Tidsformatet må være 12 eller 24',
    'time_format.coerced': 'cal.com gjør om strengen «{input}» til tallet {stored}',
    'schedule_id.integer': 'En tidsplan-ID er et heltall',
    'schedule_id.too_small': 'En tidsplan-ID er minst {minimum}',
    'schedule_id.too_big': 'En tidsplan-ID er høyst {maximum}',
    'schedule_id.unstorable':
      'cal.com godtar dette tallet, men databasen kan ikke lagre det som tidsplan-ID: forespørselen mislykkes med feil 500',
    'schedule_id.null': 'Uten standard tidsplan kan brukeren ikke bookes før en tidsplan er valgt',
    'team_id.integer': 'En team-ID er et heltall',
    'team_id.too_small': 'En team-ID er minst {minimum}',
    'team_id.too_big': 'En team-ID er høyst {maximum}',
    'booking_limit.too_small': 'En bookinggrense er minst {minimum}; send null for ingen grense',
    'booking_limit.integer': 'En bookinggrense er et helt antall bookinger',
    'booking_limit.too_big': 'En bookinggrense er høyst {maximum}; send null for ingen grense',
    'number.positive': 'Tallet må være større enn {minimum}',
    'avatar_url.too_long': 'En URL har høyst {maximum} tegn',
    'avatar_url.invalid': 'Skriv inn en fullstendig bilde-URL som https://example.com/me.png, ikke «{input}»',
    'avatar_url.no_scheme':
      'Start URL-en med https:// (eller http://): ellers tolkes adressen relativt til siden som viser profilbildet',
    'avatar_url.credentials': 'Fjern delen bruker:passord@: den ville blitt publisert sammen med profilbildet',
    'email.too_long': 'En e-postadresse har høyst {maximum} tegn',
    'email.invalid': 'Skriv inn en e-postadresse som name@example.com, ikke «{input}»',
    'email.no_at': EMAIL + 'inneholder ingen @',
    'email.many_at': EMAIL + 'inneholder mer enn én @',
    'email.local_length': EMAIL + 'trenger 1 til 64 tegn foran @',
    'email.local_char': EMAIL + 'har et tegn foran @ som ikke er tillatt',
    'email.local_dot': EMAIL + 'har et punktum på feil sted foran @',
    'email.no_dot': EMAIL + 'trenger et domene med punktum, for eksempel example.com',
    'email.domain': EMAIL + 'har et ugyldig domene',
    'email.tld': EMAIL + 'trenger et toppnivådomene av bokstaver, for eksempel .com',
    'email.managed_user': "En administrert brukers e-postadresse har +'{clientId}' foran @",
    lowercased: 'cal.com lagrer dette med små bokstaver: «{stored}»',
    'api_key.empty': 'Skriv inn API-nøkkelen din for cal.com (den starter med cal_)',
    'api_key.bearer': 'Utelat ordet Bearer: oppgi bare selve nøkkelen',
    'api_key.spaces': 'Nøkkelen inneholder mellomrom eller anførselstegn: kopier den på nytt uten dem',
    'api_key.chars': 'Nøkkelen inneholder tegn som en API-nøkkel eller et tilgangstoken aldri har',
    'api_key.truncated':
      'Denne cal_-nøkkelen ser avkortet eller skadet ut: kopier den på nytt fra Innstillinger → Utvikler → API-nøkler',
    'api_key.unknown': 'Verken en API-nøkkel (de starter med cal_) eller et fullstendig tilgangstoken',
    'metadata.key_too_long': 'En metadatanøkkel har høyst {maximum} tegn (UTF-16-kodeenheter)',
    'metadata.too_many_keys': 'Metadata har høyst {maximum, plural, one {# nøkkel} other {# nøkler}}; her er det {count}',
    'metadata.value_too_long': 'En metadataverdi har høyst {maximum} tegn (UTF-16-kodeenheter); denne har {count}',
    'metadata.duplicate_key':
      'Denne nøkkelen forekommer mer enn én gang i JSON-innholdet; bare den siste verdien ville blitt beholdt',
    'metadata.constructor':
      'Nøkkelen «{input}» får cal.com til å svare med feil 500 allerede før valideringen; gi den et nytt navn',
    'metadata.forbidden':
      'Nøkkelen «{input}» er ikke tillatt: cal.com ville forkastet den uten å si fra, og JavaScript-kode kan lese den som en del av prototypen; gi den et nytt navn',
    'metadata.stripped': 'cal.com forkaster nøkkelen «{input}» uten feilmelding',
    'metadata.inexact_number':
      'JavaScript kan ikke gjengi dette tallet nøyaktig (for stort, for presist eller utenfor gyldig område): send det som en streng',
    'metadata.infinite': 'cal.com lagrer dette tallet som null: JSON kan ikke inneholde et uendelig tall',
    one_of: 'Forventet: {values}; mottatt: «{input}»',
    brand_color: 'Bruk en heksadesimal farge: #RGB, #RGBA, #RRGGBB eller #RRGGBBAA',
    'zod.too_short': 'Strengen må inneholde minst {minimum} tegn',
    'zod.too_long': 'Strengen kan inneholde høyst {maximum} tegn',
    'zod.invalid': 'Ugyldig',
    iso_date: 'Forventet: en ISO 8601-dato som 2024-05-01T09:30:00Z; mottatt: «{input}»',
  },

  // After "Forventet:": with the article.
  expected: {
    string: 'en streng',
    number: 'et tall',
    integer: 'et heltall',
    boolean: 'en boolsk verdi',
    object: 'et objekt',
    value: 'en verdi',
    'non-null value': 'en verdi som ikke er null',
    'string, number or boolean': 'en streng, et tall eller en boolsk verdi',
    'number JavaScript holds exactly': 'et tall som JavaScript kan gjengi nøyaktig',
  },
  // After "mottatt:": with the article, except JavaScript's own value names.
  received: {
    null: 'null',
    boolean: 'en boolsk verdi',
    number: 'et tall',
    string: 'en streng',
    array: 'en array',
    object: 'et objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'en BigInt',
    symbol: 'et Symbol',
    function: 'en funksjon',
    Date: 'et Date-objekt',
    Map: 'et Map-objekt',
    Set: 'et Set-objekt',
    RegExp: 'et regulært uttrykk',
    'class instance': 'en klasseinstans',
    'unreadable value': 'en verdi som ikke kan leses',
  },
});
