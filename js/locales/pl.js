// Polski. Forma bezpośrednia („Ty”: „Wpisz …”, „czy chodziło Ci o …”), jak w polskim interfejsie
// cal.com („Sprawdź swoją pocztę”, „Pozostało Ci …”) i w większości współczesnych aplikacji;
// polskie cudzysłowy „…”. Format i zasady: js/locales/README.md. Id i argumenty: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Treść żądania nie jest poprawnym JSON-em (bajt {position}): ';
const EMAIL = 'Wpisz adres e-mail w postaci name@example.com: „{input}” ';
const UNKNOWN = 'Nieznany klucz „{input}”';
const DID_YOU_MEAN = ' (czy chodziło Ci o {suggestion}?)';
const COMPAT = 'cal.com akceptuje tutaj null, ale pole {field} ';
const UNKNOWN_MODEL = ': nie występuje w tej wersji modelu, więc zostaje pominięty w polu data (być może cal.com go dodał)';
const NULL_DYNAMIC =
  'ustawione na null zostanie zapisane, a cal.com odczyta je potem jako false (dynamiczne rezerwacje grupowe będą wyłączone): wyślij true lub false';
const NOT_NULL_COLUMN = 'nie może mieć wartości null: kolumna ma ograniczenie NOT NULL, więc cal.com zwraca błąd 500';
const NOT_NULL_TIME_FORMAT =
  'nie może mieć wartości null: cal.com zapisze null i od tej pory każde żądanie GET /v2/me będzie kończyć się błędem';
const NOT_NULL_METADATA =
  "nie może mieć wartości null: baza danych odrzuca null z JSON-a (błąd 500); aby wyczyścić pole, wyślij '{}'";
const WEEK_START = 'Początek tygodnia musi mieć jedną z wartości: {values} (po angielsku, wielką literą)';
const TIME_FORMAT_STRING = 'Oczekiwano liczby 12 lub 24, otrzymano ciąg znaków „{input}”';
// „najwyżej / co najmniej N …”: 1 znak, 2 znaki, 5 znaków, 22 znaki, 1,5 znaku.
const chars = (n) => `{${n}, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}`;
const bytes = (n) => `{${n}, plural, one {# bajt} few {# bajty} many {# bajtów} other {# bajta}}`;

