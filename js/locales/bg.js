// Български. Учтива форма („Въведете …“, „имахте ли предвид …“), както в българския интерфейс
// на cal.com и в съвременните приложения; български кавички „…“.
// Формат и правила: js/locales/README.md. Id и аргументи: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Тялото на заявката не е валиден JSON (байт {position}): ';
const EMAIL = 'Въведете имейл адрес във вида name@example.com: „{input}“ ';
const UNKNOWN = 'Непознат ключ „{input}“';
const DID_YOU_MEAN = ' (имахте ли предвид {suggestion}?)';
const COMPAT = 'cal.com приема null тук, но полето {field} ';
const UNKNOWN_MODEL = ': липсва в тази версия на модела, затова е пропуснат в полето data (възможно е cal.com да го е добавил)';
const NULL_DYNAMIC =
  'със стойност null се записва, а cal.com след това го чете като false (динамичните групови резервации са изключени): изпратете true или false';
const NOT_NULL_COLUMN = 'не може да бъде null: колоната е NOT NULL, затова cal.com връща грешка 500';
const NOT_NULL_TIME_FORMAT =
  'не може да бъде null: cal.com записва null и след това всяка заявка GET /v2/me завършва с грешка';
const NOT_NULL_METADATA =
  "не може да бъде null: базата данни отхвърля JSON null (грешка 500); за да го изчистите, изпратете '{}'";
const WEEK_START = 'Началото на седмицата трябва да е една от стойностите: {values} (на английски, с главна буква)';
const TIME_FORMAT_STRING = 'Очаква се числото 12 или 24, получено: низ „{input}“';
// „най-много / поне N …“: 1 знак, 2 знака, 5 знака (бройна форма).
const chars = (n) => `{${n}, plural, one {# знак} other {# знака}}`;
const bytes = (n) => `{${n}, plural, one {# байт} other {# байта}}`;

