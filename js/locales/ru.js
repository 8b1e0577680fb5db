// Русский. Обращение на «вы» (строчными), как в русском интерфейсе cal.com («Введите …»);
// кавычки-ёлочки «…». Формат и правила: js/locales/README.md. Id и аргументы: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Тело запроса не является корректным JSON (байт {position}): ';
const EMAIL = 'Введите адрес электронной почты вида name@example.com: в адресе «{input}» ';
const UNKNOWN = 'Неизвестный ключ «{input}»';
const DID_YOU_MEAN = ' (возможно, вы имели в виду {suggestion}?)';
const COMPAT = 'cal.com принимает здесь null, но поле {field} ';
const UNKNOWN_MODEL = ': его нет в этой версии модели, поэтому он не попадает в поле data (возможно, его добавил cal.com)';
const NULL_DYNAMIC =
  'со значением null сохраняется, а затем cal.com читает его как false (динамические групповые бронирования отключены): отправьте true или false';
const NOT_NULL_COLUMN = 'не может быть null: столбец объявлен как NOT NULL, поэтому cal.com возвращает ошибку 500';
const NOT_NULL_TIME_FORMAT =
  'не может быть null: cal.com сохранит null, и после этого каждый запрос GET /v2/me будет завершаться ошибкой';
const NOT_NULL_METADATA =
  "не может быть null: база данных отклоняет JSON-значение null (ошибка 500); чтобы очистить поле, отправьте '{}'";
const WEEK_START = 'Начало недели должно быть одним из значений: {values} (по-английски, с заглавной буквы)';
const TIME_FORMAT_STRING = 'Ожидается число 12 или 24, получена строка «{input}»';
// «не более / не менее N …»: родительный падеж (1 символа, 2 символов, 5 символов, 21 символа, 1,5 символа).
const chars = (n) => `{${n}, plural, one {# символа} few {# символов} many {# символов} other {# символа}}`;
const bytes = (n) => `{${n}, plural, one {# байта} few {# байт} many {# байт} other {# байта}}`;