export default catalog('pl', {
  messages: {
    type: 'Oczekiwano: {expected}, otrzymano: {received}',
    'type.integer': 'Oczekiwano liczby całkowitej',
    'type.array_body':
      'Oczekiwano: {expected}, otrzymano: {received} (cal.com nie sprawdza treści żądania, która jest tablicą, a potem zwraca błąd 500)',
    unreadable: 'Nie udało się odczytać tej wartości: getter lub pułapka Proxy zgłosiły wyjątek',
    'unreadable.body': 'Nie udało się odczytać treści żądania: getter lub pułapka Proxy zgłosiły wyjątek',
    'unicode.lone_surrogate':
      'Tekst zawiera pojedynczy surogat UTF-16 (połowę emoji?); zostałby zapisany jako \ufffd',
    required: 'Brak wymaganego pola: {field}',
    duplicate_key: 'Ten klucz występuje w treści żądania więcej niż raz; liczy się tylko jego ostatnia wartość',
    base_url: 'baseUrl musi być adresem URL http(s), np. https://api.cal.com',
    more: '(i jeszcze {count})',

    'body.too_large':
      `Treść żądania zapisana jako JSON ma ${bytes('count')}; ` +
      `cal.com odrzuca treści większe niż ${bytes('maximum')} (100 kB), zwracając błąd 413`,
    'json.not_utf8': JSON_ERROR + 'nieprawidłowa sekwencja UTF-8',
    'json.trailing': JSON_ERROR + 'nieoczekiwany tekst po wartości JSON',
    'json.unexpected_char': JSON_ERROR + 'nieoczekiwany znak',
    'json.unexpected_end': JSON_ERROR + 'nieoczekiwany koniec danych',
    'json.invalid_literal': JSON_ERROR + 'nieprawidłowy literał',
    'json.unknown_tag': JSON_ERROR + 'nieznany znacznik wartości',
    'json.expected_key': JSON_ERROR + 'oczekiwano klucza w cudzysłowie',
    'json.expected_colon': JSON_ERROR + "po kluczu oczekiwano ':'",
    'json.expected_comma_brace': JSON_ERROR + "oczekiwano ',' lub zamykającego nawiasu klamrowego",
    'json.expected_comma_bracket': JSON_ERROR + "oczekiwano ',' lub zamykającego nawiasu kwadratowego",
    'json.unterminated_string': JSON_ERROR + 'niezamknięty ciąg znaków',
    'json.invalid_unicode_escape': JSON_ERROR + 'nieprawidłowa sekwencja ucieczki \\u',
    'json.invalid_escape': JSON_ERROR + 'nieprawidłowa sekwencja ucieczki',
    'json.control_char': JSON_ERROR + 'znak sterujący w ciągu znaków',
    'json.invalid_number': JSON_ERROR + 'nieprawidłowa liczba',
    'json.number_fraction': JSON_ERROR + "nieprawidłowa liczba: po '.' muszą być cyfry",
    'json.number_exponent': JSON_ERROR + 'nieprawidłowa liczba: brak cyfr w wykładniku',

    'key.forbidden':
      UNKNOWN + ': niedozwolony (cal.com go usuwa lub ignoruje, a w kodzie JavaScript może on zmienić prototypy)',
    'key.secret': UNKNOWN + ': model po stronie klienta nigdy nie przyjmuje sekretów',
    'key.unknown': UNKNOWN + ': cal.com po cichu go pominie',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com po cichu go pominie',
    'key.rejected': UNKNOWN + ': cal.com odrzuca tutaj nieznane klucze',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com odrzuca tutaj nieznane klucze',
    'key.stripped': UNKNOWN + ': cal.com pomija go bez zgłaszania błędu',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com pomija go bez zgłaszania błędu',
    'key.unknown_model': UNKNOWN + UNKNOWN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + UNKNOWN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' w obiekcie organization' + UNKNOWN_MODEL,

    'null.column': 'Pole {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Pole {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Pole {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Pole {field} ' + NULL_DYNAMIC,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC,

    'time_zone.unknown': 'To nie jest strefa czasowa IANA: „{input}”',
    'time_zone.unknown.suggest': 'To nie jest strefa czasowa IANA: „{input}”; czy chodziło Ci o {suggestions}?',
    'time_zone.deprecated':
      '„{input}” to przestarzała nazwa strefy „{canonical}”; nadal działa, ale lepiej używać nazwy kanonicznej',
    'time_zone.stored': 'cal.com zapisuje tę strefę czasową jako „{stored}”, a nie w pisowni IANA „{canonical}”',
    'time_zone.absent':
      'Bez strefy czasowej cal.com używa Europe/London i nie tworzy domyślnego harmonogramu: dopóki harmonogram nie powstanie, nie da się rezerwować spotkań z tym użytkownikiem',
    'locale.unknown': 'cal.com nie obsługuje tego języka',
    'locale.unknown.suggest': 'cal.com nie obsługuje tego języka; czy chodziło Ci o {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; czy chodziło Ci o {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': użyj liczby {suggestion} (bez cudzysłowów)',
    'time_format.nan': 'Oczekiwano liczby 12 lub 24, otrzymano wartość, która nie jest liczbą',
    time_format: 'Format czasu musi mieć wartość 12 lub 24',
    'time_format.coerced': 'cal.com zamienia ciąg znaków „{input}” na liczbę {stored}',
    'schedule_id.integer': 'ID harmonogramu musi być liczbą całkowitą',
    'schedule_id.too_small': 'ID harmonogramu musi wynosić co najmniej {minimum}',
    'schedule_id.too_big': 'ID harmonogramu może wynosić najwyżej {maximum}',
    'schedule_id.unstorable':
      'cal.com akceptuje tę liczbę, ale baza danych nie może jej zapisać jako ID harmonogramu: żądanie kończy się błędem 500',
    'schedule_id.null':
      'Bez domyślnego harmonogramu nie da się rezerwować spotkań z tym użytkownikiem, dopóki harmonogram nie zostanie ustawiony',
    'team_id.integer': 'ID zespołu musi być liczbą całkowitą',
    'team_id.too_small': 'ID zespołu musi wynosić co najmniej {minimum}',
    'team_id.too_big': 'ID zespołu może wynosić najwyżej {maximum}',
    'booking_limit.too_small': 'Limit rezerwacji musi wynosić co najmniej {minimum}; aby usunąć limit, wyślij null',
    'booking_limit.integer': 'Limit rezerwacji musi być liczbą całkowitą',
    'booking_limit.too_big': 'Limit rezerwacji może wynosić najwyżej {maximum}; aby usunąć limit, wyślij null',
    'number.positive': 'Liczba musi być większa od {minimum}',
    'avatar_url.too_long': `Adres URL może mieć najwyżej ${chars('maximum')}`,
    'avatar_url.invalid': 'Wpisz pełny adres URL obrazu, np. https://example.com/me.png, a nie „{input}”',
    'avatar_url.no_scheme':
      'Zacznij adres URL od https:// (lub http://): bez tego adres będzie liczony względem strony, na której wyświetla się awatar',
    'avatar_url.credentials':
      'Usuń z adresu część z nazwą użytkownika i hasłem (user:password@): zostałaby opublikowana razem z awatarem',
    'email.too_long': `Adres e-mail może mieć najwyżej ${chars('maximum')}`,
    'email.invalid': 'Wpisz adres e-mail w postaci name@example.com, a nie „{input}”',
    'email.no_at': EMAIL + 'nie zawiera znaku @',
    'email.many_at': EMAIL + 'zawiera więcej niż jeden znak @',
    'email.local_length': EMAIL + 'musi mieć przed @ od 1 do 64 znaków',
    'email.local_char': EMAIL + 'zawiera przed @ niedozwolony znak',
    'email.local_dot': EMAIL + 'ma przed @ kropkę w niewłaściwym miejscu',
    'email.no_dot': EMAIL + 'wymaga domeny z kropką, np. example.com',
    'email.domain': EMAIL + 'ma nieprawidłową domenę',
    'email.tld': EMAIL + 'wymaga domeny najwyższego poziomu złożonej z liter, np. .com',
    'email.managed_user': "Adres e-mail zarządzanego użytkownika zawiera +'{clientId}' przed @",
    lowercased: 'cal.com zapisuje to małymi literami: „{stored}”',
    'api_key.empty': 'Wpisz swój klucz API cal.com (zaczyna się od cal_)',
    'api_key.bearer': 'Pomiń słowo Bearer: podaj sam klucz',
    'api_key.spaces': 'Klucz zawiera spacje lub cudzysłowy: skopiuj go ponownie bez nich',
    'api_key.chars': 'Klucz zawiera znaki, których nie ma ani w kluczu API, ani w tokenie dostępu',
    'api_key.truncated':
      'Ten klucz cal_ wygląda na ucięty lub uszkodzony: skopiuj go ponownie z sekcji Ustawienia → Deweloper → Klucze API',
    'api_key.unknown': 'To nie jest ani klucz API (te zaczynają się od cal_), ani pełny token dostępu',
    'metadata.key_too_long': `Klucz metadanych może mieć najwyżej ${chars('maximum')} (jednostek kodowych UTF-16)`,
    'metadata.too_many_keys':
      'Metadane mogą mieć najwyżej {maximum, plural, one {# klucz} few {# klucze} many {# kluczy} other {# klucza}}; tutaj jest ich {count}',
    'metadata.value_too_long':
      `Wartość metadanych może mieć najwyżej ${chars('maximum')} (jednostek kodowych UTF-16); ta ma {count}`,
    'metadata.duplicate_key':
      'Ten klucz występuje w treści JSON więcej niż raz; zachowana zostałaby tylko jego ostatnia wartość',
    'metadata.constructor': 'Z powodu klucza „{input}” cal.com zwraca błąd 500 jeszcze przed walidacją; zmień jego nazwę',
    'metadata.forbidden':
      'Klucz „{input}” jest niedozwolony: cal.com po cichu go pominie, a kod JavaScript może go odczytać jako część prototypu; zmień jego nazwę',
    'metadata.stripped': 'cal.com pomija klucz „{input}” bez zgłaszania błędu',
    'metadata.inexact_number':
      'JavaScript nie przechowa tej liczby dokładnie (jest za duża, zbyt precyzyjna lub poza zakresem): wyślij ją jako ciąg znaków',
    'metadata.infinite': 'cal.com zapisuje tę liczbę jako null: JSON nie potrafi zapisać nieskończoności',
    one_of: 'Oczekiwano jednej z wartości: {values}; otrzymano „{input}”',
    brand_color: 'Użyj koloru w zapisie szesnastkowym: #RGB, #RGBA, #RRGGBB lub #RRGGBBAA',
    'zod.too_short': `Ciąg znaków musi zawierać co najmniej ${chars('minimum')}`,
    'zod.too_long': `Ciąg znaków może zawierać najwyżej ${chars('maximum')}`,
    'zod.invalid': 'Nieprawidłowa wartość',
    iso_date: 'Oczekiwano daty w formacie ISO 8601, np. 2024-05-01T09:30:00Z, otrzymano „{input}”',
  },

  // Po „Oczekiwano:”: mianownik.
  expected: {
    string: 'ciąg znaków',
    number: 'liczba',
    integer: 'liczba całkowita',
    boolean: 'wartość logiczna',
    object: 'obiekt',
    value: 'wartość',
    'non-null value': 'wartość inna niż null',
    'string, number or boolean': 'ciąg znaków, liczba lub wartość logiczna',
    'number JavaScript holds exactly': 'liczba, którą JavaScript przechowuje dokładnie',
  },
  // Po „otrzymano:”: sam rodzaj wartości.
  received: {
    null: 'null',
    boolean: 'wartość logiczna',
    number: 'liczba',
    string: 'ciąg znaków',
    array: 'tablica',
    object: 'obiekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'wartość typu Symbol',
    function: 'funkcja',
    Date: 'obiekt Date',
    Map: 'obiekt Map',
    Set: 'obiekt Set',
    RegExp: 'wyrażenie regularne',
    'class instance': 'instancja klasy',
    'unreadable value': 'wartość nie do odczytania',
  },
});
