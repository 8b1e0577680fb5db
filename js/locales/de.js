// Deutsch. Formal address ("Sie"), as cal.com's German interface; German quotation marks „…“.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Der Request-Body ist kein gültiges JSON (Byte {position}): ';
const EMAIL = 'Geben Sie eine E-Mail-Adresse wie name@example.com ein: „{input}“ ';
const UNKNOWN = 'Unbekannter Schlüssel „{input}“';
const NOT_IN_MODEL = ': in dieser Version des Modells nicht enthalten, daher fehlt er in data (vielleicht hat cal.com ihn neu hinzugefügt)';
const COMPAT = 'cal.com akzeptiert hier null, aber ';
const NOT_NULL_COLUMN = '{field} darf nicht null sein: Die Spalte ist NOT NULL, daher scheitert cal.com mit Fehler 500';
const NOT_NULL_TIME_FORMAT = '{field} darf nicht null sein: cal.com speichert null, und danach schlägt jedes GET /v2/me fehl';
const NOT_NULL_METADATA =
  "{field} darf nicht null sein: Die Datenbank lehnt ein JSON-null ab (Fehler 500); senden Sie '{}', um die Metadaten zu leeren";
const NULL_DYNAMIC_BOOKING =
  '{field} wird als null gespeichert, und cal.com liest das danach als false (dynamische Gruppenbuchungen sind damit ausgeschaltet): Senden Sie true oder false';
const WEEK_START = 'Der Wochenbeginn muss einer dieser Werte sein: {values} (englisch, mit großem Anfangsbuchstaben)';
const TIME_FORMAT_STRING = 'Erwartet wird die Zahl 12 oder 24, erhalten: die Zeichenkette „{input}“';

