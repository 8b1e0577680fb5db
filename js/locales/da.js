// Dansk. Informal address ("du"), as cal.com's Danish interface; Danish quotation marks »…«.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// `expected` and `received` carry their article ("et tal"): both follow a colon in `type`.

import { catalog } from './format.js';

const BODY = 'Forespørgslens body';
const JSON_ERROR = BODY + ' er ikke gyldig JSON (byte {position}): ';
const EMAIL = 'Angiv en e-mailadresse som name@example.com: »{input}« ';
const UNKNOWN = 'Ukendt nøgle »{input}«';
const MEAN = ' (mente du {suggestion}?)';
const DROPPED = ': cal.com ville fjerne den uden at sige til';
const REJECTED = ': cal.com afviser ukendte nøgler her';
const STRIPPED = ': cal.com fjerner den uden en fejlmeddelelse';
const NOT_IN_MODEL = ': findes ikke i denne version af modellen og kommer derfor ikke med i data (cal.com har måske tilføjet den)';
const COMPAT = 'cal.com accepterer null her, men ';
const NOT_NULL_COLUMN = '{field} må ikke være null: kolonnen er NOT NULL, så svarer cal.com med fejl 500';
const NOT_NULL_TIME_FORMAT = '{field} må ikke være null: cal.com gemmer null, og derefter fejler hvert GET /v2/me';
const NOT_NULL_METADATA =
  "{field} må ikke være null: databasen afviser en JSON-null (fejl 500); send '{}' for at tømme feltet";
const NULL_DYNAMIC_BOOKING =
  '{field} gemmes som null, og cal.com læser det derefter som false (dynamisk gruppebooking slået fra): send true eller false';
const WEEK_START = 'Ugestart skal være en af disse værdier: {values} (på engelsk, med stort begyndelsesbogstav)';
const TIME_FORMAT_STRING = 'Forventet: tallet 12 eller 24; modtaget: strengen »{input}«';

