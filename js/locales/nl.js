// Nederlands. Informal address ("je"), as cal.com's Dutch interface; quotation marks “…”.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// `expected` and `received` carry their article ("een getal"): both follow a colon in `type`.

import { catalog } from './format.js';

const JSON_ERROR = 'De request-body is geen geldige JSON (byte {position}): ';
const EMAIL = 'Vul een e-mailadres in zoals name@example.com: “{input}” ';
const UNKNOWN = 'Onbekende sleutel “{input}”';
const MEAN = ' (bedoel je {suggestion}?)';
const DROPPED = ': cal.com zou hem zonder melding weglaten';
const REJECTED = ': cal.com weigert hier onbekende sleutels';
const STRIPPED = ': cal.com laat hem weg zonder foutmelding';
const NOT_IN_MODEL = ': staat niet in deze versie van het model en ontbreekt daarom in data (cal.com heeft hem misschien toegevoegd)';
const COMPAT = 'cal.com accepteert hier null, maar ';
const NOT_NULL_COLUMN = '{field} mag niet null zijn: de kolom is NOT NULL, dus geeft cal.com fout 500';
const NOT_NULL_TIME_FORMAT = '{field} mag niet null zijn: cal.com slaat de null op en daarna mislukt elke GET /v2/me';
const NOT_NULL_METADATA =
  "{field} mag niet null zijn: de database weigert een JSON-null (fout 500); stuur '{}' om het veld leeg te maken";
const NULL_DYNAMIC_BOOKING =
  '{field} wordt als null opgeslagen en cal.com leest dat daarna als false (dynamisch groepsboeken staat dan uit): stuur true of false';
const WEEK_START = 'Het begin van de week moet een van deze waarden zijn: {values} (Engels, met hoofdletter)';
const TIME_FORMAT_STRING = 'Verwacht: het getal 12 of 24; ontvangen: de tekenreeks “{input}”';

