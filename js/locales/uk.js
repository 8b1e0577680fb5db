// Українська. Звертання на «ви» (з малої літери), як в українському інтерфейсі cal.com («Введіть …»);
// лапки-ялинки «…». Формат і правила: js/locales/README.md. Id та аргументи: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Тіло запиту не є коректним JSON (байт {position}): ';
const EMAIL = 'Введіть адресу електронної пошти на зразок name@example.com: в адресі «{input}» ';
const UNKNOWN = 'Невідомий ключ «{input}»';
const DID_YOU_MEAN = ' (можливо, ви мали на увазі {suggestion}?)';
const COMPAT = 'cal.com приймає тут null, але поле {field} ';
const UNKNOWN_MODEL = ': його немає в цій версії моделі, тому він не потрапляє в поле data (можливо, його додав cal.com)';
const NULL_DYNAMIC =
  'зі значенням null зберігається, а потім cal.com читає його як false (динамічні групові бронювання вимкнено): надішліть true або false';
const NOT_NULL_COLUMN = 'не може бути null: стовпець оголошено як NOT NULL, тому cal.com повертає помилку 500';
const NOT_NULL_TIME_FORMAT =
  'не може бути null: cal.com збереже null, і після цього кожен запит GET /v2/me завершуватиметься помилкою';
const NOT_NULL_METADATA =
  "не може бути null: база даних відхиляє JSON-значення null (помилка 500); щоб очистити поле, надішліть '{}'";
const WEEK_START = 'Початок тижня має бути одним зі значень: {values} (англійською, з великої літери)';
const TIME_FORMAT_STRING = 'Очікується число 12 або 24, отримано рядок «{input}»';
// «щонайбільше / щонайменше N …»: 1 символ, 2 символи, 5 символів, 21 символ, 1,5 символу.
const chars = (n) => `{${n}, plural, one {# символ} few {# символи} many {# символів} other {# символу}}`;
const bytes = (n) => `{${n}, plural, one {# байт} few {# байти} many {# байтів} other {# байта}}`;