export default catalog('ru', {
  messages: {
    type: 'Ожидается {expected}, получено: {received}',
    'type.integer': 'Ожидается целое число',
    'type.array_body':
      'Ожидается {expected}, получено: {received} (cal.com не проверяет тело запроса, если это массив, и затем возвращает ошибку 500)',
    unreadable: 'Не удалось прочитать это значение: геттер или ловушка Proxy выбросили исключение',
    'unreadable.body': 'Не удалось прочитать тело запроса: геттер или ловушка Proxy выбросили исключение',
    'unicode.lone_surrogate':
      'Текст содержит одиночный суррогат UTF-16 (половину эмодзи?); он будет сохранён как \ufffd',
    required: 'Отсутствует обязательное поле: {field}',
    duplicate_key: 'Этот ключ встречается в теле запроса несколько раз; учитывается только последнее значение',
    base_url: 'baseUrl должен быть URL-адресом http(s), например https://api.cal.com',
    more: '(и ещё {count})',

    'body.too_large':
      'Тело запроса в формате JSON занимает {count, plural, one {# байт} few {# байта} many {# байт} other {# байта}}; ' +
      `cal.com отклоняет тела размером более ${bytes('maximum')} (100 КБ) с кодом 413`,
    'json.not_utf8': JSON_ERROR + 'недопустимая последовательность UTF-8',
    'json.trailing': JSON_ERROR + 'лишний текст после значения JSON',
    'json.unexpected_char': JSON_ERROR + 'неожиданный символ',
    'json.unexpected_end': JSON_ERROR + 'неожиданный конец данных',
    'json.invalid_literal': JSON_ERROR + 'недопустимый литерал',
    'json.unknown_tag': JSON_ERROR + 'неизвестная метка значения',
    'json.expected_key': JSON_ERROR + 'ожидается ключ в кавычках',
    'json.expected_colon': JSON_ERROR + "после ключа ожидается ':'",
    'json.expected_comma_brace': JSON_ERROR + "ожидается ',' или закрывающая фигурная скобка",
    'json.expected_comma_bracket': JSON_ERROR + "ожидается ',' или закрывающая квадратная скобка",
    'json.unterminated_string': JSON_ERROR + 'незакрытая строка',
    'json.invalid_unicode_escape': JSON_ERROR + 'недопустимая escape-последовательность \\u',
    'json.invalid_escape': JSON_ERROR + 'недопустимая escape-последовательность',
    'json.control_char': JSON_ERROR + 'управляющий символ внутри строки',
    'json.invalid_number': JSON_ERROR + 'некорректное число',
    'json.number_fraction': JSON_ERROR + "некорректное число: после '.' должны идти цифры",
    'json.number_exponent': JSON_ERROR + 'некорректное число: в показателе степени нет цифр',

    'key.forbidden':
      UNKNOWN + ': не допускается (cal.com удаляет или игнорирует его, а в коде на JavaScript он может изменить прототипы)',
    'key.secret': UNKNOWN + ': клиентская модель никогда не принимает секретные данные',
    'key.unknown': UNKNOWN + ': cal.com молча отбросит его',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com молча отбросит его',
    'key.rejected': UNKNOWN + ': здесь cal.com отклоняет неизвестные ключи',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': здесь cal.com отклоняет неизвестные ключи',
    'key.stripped': UNKNOWN + ': cal.com отбрасывает его без сообщения об ошибке',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com отбрасывает его без сообщения об ошибке',
    'key.unknown_model': UNKNOWN + UNKNOWN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + UNKNOWN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' в объекте organization' + UNKNOWN_MODEL,

    'null.column': 'Поле {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Поле {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Поле {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Поле {field} ' + NULL_DYNAMIC,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC,

    'time_zone.unknown': 'Неизвестный часовой пояс IANA: «{input}»',
    'time_zone.unknown.suggest': 'Неизвестный часовой пояс IANA: «{input}»; возможно, вы имели в виду {suggestions}?',
    'time_zone.deprecated':
      '«{input}» — устаревшее название для «{canonical}»; оно по-прежнему работает, но лучше использовать каноническое',
    'time_zone.stored': 'cal.com сохраняет этот часовой пояс как «{stored}», а не в написании IANA «{canonical}»',
    'time_zone.absent':
      'Без часового пояса cal.com использует Europe/London и не создаёт расписание по умолчанию: записаться к пользователю будет нельзя, пока расписание не появится',
    'locale.unknown': 'cal.com не поддерживает этот язык',
    'locale.unknown.suggest': 'cal.com не поддерживает этот язык; возможно, вы имели в виду {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; возможно, вы имели в виду {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': укажите число {suggestion} (без кавычек)',
    'time_format.nan': 'Ожидается число 12 или 24, получено значение, которое не является числом',
    time_format: 'Формат времени должен быть 12 или 24',
    'time_format.coerced': 'cal.com преобразует строку «{input}» в число {stored}',
    'schedule_id.integer': 'ID расписания должен быть целым числом',
    'schedule_id.too_small': 'ID расписания должен быть не меньше {minimum}',
    'schedule_id.too_big': 'ID расписания должен быть не больше {maximum}',
    'schedule_id.unstorable':
      'cal.com принимает это число, но база данных не может сохранить его как ID расписания: запрос завершается ошибкой 500',
    'schedule_id.null': 'Без расписания по умолчанию записаться к пользователю будет нельзя, пока расписание не будет задано',
    'team_id.integer': 'ID команды должен быть целым числом',
    'team_id.too_small': 'ID команды должен быть не меньше {minimum}',
    'team_id.too_big': 'ID команды должен быть не больше {maximum}',
    'booking_limit.too_small': 'Лимит бронирований должен быть не меньше {minimum}; чтобы снять лимит, отправьте null',
    'booking_limit.integer': 'Лимит бронирований должен быть целым числом',
    'booking_limit.too_big': 'Лимит бронирований должен быть не больше {maximum}; чтобы снять лимит, отправьте null',
    'number.positive': 'Число должно быть больше {minimum}',
    'avatar_url.too_long': `URL может содержать не более ${chars('maximum')}`,
    'avatar_url.invalid': 'Введите полный URL изображения, например https://example.com/me.png, а не «{input}»',
    'avatar_url.no_scheme':
      'Начните URL с https:// (или http://): без этого адрес будет отсчитываться от страницы, на которой показан аватар',
    'avatar_url.credentials':
      'Удалите из адреса часть с именем пользователя и паролем (user:password@): она будет опубликована вместе с аватаром',
    'email.too_long': `Адрес электронной почты может содержать не более ${chars('maximum')}`,
    'email.invalid': 'Введите адрес электронной почты вида name@example.com, а не «{input}»',
    'email.no_at': EMAIL + 'нет символа @',
    'email.many_at': EMAIL + 'больше одного символа @',
    'email.local_length': EMAIL + 'перед @ должно быть от 1 до 64 символов',
    'email.local_char': EMAIL + 'перед @ есть недопустимый символ',
    'email.local_dot': EMAIL + 'перед @ точка стоит не на своём месте',
    'email.no_dot': EMAIL + 'нужен домен с точкой, например example.com',
    'email.domain': EMAIL + 'недопустимый домен',
    'email.tld': EMAIL + 'нужен домен верхнего уровня из букв, например .com',
    'email.managed_user': "Адрес электронной почты управляемого пользователя содержит +'{clientId}' перед @",
    lowercased: 'cal.com сохраняет это значение строчными буквами: «{stored}»',
    'api_key.empty': 'Введите свой API-ключ cal.com (он начинается с cal_)',
    'api_key.bearer': 'Уберите слово Bearer: укажите только сам ключ',
    'api_key.spaces': 'Ключ содержит пробелы или кавычки: скопируйте его ещё раз без них',
    'api_key.chars': 'Ключ содержит символы, которых не бывает ни в API-ключе, ни в токене доступа',
    'api_key.truncated':
      'Похоже, этот ключ cal_ обрезан или повреждён: скопируйте его заново в разделе Настройки → Разработчик → Ключи API',
    'api_key.unknown': 'Это не API-ключ (такие ключи начинаются с cal_) и не полный токен доступа',
    'metadata.key_too_long': `Ключ метаданных может содержать не более ${chars('maximum')} (кодовых единиц UTF-16)`,
    'metadata.too_many_keys':
      'В метаданных может быть не более {maximum, plural, one {# ключа} few {# ключей} many {# ключей} other {# ключа}}; здесь их {count}',
    'metadata.value_too_long':
      `Значение метаданных может содержать не более ${chars('maximum')} (кодовых единиц UTF-16); здесь их {count}`,
    'metadata.duplicate_key': 'Этот ключ встречается в теле JSON несколько раз; сохранилось бы только последнее значение',
    'metadata.constructor': 'Из-за ключа «{input}» cal.com возвращает ошибку 500 ещё до проверки; переименуйте его',
    'metadata.forbidden':
      'Ключ «{input}» не допускается: cal.com молча отбросит его, а код на JavaScript может прочитать его как часть прототипа; переименуйте его',
    'metadata.stripped': 'cal.com отбрасывает ключ «{input}» без сообщения об ошибке',
    'metadata.inexact_number':
      'JavaScript не может точно представить это число (слишком большое, слишком точное или вне допустимого диапазона): отправьте его строкой',
    'metadata.infinite': 'cal.com сохраняет это число как null: в JSON нельзя записать бесконечность',
    one_of: 'Ожидается одно из значений: {values}; получено: «{input}»',
    brand_color: 'Укажите цвет в шестнадцатеричном формате: #RGB, #RGBA, #RRGGBB или #RRGGBBAA',
    'zod.too_short': `Строка должна содержать не менее ${chars('minimum')}`,
    'zod.too_long': `Строка должна содержать не более ${chars('maximum')}`,
    'zod.invalid': 'Недопустимое значение',
    iso_date: 'Ожидается дата в формате ISO 8601, например 2024-05-01T09:30:00Z, получено: «{input}»',
  },

  // После «Ожидается …»: именительный падеж.
  expected: {
    string: 'строка',
    number: 'число',
    integer: 'целое число',
    boolean: 'логическое значение',
    object: 'объект',
    value: 'значение',
    'non-null value': 'значение, отличное от null',
    'string, number or boolean': 'строка, число или логическое значение',
    'number JavaScript holds exactly': 'число, которое JavaScript может представить точно',
  },
  // После «получено:»: только вид значения.
  received: {
    null: 'null',
    boolean: 'логическое значение',
    number: 'число',
    string: 'строка',
    array: 'массив',
    object: 'объект',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'символ (Symbol)',
    function: 'функция',
    Date: 'объект Date',
    Map: 'объект Map',
    Set: 'объект Set',
    RegExp: 'регулярное выражение',
    'class instance': 'экземпляр класса',
    'unreadable value': 'нечитаемое значение',
  },
});