export default catalog('da', {
  messages: {
    type: 'Forventet: {expected}; modtaget: {received}',
    'type.integer': 'Forventet: et heltal',
    'type.array_body':
      'Forventet: {expected}; modtaget: {received} (cal.com validerer ikke en body, der er et array, og svarer derefter med fejl 500)',
    unreadable: 'Denne værdi kunne ikke læses: en getter eller en Proxy-trap kastede en fejl',
    'unreadable.body': BODY + ' kunne ikke læses: en getter eller en Proxy-trap kastede en fejl',
    'unicode.lone_surrogate':
      'Teksten indeholder et enkeltstående UTF-16-surrogat (en halv emoji?); det ville blive gemt som \ufffd',
    required: 'Påkrævet: {field} mangler',
    duplicate_key: 'Denne nøgle forekommer mere end én gang i forespørgslens body; kun den sidste værdi gælder',
    base_url: 'baseUrl skal være en http(s)-URL, f.eks. https://api.cal.com',
    more: '(og {count} til)',

    'body.too_large':
      BODY + ' fylder {count, plural, one {# byte} other {# bytes}} som JSON; cal.com afviser alt over {maximum} bytes (100 kB) med fejl 413',
    'json.not_utf8': JSON_ERROR + 'teksten er ikke gyldig UTF-8',
    'json.trailing': JSON_ERROR + 'uventet tekst efter JSON-værdien',
    'json.unexpected_char': JSON_ERROR + 'uventet tegn',
    'json.unexpected_end': JSON_ERROR + 'uventet slutning',
    'json.invalid_literal': JSON_ERROR + 'ugyldig literalværdi',
    'json.unknown_tag': JSON_ERROR + 'ukendt værdimærke',
    'json.expected_key': JSON_ERROR + 'her forventes en nøgle i anførselstegn',
    'json.expected_colon': JSON_ERROR + "efter en nøgle forventes ':'",
    'json.expected_comma_brace': JSON_ERROR + "her forventes ',' eller en afsluttende krøllet parentes",
    'json.expected_comma_bracket': JSON_ERROR + "her forventes ',' eller en afsluttende firkantet parentes",
    'json.unterminated_string': JSON_ERROR + 'uafsluttet streng',
    'json.invalid_unicode_escape': JSON_ERROR + 'ugyldig \\u-escapesekvens',
    'json.invalid_escape': JSON_ERROR + 'ugyldig escapesekvens',
    'json.control_char': JSON_ERROR + 'kontroltegn i en streng',
    'json.invalid_number': JSON_ERROR + 'ugyldigt tal',
    'json.number_fraction': JSON_ERROR + "ugyldigt tal: der skal stå cifre efter '.'",
    'json.number_exponent': JSON_ERROR + 'ugyldigt tal: eksponenten mangler cifre',

    'key.forbidden':
      UNKNOWN + ': ikke tilladt (cal.com sletter eller ignorerer den, og i JavaScript-kode kan den ændre prototyper)',
    'key.secret': UNKNOWN + ': en model på klientsiden tager aldrig imod hemmeligheder',
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

    'time_zone.unknown': 'Ikke en IANA-tidszone: »{input}«',
    'time_zone.unknown.suggest': 'Ikke en IANA-tidszone: »{input}«; mente du {suggestions}?',
    'time_zone.deprecated':
      '»{input}« er et forældet navn for »{canonical}«; det virker stadig, men brug hellere det officielle navn',
    'time_zone.stored': 'cal.com gemmer denne tidszone som »{stored}«, ikke med IANA-stavemåden »{canonical}«',
    'time_zone.absent':
      'Uden en tidszone bruger cal.com Europe/London og opretter ingen standardtidsplan: brugeren kan ikke bookes, før der findes en',
    'locale.unknown': 'cal.com understøtter ikke dette sprog',
    'locale.unknown.suggest': 'cal.com understøtter ikke dette sprog; mente du {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; mente du {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; brug tallet {suggestion} (uden anførselstegn)',
    'time_format.nan': 'Forventet: tallet 12 eller 24; modtaget: en værdi, der ikke er et tal',
    time_format: 'Tidsformatet skal være 12 eller 24',
    'time_format.coerced': 'cal.com konverterer strengen »{input}« til tallet {stored}',
    'schedule_id.integer': 'Et tidsplan-ID er et heltal',
    'schedule_id.too_small': 'Et tidsplan-ID er mindst {minimum}',
    'schedule_id.too_big': 'Et tidsplan-ID er højst {maximum}',
    'schedule_id.unstorable':
      'cal.com accepterer dette tal, men databasen kan ikke gemme det som tidsplan-ID: forespørgslen mislykkes med fejl 500',
    'schedule_id.null': 'Uden en standardtidsplan kan brugeren ikke bookes, før der er valgt en',
    'team_id.integer': 'Et team-ID er et heltal',
    'team_id.too_small': 'Et team-ID er mindst {minimum}',
    'team_id.too_big': 'Et team-ID er højst {maximum}',
    'booking_limit.too_small': 'En bookinggrænse er mindst {minimum}; send null for ingen grænse',
    'booking_limit.integer': 'En bookinggrænse er et helt antal bookinger',
    'booking_limit.too_big': 'En bookinggrænse er højst {maximum}; send null for ingen grænse',
    'number.positive': 'Tallet skal være større end {minimum}',
    'avatar_url.too_long': 'En URL har højst {maximum} tegn',
    'avatar_url.invalid': 'Angiv en fuldstændig billed-URL som https://example.com/me.png, ikke »{input}«',
    'avatar_url.no_scheme':
      'Start URL’en med https:// (eller http://): ellers fortolkes adressen i forhold til den side, der viser profilbilledet',
    'avatar_url.credentials': 'Fjern delen bruger:adgangskode@: den ville blive offentliggjort sammen med profilbilledet',
    'email.too_long': 'En e-mailadresse har højst {maximum} tegn',
    'email.invalid': 'Angiv en e-mailadresse som name@example.com, ikke »{input}«',
    'email.no_at': EMAIL + 'indeholder intet @',
    'email.many_at': EMAIL + 'indeholder mere end ét @',
    'email.local_length': EMAIL + 'skal have 1 til 64 tegn før @',
    'email.local_char': EMAIL + 'har et tegn før @, som ikke er tilladt',
    'email.local_dot': EMAIL + 'har et punktum et forkert sted før @',
    'email.no_dot': EMAIL + 'skal have et domæne med punktum, f.eks. example.com',
    'email.domain': EMAIL + 'har et ugyldigt domæne',
    'email.tld': EMAIL + 'skal have et topdomæne af bogstaver, f.eks. .com',
    'email.managed_user': "En administreret brugers e-mailadresse har +'{clientId}' før @",
    lowercased: 'cal.com gemmer dette med små bogstaver: »{stored}«',
    'api_key.empty': 'Indtast din cal.com-API-nøgle (den starter med cal_)',
    'api_key.bearer': 'Udelad ordet Bearer: angiv kun selve nøglen',
    'api_key.spaces': 'Nøglen indeholder mellemrum eller anførselstegn: kopiér den igen uden dem',
    'api_key.chars': 'Nøglen indeholder tegn, som en API-nøgle eller et adgangstoken aldrig har',
    'api_key.truncated':
      'Denne cal_-nøgle ser afkortet eller beskadiget ud: kopiér den igen fra Indstillinger → Udvikler → API-nøgler',
    'api_key.unknown': 'Hverken en API-nøgle (de starter med cal_) eller et komplet adgangstoken',
    'metadata.key_too_long': 'En metadatanøgle har højst {maximum} tegn (UTF-16-kodeenheder)',
    'metadata.too_many_keys': 'Metadata har højst {maximum, plural, one {# nøgle} other {# nøgler}}; her er der {count}',
    'metadata.value_too_long': 'En metadataværdi har højst {maximum} tegn (UTF-16-kodeenheder); denne har {count}',
    'metadata.duplicate_key':
      'Denne nøgle forekommer mere end én gang i JSON-indholdet; kun den sidste værdi ville blive bevaret',
    'metadata.constructor':
      'Nøglen »{input}« får cal.com til at svare med fejl 500 allerede før valideringen; omdøb den',
    'metadata.forbidden':
      'Nøglen »{input}« er ikke tilladt: cal.com ville fjerne den uden at sige til, og JavaScript-kode kan læse den som en del af prototypen; omdøb den',
    'metadata.stripped': 'cal.com fjerner nøglen »{input}« uden en fejlmeddelelse',
    'metadata.inexact_number':
      'JavaScript kan ikke gengive dette tal præcist (for stort, for præcist eller uden for det gyldige område): send det som en streng',
    'metadata.infinite': 'cal.com gemmer dette tal som null: JSON kan ikke indeholde et uendeligt tal',
    one_of: 'Forventet: {values}; modtaget: »{input}«',
    brand_color: 'Brug en hex-farve: #RGB, #RGBA, #RRGGBB eller #RRGGBBAA',
    'zod.too_short': 'Strengen skal indeholde mindst {minimum} tegn',
    'zod.too_long': 'Strengen må højst indeholde {maximum} tegn',
    'zod.invalid': 'Ugyldig',
    iso_date: 'Forventet: en ISO 8601-dato som 2024-05-01T09:30:00Z; modtaget: »{input}«',
  },

  // After "Forventet:": with the article.
  expected: {
    string: 'en streng',
    number: 'et tal',
    integer: 'et heltal',
    boolean: 'en boolesk værdi',
    object: 'et objekt',
    value: 'en værdi',
    'non-null value': 'en værdi, der ikke er null',
    'string, number or boolean': 'en streng, et tal eller en boolesk værdi',
    'number JavaScript holds exactly': 'et tal, som JavaScript kan gengive præcist',
  },
  // After "modtaget:": with the article, except JavaScript's own value names.
  received: {
    null: 'null',
    boolean: 'en boolesk værdi',
    number: 'et tal',
    string: 'en streng',
    array: 'et array',
    object: 'et objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'en BigInt',
    symbol: 'et Symbol',
    function: 'en funktion',
    Date: 'et Date-objekt',
    Map: 'et Map-objekt',
    Set: 'et Set-objekt',
    RegExp: 'et regulært udtryk',
    'class instance': 'en klasseinstans',
    'unreadable value': 'en værdi, der ikke kan læses',
  },
});