export default catalog('uk', {
  messages: {
    type: 'Очікується {expected}, отримано: {received}',
    'type.integer': 'Очікується ціле число',
    'type.array_body':
      'Очікується {expected}, отримано: {received} (cal.com не перевіряє тіло запиту, якщо це масив, і потім повертає помилку 500)',
    unreadable: 'Не вдалося прочитати це значення: геттер або пастка Proxy викинули виняток',
    'unreadable.body': 'Не вдалося прочитати тіло запиту: геттер або пастка Proxy викинули виняток',
    'unicode.lone_surrogate':
      'Текст містить одиночний сурогат UTF-16 (половину емодзі?); його буде збережено як \ufffd',
    required: 'Відсутнє обов’язкове поле: {field}',
    duplicate_key: 'Цей ключ трапляється в тілі запиту кілька разів; враховується лише останнє значення',
    base_url: 'baseUrl має бути URL-адресою http(s), наприклад https://api.cal.com',
    more: '(і ще {count})',

    'body.too_large':
      `Тіло запиту у форматі JSON має розмір ${bytes('count')}; ` +
      `cal.com відхиляє тіла понад ${bytes('maximum')} (100 КБ) з кодом 413`,
    'json.not_utf8': JSON_ERROR + 'недійсна послідовність UTF-8',
    'json.trailing': JSON_ERROR + 'зайвий текст після значення JSON',
    'json.unexpected_char': JSON_ERROR + 'неочікуваний символ',
    'json.unexpected_end': JSON_ERROR + 'неочікуваний кінець даних',
    'json.invalid_literal': JSON_ERROR + 'недійсний літерал',
    'json.unknown_tag': JSON_ERROR + 'невідома мітка значення',
    'json.expected_key': JSON_ERROR + 'очікується ключ у лапках',
    'json.expected_colon': JSON_ERROR + "після ключа очікується ':'",
    'json.expected_comma_brace': JSON_ERROR + "очікується ',' або закривна фігурна дужка",
    'json.expected_comma_bracket': JSON_ERROR + "очікується ',' або закривна квадратна дужка",
    'json.unterminated_string': JSON_ERROR + 'незакритий рядок',
    'json.invalid_unicode_escape': JSON_ERROR + 'недійсна escape-послідовність \\u',
    'json.invalid_escape': JSON_ERROR + 'недійсна escape-послідовність',
    'json.control_char': JSON_ERROR + 'керівний символ у рядку',
    'json.invalid_number': JSON_ERROR + 'некоректне число',
    'json.number_fraction': JSON_ERROR + "некоректне число: після '.' мають бути цифри",
    'json.number_exponent': JSON_ERROR + 'некоректне число: у показнику степеня немає цифр',

    'key.forbidden':
      UNKNOWN + ': заборонено (cal.com видаляє або ігнорує його, а в коді на JavaScript він може змінити прототипи)',
    'key.secret': UNKNOWN + ': клієнтська модель ніколи не приймає секретні дані',
    'key.unknown': UNKNOWN + ': cal.com мовчки відкине його',
    'key.unknown.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com мовчки відкине його',
    'key.rejected': UNKNOWN + ': тут cal.com відхиляє невідомі ключі',
    'key.rejected.suggest': UNKNOWN + DID_YOU_MEAN + ': тут cal.com відхиляє невідомі ключі',
    'key.stripped': UNKNOWN + ': cal.com відкидає його без повідомлення про помилку',
    'key.stripped.suggest': UNKNOWN + DID_YOU_MEAN + ': cal.com відкидає його без повідомлення про помилку',
    'key.unknown_model': UNKNOWN + UNKNOWN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + DID_YOU_MEAN + UNKNOWN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' в об’єкті organization' + UNKNOWN_MODEL,

    'null.column': 'Поле {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': 'Поле {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Поле {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Поле {field} ' + NULL_DYNAMIC,
    'null.allow_dynamic_booking.compat': COMPAT + NULL_DYNAMIC,

    'time_zone.unknown': 'Невідомий часовий пояс IANA: «{input}»',
    'time_zone.unknown.suggest': 'Невідомий часовий пояс IANA: «{input}»; можливо, ви мали на увазі {suggestions}?',
    'time_zone.deprecated':
      '«{input}» — застаріла назва для «{canonical}»; вона ще працює, але краще використовувати канонічну назву',
    'time_zone.stored': 'cal.com зберігає цей часовий пояс як «{stored}», а не в написанні IANA «{canonical}»',
    'time_zone.absent':
      'Без часового поясу cal.com використовує Europe/London і не створює розклад за замовчуванням: записатися до користувача буде неможливо, доки розклад не з’явиться',
    'locale.unknown': 'cal.com не підтримує цю мову',
    'locale.unknown.suggest': 'cal.com не підтримує цю мову; можливо, ви мали на увазі {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; можливо, ви мали на увазі {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': вкажіть число {suggestion} (без лапок)',
    'time_format.nan': 'Очікується число 12 або 24, отримано значення, яке не є числом',
    time_format: 'Формат часу має бути 12 або 24',
    'time_format.coerced': 'cal.com перетворює рядок «{input}» на число {stored}',
    'schedule_id.integer': 'ID розкладу має бути цілим числом',
    'schedule_id.too_small': 'ID розкладу має бути щонайменше {minimum}',
    'schedule_id.too_big': 'ID розкладу має бути щонайбільше {maximum}',
    'schedule_id.unstorable':
      'cal.com приймає це число, але база даних не може зберегти його як ID розкладу: запит завершується помилкою 500',
    'schedule_id.null': 'Без розкладу за замовчуванням записатися до користувача буде неможливо, доки розклад не буде встановлено',
    'team_id.integer': 'ID команди має бути цілим числом',
    'team_id.too_small': 'ID команди має бути щонайменше {minimum}',
    'team_id.too_big': 'ID команди має бути щонайбільше {maximum}',
    'booking_limit.too_small': 'Ліміт бронювань має бути щонайменше {minimum}; щоб зняти ліміт, надішліть null',
    'booking_limit.integer': 'Ліміт бронювань має бути цілим числом',
    'booking_limit.too_big': 'Ліміт бронювань має бути щонайбільше {maximum}; щоб зняти ліміт, надішліть null',
    'number.positive': 'Число має бути більшим за {minimum}',
    'avatar_url.too_long': `URL може містити щонайбільше ${chars('maximum')}`,
    'avatar_url.invalid': 'Введіть повну URL-адресу зображення, наприклад https://example.com/me.png, а не «{input}»',
    'avatar_url.no_scheme':
      'Почніть URL з https:// (або http://): без цього адресу буде визначено відносно сторінки, на якій показано аватар',
    'avatar_url.credentials':
      'Видаліть з адреси частину з ім’ям користувача й паролем (user:password@): її буде опубліковано разом з аватаром',
    'email.too_long': `Адреса електронної пошти може містити щонайбільше ${chars('maximum')}`,
    'email.invalid': 'Введіть адресу електронної пошти на зразок name@example.com, а не «{input}»',
    'email.no_at': EMAIL + 'немає символу @',
    'email.many_at': EMAIL + 'більше ніж один символ @',
    'email.local_length': EMAIL + 'перед @ має бути від 1 до 64 символів',
    'email.local_char': EMAIL + 'перед @ є недозволений символ',
    'email.local_dot': EMAIL + 'перед @ крапка стоїть не на своєму місці',
    'email.no_dot': EMAIL + 'потрібен домен із крапкою, як-от example.com',
    'email.domain': EMAIL + 'недійсний домен',
    'email.tld': EMAIL + 'потрібен домен верхнього рівня з літер, як-от .com',
    'email.managed_user': "Адреса електронної пошти керованого користувача містить +'{clientId}' перед @",
    lowercased: 'cal.com зберігає це значення малими літерами: «{stored}»',
    'api_key.empty': 'Введіть свій API-ключ cal.com (він починається з cal_)',
    'api_key.bearer': 'Приберіть слово Bearer: вкажіть лише сам ключ',
    'api_key.spaces': 'Ключ містить пробіли або лапки: скопіюйте його ще раз без них',
    'api_key.chars': 'Ключ містить символи, яких не буває ні в API-ключі, ні в токені доступу',
    'api_key.truncated':
      'Схоже, цей ключ cal_ обрізаний або пошкоджений: скопіюйте його знову в розділі Налаштування → Розробник → Ключі API',
    'api_key.unknown': 'Це не API-ключ (такі ключі починаються з cal_) і не повний токен доступу',
    'metadata.key_too_long': `Ключ метаданих може містити щонайбільше ${chars('maximum')} (кодових одиниць UTF-16)`,
    'metadata.too_many_keys':
      'Метадані можуть містити щонайбільше {maximum, plural, one {# ключ} few {# ключі} many {# ключів} other {# ключа}}; тут їх {count}',
    'metadata.value_too_long':
      `Значення метаданих може містити щонайбільше ${chars('maximum')} (кодових одиниць UTF-16); тут їх {count}`,
    'metadata.duplicate_key': 'Цей ключ трапляється в тілі JSON кілька разів; збереглося б лише останнє значення',
    'metadata.constructor': 'Через ключ «{input}» cal.com повертає помилку 500 ще до перевірки; перейменуйте його',
    'metadata.forbidden':
      'Ключ «{input}» заборонено: cal.com мовчки відкине його, а код на JavaScript може прочитати його як частину прототипу; перейменуйте його',
    'metadata.stripped': 'cal.com відкидає ключ «{input}» без повідомлення про помилку',
    'metadata.inexact_number':
      'JavaScript не може точно представити це число (надто велике, надто точне або поза допустимим діапазоном): надішліть його рядком',
    'metadata.infinite': 'cal.com зберігає це число як null: у JSON неможливо записати нескінченність',
    one_of: 'Очікується одне зі значень: {values}; отримано: «{input}»',
    brand_color: 'Вкажіть колір у шістнадцятковому форматі: #RGB, #RGBA, #RRGGBB або #RRGGBBAA',
    'zod.too_short': `Рядок має містити щонайменше ${chars('minimum')}`,
    'zod.too_long': `Рядок має містити щонайбільше ${chars('maximum')}`,
    'zod.invalid': 'Недійсне значення',
    iso_date: 'Очікується дата у форматі ISO 8601, наприклад 2024-05-01T09:30:00Z, отримано: «{input}»',
  },

  // Після «Очікується …»: називний відмінок.
  expected: {
    string: 'рядок',
    number: 'число',
    integer: 'ціле число',
    boolean: 'логічне значення',
    object: 'об’єкт',
    value: 'значення',
    'non-null value': 'значення, відмінне від null',
    'string, number or boolean': 'рядок, число або логічне значення',
    'number JavaScript holds exactly': 'число, яке JavaScript може точно представити',
  },
  // Після «отримано:»: лише вид значення.
  received: {
    null: 'null',
    boolean: 'логічне значення',
    number: 'число',
    string: 'рядок',
    array: 'масив',
    object: 'об’єкт',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'символ (Symbol)',
    function: 'функція',
    Date: 'об’єкт Date',
    Map: 'об’єкт Map',
    Set: 'об’єкт Set',
    RegExp: 'регулярний вираз',
    'class instance': 'екземпляр класу',
    'unreadable value': 'значення, яке не вдалося прочитати',
  },
});
