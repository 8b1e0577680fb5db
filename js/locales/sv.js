// Svenska. Informal address ("du"), as cal.com's Swedish interface; Swedish quotation marks ”…”.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// `expected` and `received` carry their article ("ett tal"): both follow a colon in `type`.

import { catalog } from './format.js';

const BODY = 'Förfrågans body';
const JSON_ERROR = BODY + ' är inte giltig JSON (byte {position}): ';
const EMAIL = 'Ange en e-postadress som name@example.com: ”{input}” ';
const UNKNOWN = 'Okänd nyckel ”{input}”';
const MEAN = ' (menade du {suggestion}?)';
const DROPPED = ': cal.com skulle tyst ta bort den';
const REJECTED = ': cal.com avvisar okända nycklar här';
const STRIPPED = ': cal.com tar bort den utan felmeddelande';
const NOT_IN_MODEL = ': finns inte i den här versionen av modellen och kommer därför inte med i data (cal.com kan ha lagt till den)';
const COMPAT = 'cal.com accepterar null här, men ';
const NOT_NULL_COLUMN = '{field} får inte vara null: kolumnen är NOT NULL, så cal.com misslyckas med fel 500';
const NOT_NULL_TIME_FORMAT =
  '{field} får inte vara null: cal.com sparar null-värdet och sedan misslyckas varje GET /v2/me';
const NOT_NULL_METADATA =
  "{field} får inte vara null: databasen avvisar en JSON-null (fel 500); skicka '{}' för att tömma fältet";
const NULL_DYNAMIC_BOOKING =
  '{field} sparas som null, och cal.com läser det sedan som false (dynamisk gruppbokning avstängd): skicka true eller false';
const WEEK_START = 'Veckostarten måste vara ett av dessa värden: {values} (på engelska, med stor begynnelsebokstav)';
const TIME_FORMAT_STRING = 'Förväntat: talet 12 eller 24; mottaget: strängen ”{input}”';