export default catalog('nl', {
  messages: {
    type: 'Verwacht: {expected}; ontvangen: {received}',
    'type.integer': 'Verwacht: een geheel getal',
    'type.array_body':
      'Verwacht: {expected}; ontvangen: {received} (cal.com valideert een request-body die een array is niet, en geeft daarna fout 500)',
    unreadable: 'Deze waarde kon niet worden gelezen: een getter of Proxy-trap gaf een fout',
    'unreadable.body': 'De request-body kon niet worden gelezen: een getter of Proxy-trap gaf een fout',
    'unicode.lone_surrogate':
      'De tekst bevat een los UTF-16-surrogaat (een halve emoji?); dat zou worden opgeslagen als \ufffd',
    required: 'Verplicht: {field} ontbreekt',
    duplicate_key: 'Deze sleutel komt meer dan eens voor in de request-body; alleen de laatste waarde telt',
    base_url: 'baseUrl moet een http(s)-URL zijn, zoals https://api.cal.com',
    more: '(en nog {count})',

    'body.too_large':
      'De request-body is als JSON {count, plural, one {# byte} other {# bytes}} groot; cal.com weigert alles boven {maximum} bytes (100 kB) met fout 413',
    'json.not_utf8': JSON_ERROR + 'de tekst is geen geldige UTF-8',
    'json.trailing': JSON_ERROR + 'onverwachte tekst na de JSON-waarde',
    'json.unexpected_char': JSON_ERROR + 'onverwacht teken',
    'json.unexpected_end': JSON_ERROR + 'onverwacht einde',
    'json.invalid_literal': JSON_ERROR + 'ongeldige letterlijke waarde',
    'json.unknown_tag': JSON_ERROR + 'onbekend waardelabel',
    'json.expected_key': JSON_ERROR + 'hier wordt een sleutel tussen aanhalingstekens verwacht',
    'json.expected_colon': JSON_ERROR + "na een sleutel wordt ':' verwacht",
    'json.expected_comma_brace': JSON_ERROR + "hier wordt ',' of een sluitende accolade verwacht",
    'json.expected_comma_bracket': JSON_ERROR + "hier wordt ',' of een sluitende rechte haak verwacht",
    'json.unterminated_string': JSON_ERROR + 'niet-afgesloten tekenreeks',
    'json.invalid_unicode_escape': JSON_ERROR + 'ongeldige \\u-escapereeks',
    'json.invalid_escape': JSON_ERROR + 'ongeldige escapereeks',
    'json.control_char': JSON_ERROR + 'stuurteken in een tekenreeks',
    'json.invalid_number': JSON_ERROR + 'ongeldig getal',
    'json.number_fraction': JSON_ERROR + "ongeldig getal: na '.' moeten cijfers volgen",
    'json.number_exponent': JSON_ERROR + 'ongeldig getal: de exponent heeft geen cijfers',

    'key.forbidden':
      UNKNOWN + ': niet toegestaan (cal.com verwijdert of negeert hem, en in JavaScript-code kan hij prototypes wijzigen)',
    'key.secret': UNKNOWN + ': een model aan de clientkant accepteert nooit geheime gegevens',
    'key.unknown': UNKNOWN + DROPPED,
    'key.unknown.suggest': UNKNOWN + MEAN + DROPPED,
    'key.rejected': UNKNOWN + REJECTED,
    'key.rejected.suggest': UNKNOWN + MEAN + REJECTED,
    'key.stripped': UNKNOWN + STRIPPED,
    'key.stripped.suggest': UNKNOWN + MEAN + STRIPPED,
    'key.unknown_model': UNKNOWN + NOT_IN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + NOT_IN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' in organization' + NOT_IN_MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': NULL_DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC_BOOKING,

    'time_zone.unknown': 'Geen IANA-tijdzone: “{input}”',
    'time_zone.unknown.suggest': 'Geen IANA-tijdzone: “{input}”; bedoel je {suggestions}?',
    'time_zone.deprecated':
      '“{input}” is een verouderde naam voor “{canonical}”; die werkt nog, maar gebruik liever de officiële naam',
    'time_zone.stored': 'cal.com slaat deze tijdzone op als “{stored}”, niet in de IANA-spelling “{canonical}”',
    'time_zone.absent':
      'Zonder tijdzone gebruikt cal.com Europe/London en maakt het geen standaardschema aan: de gebruiker kan pas geboekt worden als er een schema is',
    'locale.unknown': 'cal.com ondersteunt deze taal niet',
    'locale.unknown.suggest': 'cal.com ondersteunt deze taal niet; bedoel je {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; bedoel je {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; gebruik het getal {suggestion} (zonder aanhalingstekens)',
    'time_format.nan': 'Verwacht: het getal 12 of 24; ontvangen: een waarde die geen getal is',
    time_format: 'De tijdnotatie moet 12 of 24 zijn',
    'time_format.coerced': 'cal.com zet de tekenreeks “{input}” om in het getal {stored}',
    'schedule_id.integer': 'Een schema-ID is een geheel getal',
    'schedule_id.too_small': 'Een schema-ID is minimaal {minimum}',
    'schedule_id.too_big': 'Een schema-ID is maximaal {maximum}',
    'schedule_id.unstorable':
      'cal.com accepteert dit getal, maar de database kan het niet als schema-ID opslaan: het verzoek mislukt met fout 500',
    'schedule_id.null': 'Zonder standaardschema kan de gebruiker pas geboekt worden als er een is ingesteld',
    'team_id.integer': 'Een team-ID is een geheel getal',
    'team_id.too_small': 'Een team-ID is minimaal {minimum}',
    'team_id.too_big': 'Een team-ID is maximaal {maximum}',
    'booking_limit.too_small': 'Een boekingslimiet is minimaal {minimum}; stuur null voor geen limiet',
    'booking_limit.integer': 'Een boekingslimiet is een geheel aantal boekingen',
    'booking_limit.too_big': 'Een boekingslimiet is maximaal {maximum}; stuur null voor geen limiet',
    'number.positive': 'Het getal moet groter zijn dan {minimum}',
    'avatar_url.too_long': 'Een URL heeft maximaal {maximum} tekens',
    'avatar_url.invalid': 'Vul een volledige afbeeldings-URL in, zoals https://example.com/me.png, niet “{input}”',
    'avatar_url.no_scheme':
      'Begin de URL met https:// (of http://): anders wordt het adres gelezen als relatief ten opzichte van de pagina die de profielfoto toont',
    'avatar_url.credentials': 'Verwijder het deel gebruiker:wachtwoord@: dat zou samen met de profielfoto openbaar worden',
    'email.too_long': 'Een e-mailadres heeft maximaal {maximum} tekens',
    'email.invalid': 'Vul een e-mailadres in zoals name@example.com, niet “{input}”',
    'email.no_at': EMAIL + 'bevat geen @',
    'email.many_at': EMAIL + 'bevat meer dan één @',
    'email.local_length': EMAIL + 'heeft vóór de @ 1 tot 64 tekens nodig',
    'email.local_char': EMAIL + 'bevat vóór de @ een teken dat niet is toegestaan',
    'email.local_dot': EMAIL + 'heeft vóór de @ een punt op een verkeerde plek',
    'email.no_dot': EMAIL + 'heeft een domein met een punt nodig, zoals example.com',
    'email.domain': EMAIL + 'heeft een ongeldig domein',
    'email.tld': EMAIL + 'heeft een topleveldomein van letters nodig, zoals .com',
    'email.managed_user': "Het e-mailadres van een beheerde gebruiker bevat +'{clientId}' vóór de @",
    lowercased: 'cal.com slaat dit op in kleine letters: “{stored}”',
    'api_key.empty': 'Vul je cal.com-API-sleutel in (die begint met cal_)',
    'api_key.bearer': 'Laat het woord Bearer weg: geef alleen de sleutel op',
    'api_key.spaces': 'De sleutel bevat spaties of aanhalingstekens: kopieer hem opnieuw, zonder die tekens',
    'api_key.chars': 'De sleutel bevat tekens die nooit voorkomen in een API-sleutel of toegangstoken',
    'api_key.truncated':
      'Deze cal_-sleutel lijkt afgekapt of beschadigd: kopieer hem opnieuw via Instellingen → Ontwikkelaar → API-sleutels',
    'api_key.unknown': 'Geen API-sleutel (die beginnen met cal_) en ook geen volledig toegangstoken',
    'metadata.key_too_long': 'Een metadatasleutel heeft maximaal {maximum} tekens (UTF-16-code-eenheden)',
    'metadata.too_many_keys':
      'Metadata mag maximaal {maximum, plural, one {# sleutel} other {# sleutels}} hebben; hier zijn het er {count}',
    'metadata.value_too_long':
      'Een metadatawaarde heeft maximaal {maximum} tekens (UTF-16-code-eenheden); deze heeft er {count}',
    'metadata.duplicate_key': 'Deze sleutel komt meer dan eens voor in de JSON-body; alleen de laatste waarde zou bewaard blijven',
    'metadata.constructor':
      'Door de sleutel “{input}” geeft cal.com al vóór de validatie fout 500; geef de sleutel een andere naam',
    'metadata.forbidden':
      'De sleutel “{input}” is niet toegestaan: cal.com zou hem zonder melding weglaten, en JavaScript-code kan hem lezen als deel van het prototype; geef de sleutel een andere naam',
    'metadata.stripped': 'cal.com laat de sleutel “{input}” weg zonder foutmelding',
    'metadata.inexact_number':
      'JavaScript kan dit getal niet exact weergeven (te groot, te precies of buiten het bereik): stuur het als tekenreeks',
    'metadata.infinite': 'cal.com slaat dit getal op als null: JSON kan geen oneindig getal bevatten',
    one_of: 'Verwacht: {values}; ontvangen: “{input}”',
    brand_color: 'Gebruik een hexadecimale kleur: #RGB, #RGBA, #RRGGBB of #RRGGBBAA',
    'zod.too_short': 'De tekenreeks moet minstens {minimum, plural, one {# teken} other {# tekens}} bevatten',
    'zod.too_long': 'De tekenreeks mag hoogstens {maximum, plural, one {# teken} other {# tekens}} bevatten',
    'zod.invalid': 'Ongeldig',
    iso_date: 'Verwacht: een ISO 8601-datum zoals 2024-05-01T09:30:00Z; ontvangen: “{input}”',
  },

  // After "Verwacht:": with the article.
  expected: {
    string: 'een tekenreeks',
    number: 'een getal',
    integer: 'een geheel getal',
    boolean: 'een booleaanse waarde',
    object: 'een object',
    value: 'een waarde',
    'non-null value': 'een waarde die niet null is',
    'string, number or boolean': 'een tekenreeks, een getal of een booleaanse waarde',
    'number JavaScript holds exactly': 'een getal dat JavaScript exact kan weergeven',
  },
  // After "ontvangen:": with the article, except JavaScript's own value names.
  received: {
    null: 'null',
    boolean: 'een booleaanse waarde',
    number: 'een getal',
    string: 'een tekenreeks',
    array: 'een array',
    object: 'een object',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'een BigInt',
    symbol: 'een Symbol',
    function: 'een functie',
    Date: 'een Date-object',
    Map: 'een Map',
    Set: 'een Set',
    RegExp: 'een reguliere expressie',
    'class instance': 'een klasse-instantie',
    'unreadable value': 'een onleesbare waarde',
  },
});