export default catalog('bg', {
  messages: {
    type: 'Очаква се {expected}, получено: {received}',
    'type.integer': 'Очаква се цяло число',
    'type.array_body':
      'Очаква се {expected}, получено: {received} (cal.com не проверява тяло на заявката, което е масив, и след това връща грешка 500)',
    unreadable: 'Тази стойност не може да бъде прочетена: getter или капан на Proxy хвърли изключение',
    'unreadable.body': 'Тялото на заявката не може да бъде прочетено: getter или капан на Proxy хвърли изключение',
    'unicode.lone_surrogate':
      'Текстът съдържа самостоятелен сурогат UTF-16 (половин емоджи?); ще бъде записан като \ufffd',
    required: 'Липсва задължително поле: {field}',
    duplicate_key: 'Този ключ се среща в тялото на заявката повече от веднъж; важи само последната му стойност',
    base_url: 'baseUrl трябва да е http(s) URL адрес, например https://api.cal.com',
    more: '(и още {count})',

    'body.too_large':
      `Тялото на заявката като JSON е ${bytes('count')}; ` +
      `cal.com отхвърля тела над ${bytes('maximum')} (100 KB) с код 413`,
    'json.not_utf8': JSON_ERROR + 'невалидна последователност UTF-8',
    'json.trailing': JSON_ERROR + 'неочакван текст след стойността JSON',
    'json.unexpected_char': JSON_ERROR + 'неочакван знак',
    'json.unexpected_end': JSON_ERROR + 'неочакван край на данните',
    'json.invalid_literal': JSON_ERROR + 'невалиден литерал',
    'json.unknown_tag': JSON_ERROR + 'непознат маркер на стойност',
    'json.expected_key': JSON_ERROR + 'очаква се ключ в кавички',
    'json.expected_colon': JSON_ERROR + "след ключа се очаква ':'",
    'json.expected_comma_brace': JSON_ERROR + "очаква се ',' или затваряща фигурна скоба",
    'json.expected_comma_bracket': JSON_ERROR + "очаква се ',' или затваряща квадратна скоба",
    'json.unterminated_string': JSON_ERROR + 'незатворен низ',
    'json.invalid_unicode_escape': JSON_ERROR + 'невалидна екранираща последователност \\u',
    'json.invalid_escape': JSON_ERROR + 'невалидна екранираща последователност',
    'json.control_char': JSON_ERROR + 'управляващ знак в низ',
    'json.invalid_number': JSON_ERROR + 'невалидно число',
    'json.number_fraction': JSON_ERROR + "невалидно число: след '.' трябва да има цифри",
    'json.number_exponent': JSON_ERROR + 'невалидно число: в експонентата няма цифри',

    'key.forbidden':
      UNKNOWN + ': не е позволен (cal.com го изтрива или пренебрегва, а в JavaScript код може да промени прототипи)',
    'key.secret': UNKNOWN + ': моделът от страна на клиента никога не приема тайни данни',
    'key.unknown': UNKNOWN + ': cal.com ще го премахне без предупреждение',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com ще го премахне без предупреждение',
    'key.rejected': UNKNOWN + ': тук cal.com отхвърля непознати ключове',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': тук cal.com отхвърля непознати ключове',
    'key.stripped': UNKNOWN + ': cal.com го премахва без съобщение за грешка',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com го премахва без съобщение за грешка',
    'key.unknown_model': UNKNOWN + UNKNOWN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + UNKNOWN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' в обекта organization' + UNKNOWN_MODEL,

    'null.column': 'Полето {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Полето {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Полето {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Полето {field} ' + NULL_DYNAMIC,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC,

    'time_zone.unknown': 'Непозната часова зона по IANA: „{input}“',
    'time_zone.unknown.suggest': 'Непозната часова зона по IANA: „{input}“; имахте ли предвид {suggestions}?',
    'time_zone.deprecated':
      '„{input}“ е остаряло име на „{canonical}“; все още работи, но е по-добре да използвате каноничното име',
    'time_zone.stored': 'cal.com записва тази часова зона като „{stored}“, а не с изписването по IANA „{canonical}“',
    'time_zone.absent':
      'Без часова зона cal.com използва Europe/London и не създава график по подразбиране: докато няма график, при потребителя не могат да се правят резервации',
    'locale.unknown': 'cal.com не поддържа този език',
    'locale.unknown.suggest': 'cal.com не поддържа този език; имахте ли предвид {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; имахте ли предвид {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; използвайте числото {suggestion} (без кавички)',
    'time_format.nan': 'Очаква се числото 12 или 24, получено: стойност, която не е число',
    time_format: 'Форматът на часа трябва да е 12 или 24',
    'time_format.coerced': 'cal.com преобразува низа „{input}“ в числото {stored}',
    'schedule_id.integer': 'ID на графика трябва да е цяло число',
    'schedule_id.too_small': 'ID на графика трябва да е поне {minimum}',
    'schedule_id.too_big': 'ID на графика може да е най-много {maximum}',
    'schedule_id.unstorable':
      'cal.com приема това число, но базата данни не може да го запише като ID на график: заявката завършва с грешка 500',
    'schedule_id.null': 'Без график по подразбиране при потребителя не могат да се правят резервации, докато не бъде зададен график',
    'team_id.integer': 'ID на екипа трябва да е цяло число',
    'team_id.too_small': 'ID на екипа трябва да е поне {minimum}',
    'team_id.too_big': 'ID на екипа може да е най-много {maximum}',
    'booking_limit.too_small': 'Лимитът за резервации трябва да е поне {minimum}; за да премахнете лимита, изпратете null',
    'booking_limit.integer': 'Лимитът за резервации трябва да е цяло число',
    'booking_limit.too_big': 'Лимитът за резервации може да е най-много {maximum}; за да премахнете лимита, изпратете null',
    'number.positive': 'Числото трябва да е по-голямо от {minimum}',
    'avatar_url.too_long': `URL адресът може да има най-много ${chars('maximum')}`,
    'avatar_url.invalid': 'Въведете пълен URL адрес на изображение, например https://example.com/me.png, а не „{input}“',
    'avatar_url.no_scheme':
      'Започнете URL адреса с https:// (или http://): без това адресът се тълкува спрямо страницата, която показва аватара',
    'avatar_url.credentials':
      'Премахнете от адреса частта с потребителско име и парола (user:password@): тя ще бъде публикувана заедно с аватара',
    'email.too_long': `Имейл адресът може да има най-много ${chars('maximum')}`,
    'email.invalid': 'Въведете имейл адрес във вида name@example.com, а не „{input}“',
    'email.no_at': EMAIL + 'не съдържа знака @',
    'email.many_at': EMAIL + 'съдържа повече от един знак @',
    'email.local_length': EMAIL + 'трябва да има от 1 до 64 знака преди @',
    'email.local_char': EMAIL + 'съдържа непозволен знак преди @',
    'email.local_dot': EMAIL + 'има точка на грешно място преди @',
    'email.no_dot': EMAIL + 'трябва да има домейн с точка, например example.com',
    'email.domain': EMAIL + 'има невалиден домейн',
    'email.tld': EMAIL + 'трябва да има домейн от първо ниво от букви, например .com',
    'email.managed_user': "Имейл адресът на управляван потребител съдържа +'{clientId}' преди @",
    lowercased: 'cal.com записва това с малки букви: „{stored}“',
    'api_key.empty': 'Въведете своя API ключ за cal.com (започва с cal_)',
    'api_key.bearer': 'Пропуснете думата Bearer: въведете само ключа',
    'api_key.spaces': 'Ключът съдържа интервали или кавички: копирайте го отново без тях',
    'api_key.chars': 'Ключът съдържа знаци, каквито API ключ или токен за достъп никога не съдържа',
    'api_key.truncated':
      'Този ключ cal_ изглежда отрязан или повреден: копирайте го отново от Настройки → Разработчик → API ключове',
    'api_key.unknown': 'Това не е нито API ключ (те започват с cal_), нито пълен токен за достъп',
    'metadata.key_too_long': `Ключ в метаданните може да има най-много ${chars('maximum')} (кодови единици UTF-16)`,
    'metadata.too_many_keys':
      'Метаданните могат да имат най-много {maximum, plural, one {# ключ} other {# ключа}}; тук са {count}',
    'metadata.value_too_long':
      `Стойност в метаданните може да има най-много ${chars('maximum')} (кодови единици UTF-16); тази има {count}`,
    'metadata.duplicate_key':
      'Този ключ се среща в тялото JSON повече от веднъж; ще се запази само последната му стойност',
    'metadata.constructor': 'Ключът „{input}“ кара cal.com да върне грешка 500 още преди проверката; преименувайте го',
    'metadata.forbidden':
      'Ключът „{input}“ не е позволен: cal.com ще го премахне без предупреждение, а JavaScript кодът може да го прочете като част от прототипа; преименувайте го',
    'metadata.stripped': 'cal.com премахва ключа „{input}“ без съобщение за грешка',
    'metadata.inexact_number':
      'JavaScript не може да представи точно това число (твърде голямо, твърде прецизно или извън обхвата): изпратете го като низ',
    'metadata.infinite': 'cal.com записва това число като null: JSON не може да представи безкрайност',
    one_of: 'Очаква се една от стойностите: {values}; получено: „{input}“',
    brand_color: 'Използвайте шестнадесетичен цвят: #RGB, #RGBA, #RRGGBB или #RRGGBBAA',
    'zod.too_short': `Низът трябва да съдържа поне ${chars('minimum')}`,
    'zod.too_long': `Низът може да съдържа най-много ${chars('maximum')}`,
    'zod.invalid': 'Невалидна стойност',
    iso_date: 'Очаква се дата по ISO 8601, например 2024-05-01T09:30:00Z, получено: „{input}“',
  },

  // След „Очаква се …“: членувана или нечленувана форма без предлог.
  expected: {
    string: 'низ',
    number: 'число',
    integer: 'цяло число',
    boolean: 'булева стойност',
    object: 'обект',
    value: 'стойност',
    'non-null value': 'стойност, различна от null',
    'string, number or boolean': 'низ, число или булева стойност',
    'number JavaScript holds exactly': 'число, което JavaScript може да представи точно',
  },
  // След „получено:“: само видът на стойността.
  received: {
    null: 'null',
    boolean: 'булева стойност',
    number: 'число',
    string: 'низ',
    array: 'масив',
    object: 'обект',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'символ (Symbol)',
    function: 'функция',
    Date: 'обект Date',
    Map: 'обект Map',
    Set: 'обект Set',
    RegExp: 'регулярен израз',
    'class instance': 'инстанция на клас',
    'unreadable value': 'нечетима стойност',
  },
});