export default catalog('sv', {
  messages: {
    type: 'Förväntat: {expected}; mottaget: {received}',
    'type.integer': 'Förväntat: ett heltal',
    'type.array_body':
      'Förväntat: {expected}; mottaget: {received} (cal.com validerar inte en body som är en array och misslyckas sedan med fel 500)',
    unreadable: 'Värdet kunde inte läsas: en getter eller Proxy-fälla kastade ett fel',
    'unreadable.body': BODY + ' kunde inte läsas: en getter eller Proxy-fälla kastade ett fel',
    'unicode.lone_surrogate':
      'Texten innehåller ett ensamt UTF-16-surrogat (en halv emoji?); det skulle sparas som \ufffd',
    required: 'Obligatoriskt: {field} saknas',
    duplicate_key: 'Nyckeln förekommer mer än en gång i förfrågans body; bara det sista värdet gäller',
    base_url: 'baseUrl måste vara en http(s)-URL, till exempel https://api.cal.com',
    more: '(och {count} till)',

    'body.too_large':
      BODY + ' är {count} byte som JSON; cal.com avvisar allt över {maximum} byte (100 kB) med fel 413',
    'json.not_utf8': JSON_ERROR + 'texten är inte giltig UTF-8',
    'json.trailing': JSON_ERROR + 'oväntad text efter JSON-värdet',
    'json.unexpected_char': JSON_ERROR + 'oväntat tecken',
    'json.unexpected_end': JSON_ERROR + 'oväntat slut',
    'json.invalid_literal': JSON_ERROR + 'ogiltigt literalvärde',
    'json.unknown_tag': JSON_ERROR + 'okänd värdemarkering',
    'json.expected_key': JSON_ERROR + 'här förväntas en nyckel inom citattecken',
    'json.expected_colon': JSON_ERROR + "efter en nyckel förväntas ':'",
    'json.expected_comma_brace': JSON_ERROR + "här förväntas ',' eller en avslutande klammerparentes",
    'json.expected_comma_bracket': JSON_ERROR + "här förväntas ',' eller en avslutande hakparentes",
    'json.unterminated_string': JSON_ERROR + 'oavslutad sträng',
    'json.invalid_unicode_escape': JSON_ERROR + 'ogiltig \\u-escapesekvens',
    'json.invalid_escape': JSON_ERROR + 'ogiltig escapesekvens',
    'json.control_char': JSON_ERROR + 'styrtecken i en sträng',
    'json.invalid_number': JSON_ERROR + 'ogiltigt tal',
    'json.number_fraction': JSON_ERROR + "ogiltigt tal: siffror förväntas efter '.'",
    'json.number_exponent': JSON_ERROR + 'ogiltigt tal: exponenten saknar siffror',

    'key.forbidden':
      UNKNOWN + ': inte tillåten (cal.com tar bort eller ignorerar den, och i JavaScript-kod kan den ändra prototyper)',
    'key.secret': UNKNOWN + ': en modell på klientsidan tar aldrig emot hemligheter',
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

    'time_zone.unknown': 'Inte en IANA-tidszon: ”{input}”',
    'time_zone.unknown.suggest': 'Inte en IANA-tidszon: ”{input}”; menade du {suggestions}?',
    'time_zone.deprecated':
      '”{input}” är ett föråldrat namn på ”{canonical}”; det fungerar fortfarande, men använd hellre det officiella namnet',
    'time_zone.stored': 'cal.com sparar den här tidszonen som ”{stored}”, inte med IANA-stavningen ”{canonical}”',
    'time_zone.absent':
      'Utan tidszon använder cal.com Europe/London och skapar inget standardschema: användaren kan inte bokas förrän ett schema finns',
    'locale.unknown': 'cal.com stöder inte det här språket',
    'locale.unknown.suggest': 'cal.com stöder inte det här språket; menade du {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; menade du {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; använd talet {suggestion} (utan citattecken)',
    'time_format.nan': 'Förväntat: talet 12 eller 24; mottaget: ett värde som inte är ett tal',
    time_format: 'Tidsformatet måste vara 12 eller 24',
    'time_format.coerced': 'cal.com omvandlar strängen ”{input}” till talet {stored}',
    'schedule_id.integer': 'Ett schema-ID är ett heltal',
    'schedule_id.too_small': 'Ett schema-ID är minst {minimum}',
    'schedule_id.too_big': 'Ett schema-ID är högst {maximum}',
    'schedule_id.unstorable':
      'cal.com accepterar det här talet, men databasen kan inte spara det som schema-ID: förfrågan misslyckas med fel 500',
    'schedule_id.null': 'Utan standardschema kan användaren inte bokas förrän ett schema har valts',
    'team_id.integer': 'Ett team-ID är ett heltal',
    'team_id.too_small': 'Ett team-ID är minst {minimum}',
    'team_id.too_big': 'Ett team-ID är högst {maximum}',
    'booking_limit.too_small': 'En bokningsgräns är minst {minimum}; skicka null för ingen gräns',
    'booking_limit.integer': 'En bokningsgräns är ett helt antal bokningar',
    'booking_limit.too_big': 'En bokningsgräns är högst {maximum}; skicka null för ingen gräns',
    'number.positive': 'Talet måste vara större än {minimum}',
    'avatar_url.too_long': 'En URL har högst {maximum} tecken',
    'avatar_url.invalid': 'Ange en fullständig bild-URL som https://example.com/me.png, inte ”{input}”',
    'avatar_url.no_scheme':
      'Börja URL:en med https:// (eller http://): annars tolkas adressen relativt till sidan som visar profilbilden',
    'avatar_url.credentials': 'Ta bort delen användare:lösenord@: den skulle publiceras tillsammans med profilbilden',
    'email.too_long': 'En e-postadress har högst {maximum} tecken',
    'email.invalid': 'Ange en e-postadress som name@example.com, inte ”{input}”',
    'email.no_at': EMAIL + 'innehåller inget @',
    'email.many_at': EMAIL + 'innehåller mer än ett @',
    'email.local_length': EMAIL + 'behöver 1 till 64 tecken före @',
    'email.local_char': EMAIL + 'har ett otillåtet tecken före @',
    'email.local_dot': EMAIL + 'har en punkt på fel ställe före @',
    'email.no_dot': EMAIL + 'behöver en domän med punkt, till exempel example.com',
    'email.domain': EMAIL + 'har en ogiltig domän',
    'email.tld': EMAIL + 'behöver en toppdomän av bokstäver, till exempel .com',
    'email.managed_user': "En hanterad användares e-postadress har +'{clientId}' före @",
    lowercased: 'cal.com sparar detta med gemener: ”{stored}”',
    'api_key.empty': 'Ange din API-nyckel för cal.com (den börjar med cal_)',
    'api_key.bearer': 'Utelämna ordet Bearer: ange bara själva nyckeln',
    'api_key.spaces': 'Nyckeln innehåller mellanslag eller citattecken: kopiera den igen utan dem',
    'api_key.chars': 'Nyckeln innehåller tecken som en API-nyckel eller åtkomsttoken aldrig har',
    'api_key.truncated':
      'Den här cal_-nyckeln verkar avkortad eller skadad: kopiera den igen från Inställningar → Utvecklare → API-nycklar',
    'api_key.unknown': 'Varken en API-nyckel (de börjar med cal_) eller en fullständig åtkomsttoken',
    'metadata.key_too_long': 'En metadatanyckel har högst {maximum} tecken (UTF-16-kodenheter)',
    'metadata.too_many_keys': 'Metadata har högst {maximum, plural, one {# nyckel} other {# nycklar}}; här finns {count}',
    'metadata.value_too_long': 'Ett metadatavärde har högst {maximum} tecken (UTF-16-kodenheter); det här har {count}',
    'metadata.duplicate_key': 'Nyckeln förekommer mer än en gång i JSON-innehållet; bara det sista värdet skulle behållas',
    'metadata.constructor':
      'Nyckeln ”{input}” får cal.com att misslyckas med fel 500 redan före valideringen; byt namn på den',
    'metadata.forbidden':
      'Nyckeln ”{input}” är inte tillåten: cal.com skulle tyst ta bort den, och JavaScript-kod kan läsa den som en del av prototypen; byt namn på den',
    'metadata.stripped': 'cal.com tar bort nyckeln ”{input}” utan felmeddelande',
    'metadata.inexact_number':
      'JavaScript kan inte återge det här talet exakt (för stort, för precist eller utanför intervallet): skicka det som en sträng',
    'metadata.infinite': 'cal.com sparar det här talet som null: JSON kan inte innehålla ett oändligt tal',
    one_of: 'Förväntat: {values}; mottaget: ”{input}”',
    brand_color: 'Använd en hexfärg: #RGB, #RGBA, #RRGGBB eller #RRGGBBAA',
    'zod.too_short': 'Strängen måste innehålla minst {minimum} tecken',
    'zod.too_long': 'Strängen får innehålla högst {maximum} tecken',
    'zod.invalid': 'Ogiltigt',
    iso_date: 'Förväntat: ett ISO 8601-datum som 2024-05-01T09:30:00Z; mottaget: ”{input}”',
  },

  // After "Förväntat:": with the article.
  expected: {
    string: 'en sträng',
    number: 'ett tal',
    integer: 'ett heltal',
    boolean: 'ett booleskt värde',
    object: 'ett objekt',
    value: 'ett värde',
    'non-null value': 'ett värde som inte är null',
    'string, number or boolean': 'en sträng, ett tal eller ett booleskt värde',
    'number JavaScript holds exactly': 'ett tal som JavaScript kan återge exakt',
  },
  // After "mottaget:": with the article, except JavaScript's own value names.
  received: {
    null: 'null',
    boolean: 'ett booleskt värde',
    number: 'ett tal',
    string: 'en sträng',
    array: 'en array',
    object: 'ett objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'en BigInt',
    symbol: 'en Symbol',
    function: 'en funktion',
    Date: 'ett Date-objekt',
    Map: 'ett Map-objekt',
    Set: 'ett Set-objekt',
    RegExp: 'ett reguljärt uttryck',
    'class instance': 'en klassinstans',
    'unreadable value': 'ett oläsbart värde',
  },
});