export default catalog('de', {
  messages: {
    type: 'Erwartet wird {expected}, erhalten: {received}',
    'type.integer': 'Erwartet wird eine ganze Zahl',
    'type.array_body':
      'Erwartet wird {expected}, erhalten: {received} (cal.com prüft einen Request-Body, der ein Array ist, gar nicht und scheitert dann mit Fehler 500)',
    unreadable: 'Dieser Wert konnte nicht gelesen werden: Ein Getter oder eine Proxy-Falle hat einen Fehler ausgelöst',
    'unreadable.body': 'Der Request-Body konnte nicht gelesen werden: Ein Getter oder eine Proxy-Falle hat einen Fehler ausgelöst',
    'unicode.lone_surrogate':
      'Der Text enthält ein einzelnes UTF-16-Surrogat (ein halbes Emoji?); es würde als \ufffd gespeichert',
    required: 'Pflichtangabe: {field} fehlt',
    duplicate_key: 'Dieser Schlüssel kommt im Request-Body mehrmals vor; nur sein letzter Wert zählt',
    base_url: 'baseUrl muss eine http(s)-URL sein, zum Beispiel https://api.cal.com',
    more: '(+{count} weitere)',

    'body.too_large':
      'Der Request-Body ist als JSON {count, plural, one {# Byte} other {# Bytes}} groß; cal.com lehnt alles über {maximum} Bytes (100 kB) mit Fehler 413 ab',
    'json.not_utf8': JSON_ERROR + 'Der Text ist kein gültiges UTF-8',
    'json.trailing': JSON_ERROR + 'unerwarteter Text nach dem JSON-Wert',
    'json.unexpected_char': JSON_ERROR + 'unerwartetes Zeichen',
    'json.unexpected_end': JSON_ERROR + 'unerwartetes Ende',
    'json.invalid_literal': JSON_ERROR + 'ungültiges Literal',
    'json.unknown_tag': JSON_ERROR + 'unbekannte Wertmarkierung',
    'json.expected_key': JSON_ERROR + 'hier wird ein Schlüssel in Anführungszeichen erwartet',
    'json.expected_colon': JSON_ERROR + "nach einem Schlüssel wird ':' erwartet",
    'json.expected_comma_brace': JSON_ERROR + "hier wird ',' oder eine schließende geschweifte Klammer erwartet",
    'json.expected_comma_bracket': JSON_ERROR + "hier wird ',' oder eine schließende eckige Klammer erwartet",
    'json.unterminated_string': JSON_ERROR + 'nicht abgeschlossene Zeichenkette',
    'json.invalid_unicode_escape': JSON_ERROR + 'ungültige \\u-Escape-Sequenz',
    'json.invalid_escape': JSON_ERROR + 'ungültige Escape-Sequenz',
    'json.control_char': JSON_ERROR + 'Steuerzeichen in einer Zeichenkette',
    'json.invalid_number': JSON_ERROR + 'ungültige Zahl',
    'json.number_fraction': JSON_ERROR + "ungültige Zahl: nach '.' müssen Ziffern folgen",
    'json.number_exponent': JSON_ERROR + 'ungültige Zahl: der Exponent braucht Ziffern',

    'key.forbidden':
      UNKNOWN + ': nicht erlaubt (cal.com löscht oder ignoriert ihn, und in JavaScript-Code kann er Prototypen verändern)',
    'key.secret': UNKNOWN + ': Geheime Zugangsdaten nimmt ein clientseitiges Modell grundsätzlich nicht an',
    'key.unknown': UNKNOWN + ': cal.com würde ihn stillschweigend verwerfen',
    'key.unknown.suggest': UNKNOWN + ' (meinten Sie {suggestion}?): cal.com würde ihn stillschweigend verwerfen',
    'key.rejected': UNKNOWN + ': cal.com lehnt hier unbekannte Schlüssel ab',
    'key.rejected.suggest': UNKNOWN + ' (meinten Sie {suggestion}?): cal.com lehnt hier unbekannte Schlüssel ab',
    'key.stripped': UNKNOWN + ': cal.com verwirft ihn ohne Fehlermeldung',
    'key.stripped.suggest': UNKNOWN + ' (meinten Sie {suggestion}?): cal.com verwirft ihn ohne Fehlermeldung',
    'key.unknown_model': UNKNOWN + NOT_IN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + ' (meinten Sie {suggestion}?)' + NOT_IN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' in organization' + NOT_IN_MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': NULL_DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC_BOOKING,

    'time_zone.unknown': 'Keine IANA-Zeitzone: „{input}“',
    'time_zone.unknown.suggest': 'Keine IANA-Zeitzone: „{input}“; meinten Sie {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ ist ein veralteter Name für „{canonical}“; er funktioniert noch, besser ist aber der kanonische Name',
    'time_zone.stored': 'cal.com speichert diese Zeitzone als „{stored}“, nicht in der IANA-Schreibweise „{canonical}“',
    'time_zone.absent':
      'Ohne Zeitzone verwendet cal.com Europe/London und legt keinen Standardzeitplan an: Der Benutzer kann erst gebucht werden, wenn es einen gibt',
    'locale.unknown': 'Diese Sprache unterstützt cal.com nicht',
    'locale.unknown.suggest': 'Diese Sprache unterstützt cal.com nicht; meinten Sie {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; meinten Sie {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; verwenden Sie die Zahl {suggestion} (ohne Anführungszeichen)',
    'time_format.nan': 'Erwartet wird die Zahl 12 oder 24, erhalten: ein Wert, der keine Zahl ist',
    time_format: 'Das Zeitformat muss 12 oder 24 sein',
    'time_format.coerced': 'cal.com wandelt die Zeichenkette „{input}“ in die Zahl {stored} um',
    'schedule_id.integer': 'Eine Zeitplan-ID ist eine ganze Zahl',
    'schedule_id.too_small': 'Eine Zeitplan-ID ist mindestens {minimum}',
    'schedule_id.too_big': 'Eine Zeitplan-ID ist höchstens {maximum}',
    'schedule_id.unstorable':
      'cal.com akzeptiert diese Zahl, aber die Datenbank kann sie nicht als Zeitplan-ID speichern: Die Anfrage scheitert mit Fehler 500',
    'schedule_id.null': 'Ohne Standardzeitplan kann der Benutzer erst gebucht werden, wenn einer festgelegt ist',
    'team_id.integer': 'Eine Team-ID ist eine ganze Zahl',
    'team_id.too_small': 'Eine Team-ID ist mindestens {minimum}',
    'team_id.too_big': 'Eine Team-ID ist höchstens {maximum}',
    'booking_limit.too_small': 'Ein Buchungslimit ist mindestens {minimum}; senden Sie null, wenn es kein Limit geben soll',
    'booking_limit.integer': 'Ein Buchungslimit ist eine ganzzahlige Anzahl von Buchungen',
    'booking_limit.too_big': 'Ein Buchungslimit ist höchstens {maximum}; senden Sie null, wenn es kein Limit geben soll',
    'number.positive': 'Die Zahl muss größer als {minimum} sein',
    'avatar_url.too_long': 'Eine URL hat höchstens {maximum} Zeichen',
    'avatar_url.invalid': 'Geben Sie eine vollständige Bild-URL wie https://example.com/me.png ein, nicht „{input}“',
    'avatar_url.no_scheme':
      'Beginnen Sie die URL mit https:// (oder http://): Sonst wird die Adresse relativ zu der Seite aufgelöst, die das Profilbild zeigt',
    'avatar_url.credentials': 'Entfernen Sie den Teil benutzer:passwort@: Er würde mit dem Profilbild veröffentlicht',
    'email.too_long': 'Eine E-Mail-Adresse hat höchstens {maximum} Zeichen',
    'email.invalid': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein, nicht „{input}“',
    'email.no_at': EMAIL + 'enthält kein @',
    'email.many_at': EMAIL + 'enthält mehr als ein @',
    'email.local_length': EMAIL + 'braucht vor dem @ 1 bis 64 Zeichen',
    'email.local_char': EMAIL + 'enthält vor dem @ ein unzulässiges Zeichen',
    'email.local_dot': EMAIL + 'hat vor dem @ einen Punkt an falscher Stelle',
    'email.no_dot': EMAIL + 'braucht eine Domain mit Punkt, etwa example.com',
    'email.domain': EMAIL + 'hat eine ungültige Domain',
    'email.tld': EMAIL + 'braucht eine Top-Level-Domain aus Buchstaben, etwa .com',
    'email.managed_user': "Die E-Mail-Adresse eines verwalteten Benutzers enthält vor dem @ +'{clientId}'",
    lowercased: 'cal.com speichert dies in Kleinbuchstaben: „{stored}“',
    'api_key.empty': 'Geben Sie Ihren cal.com-API-Schlüssel ein (er beginnt mit cal_)',
    'api_key.bearer': 'Lassen Sie das Wort Bearer weg und geben Sie nur den Schlüssel an',
    'api_key.spaces': 'Der Schlüssel enthält Leer- oder Anführungszeichen: Kopieren Sie ihn erneut, ohne diese',
    'api_key.chars': 'Der Schlüssel enthält Zeichen, die in einem API-Schlüssel oder Zugriffstoken nie vorkommen',
    'api_key.truncated':
      'Dieser cal_-Schlüssel ist offenbar abgeschnitten oder beschädigt: Kopieren Sie ihn erneut unter Einstellungen → Entwickler → API-Schlüssel',
    'api_key.unknown': 'Weder ein API-Schlüssel (diese beginnen mit cal_) noch ein vollständiges Zugriffstoken',
    'metadata.key_too_long': 'Ein Metadaten-Schlüssel hat höchstens {maximum} Zeichen (UTF-16-Codeeinheiten)',
    'metadata.too_many_keys': 'Metadaten haben höchstens {maximum} Schlüssel; hier sind es {count}',
    'metadata.value_too_long':
      'Ein Metadaten-Wert hat höchstens {maximum} Zeichen (UTF-16-Codeeinheiten); dieser hat {count}',
    'metadata.duplicate_key': 'Dieser Schlüssel kommt im JSON-Body mehrmals vor; nur sein letzter Wert bliebe erhalten',
    'metadata.constructor': 'Der Schlüssel „{input}“ lässt cal.com schon vor der Prüfung mit Fehler 500 scheitern; benennen Sie ihn um',
    'metadata.forbidden':
      'Der Schlüssel „{input}“ ist nicht erlaubt: cal.com würde ihn stillschweigend verwerfen, und JavaScript-Code könnte ihn als Teil des Prototyps lesen; benennen Sie ihn um',
    'metadata.stripped': 'cal.com verwirft den Schlüssel „{input}“ ohne Fehlermeldung',
    'metadata.inexact_number':
      'JavaScript kann diese Zahl nicht exakt darstellen (zu groß, zu genau oder außerhalb des Wertebereichs): Senden Sie sie als Zeichenkette',
    'metadata.infinite': 'cal.com speichert diese Zahl als null: JSON kann keine unendliche Zahl darstellen',
    one_of: 'Erwartet wird einer dieser Werte: {values}; erhalten: „{input}“',
    brand_color: 'Verwenden Sie eine Hex-Farbe: #RGB, #RGBA, #RRGGBB oder #RRGGBBAA',
    'zod.too_short': 'Die Zeichenkette muss mindestens {minimum} Zeichen enthalten',
    'zod.too_long': 'Die Zeichenkette darf höchstens {maximum} Zeichen enthalten',
    'zod.invalid': 'Ungültig',
    iso_date: 'Erwartet wird ein Datum nach ISO 8601 wie 2024-05-01T09:30:00Z, erhalten: „{input}“',
  },

  // After "Erwartet wird …": nominative, with the article.
  expected: {
    string: 'eine Zeichenkette',
    number: 'eine Zahl',
    integer: 'eine ganze Zahl',
    boolean: 'ein Wahrheitswert',
    object: 'ein Objekt',
    value: 'ein Wert',
    'non-null value': 'ein Wert ungleich null',
    'string, number or boolean': 'eine Zeichenkette, eine Zahl oder ein Wahrheitswert',
    'number JavaScript holds exactly': 'eine Zahl, die JavaScript exakt darstellen kann',
  },
  // After "erhalten:": the kind of value alone.
  received: {
    null: 'null',
    boolean: 'Wahrheitswert',
    number: 'Zahl',
    string: 'Zeichenkette',
    array: 'Array',
    object: 'Objekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'Symbol',
    function: 'Funktion',
    Date: 'Date-Objekt',
    Map: 'Map',
    Set: 'Set',
    RegExp: 'regulärer Ausdruck',
    'class instance': 'Klasseninstanz',
    'unreadable value': 'nicht lesbarer Wert',
  },
});
