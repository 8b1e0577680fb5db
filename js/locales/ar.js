// العربية. Modern Standard Arabic with plain imperatives, as cal.com's Arabic interface; «…» quotes.
// Right to left: the renderer isolates every argument and every Latin run (js/locales/README.md).
// Arabic has six plural forms (zero, one, two, few, many, other): a counted noun uses all six.

import { catalog } from './format.js';

const JSON_ERROR = 'جسم الطلب ليس JSON صالحًا (البايت {position}): ';
const EMAIL = 'أدخِل بريدًا إلكترونيًا مثل name@example.com: ';
const UNKNOWN = 'مفتاح غير معروف «{input}»';
const MEAN = ' (هل تقصد {suggestion}؟)';
const COMPAT = 'يقبل cal.com القيمة null هنا، لكن ';
const NOT_NULL = 'لا يمكن أن تكون قيمة {field} هي null: ';
const COLUMN = NOT_NULL + 'العمود من نوع NOT NULL، لذا يفشل cal.com بالخطأ 500';
const TIME_FORMAT_NULL = NOT_NULL + 'يخزّن cal.com القيمة null ثم يفشل كل طلب GET /v2/me بعدها';
const METADATA_NULL = NOT_NULL + "ترفض قاعدة البيانات القيمة null في JSON (الخطأ 500)؛ أرسِل '{}' لتفريغها";
const WEEK_START = 'يجب أن تكون بداية الأسبوع إحدى القيم: {values} (بالإنجليزية وبحرف أول كبير)';
const TIME_FORMAT_STRING = 'المتوقَّع الرقم 12 أو 24، لكن المستلَم النص «{input}»';
const MODEL = ': غير موجود في هذا الإصدار من النموذج، لذا يُستبعد من data (ربما أضافه cal.com)';
const DYNAMIC_NULL = 'تُخزَّن القيمة null في {field}، ثم يقرؤها cal.com على أنها false (أي إيقاف الحجز الجماعي الديناميكي): أرسِل true أو false';

// "N characters": the six forms of حرف, as the object of a verb (accusative, the default) or
// after a preposition (genitive: only the singular differs).
const chars = (n, one = 'حرفًا واحدًا') =>
  `{${n}, plural, zero {# حرف} one {${one}} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}`;

export default catalog('ar', {
  dir: 'rtl',
  messages: {
    type: 'المتوقَّع {expected}، لكن المستلَم {received}',
    'type.integer': 'المتوقَّع عدد صحيح',
    'type.array_body':
      'المتوقَّع {expected}، لكن المستلَم {received} (لا يتحقق cal.com من جسم طلب على هيئة مصفوفة، ثم يفشل بالخطأ 500)',
    unreadable: 'تعذّرت قراءة هذه القيمة: أطلق getter أو مصيدة Proxy خطأً',
    'unreadable.body': 'تعذّرت قراءة جسم الطلب: أطلق getter أو مصيدة Proxy خطأً',
    'unicode.lone_surrogate': 'يحتوي النص على نصف زوج بديل في UTF-16 (نصف رمز تعبيري؟)؛ سيُخزَّن على هيئة \ufffd',
    required: 'حقل مطلوب: {field} غير موجود',
    duplicate_key: 'يتكرر هذا المفتاح أكثر من مرة في جسم الطلب؛ لا تُعتمد إلا قيمته الأخيرة',
    base_url: 'يجب أن تكون قيمة baseUrl عنوان URL من نوع http(s)، مثل https://api.cal.com',
    more: '({count, plural, zero {ولا مشكلة أخرى} one {ومشكلة أخرى} two {ومشكلتان أخريان} few {و# مشكلات أخرى} many {و# مشكلة أخرى} other {و# مشكلة أخرى}})',

    'body.too_large':
      'حجم جسم الطلب بصيغة JSON {count, plural, zero {# بايت} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتًا} other {# بايت}}؛ ويرفض cal.com بالخطأ 413 كل جسم يتجاوز {maximum} بايت (100 kB)',
    'json.not_utf8': JSON_ERROR + 'الترميز ليس UTF-8 صالحًا',
    'json.trailing': JSON_ERROR + 'نص غير متوقَّع بعد قيمة JSON',
    'json.unexpected_char': JSON_ERROR + 'حرف غير متوقَّع',
    'json.unexpected_end': JSON_ERROR + 'نهاية غير متوقَّعة للنص',
    'json.invalid_literal': JSON_ERROR + 'قيمة حرفية غير صالحة',
    'json.unknown_tag': JSON_ERROR + 'وسم قيمة غير معروف',
    'json.expected_key': JSON_ERROR + 'المتوقَّع هنا مفتاح بين علامتَي اقتباس',
    'json.expected_colon': JSON_ERROR + 'المتوقَّع «:» بعد المفتاح',
    'json.expected_comma_brace': JSON_ERROR + 'المتوقَّع هنا «,» أو قوس معقوف للإغلاق',
    'json.expected_comma_bracket': JSON_ERROR + 'المتوقَّع هنا «,» أو قوس مربع للإغلاق',
    'json.unterminated_string': JSON_ERROR + 'سلسلة نصية غير مُغلقة',
    'json.invalid_unicode_escape': JSON_ERROR + 'تسلسل هروب \\u غير صالح',
    'json.invalid_escape': JSON_ERROR + 'تسلسل هروب غير صالح',
    'json.control_char': JSON_ERROR + 'حرف تحكم داخل سلسلة نصية',
    'json.invalid_number': JSON_ERROR + 'رقم غير صالح',
    'json.number_fraction': JSON_ERROR + 'رقم غير صالح: يجب أن تلي النقطةَ «.» أرقام',
    'json.number_exponent': JSON_ERROR + 'رقم غير صالح: الأس يحتاج إلى أرقام',

    'key.forbidden':
      UNKNOWN + ': غير مسموح به (يحذفه cal.com أو يتجاهله، وقد يغيّر النماذج الأولية في شيفرة JavaScript)',
    'key.secret': UNKNOWN + ': لا يقبل نموذج يعمل لدى العميل بيانات سرية أبدًا',
    'key.unknown': UNKNOWN + ': سيُسقطه cal.com دون أي تنبيه',
    'key.unknown.suggest': UNKNOWN + MEAN + ': سيُسقطه cal.com دون أي تنبيه',
    'key.rejected': UNKNOWN + ': يرفض cal.com المفاتيح غير المعروفة هنا',
    'key.rejected.suggest': UNKNOWN + MEAN + ': يرفض cal.com المفاتيح غير المعروفة هنا',
    'key.stripped': UNKNOWN + ': يُسقطه cal.com دون إظهار خطأ',
    'key.stripped.suggest': UNKNOWN + MEAN + ': يُسقطه cal.com دون إظهار خطأ',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' داخل organization' + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'ليست منطقة زمنية من IANA: «{input}»',
    'time_zone.unknown.suggest': 'ليست منطقة زمنية من IANA: «{input}»؛ هل تقصد {suggestions}؟',
    'time_zone.deprecated': '«{input}» اسم قديم مُهمَل للمنطقة «{canonical}»؛ ما زال يعمل، لكن الأفضل استخدام الاسم المعتمد',
    'time_zone.stored': 'يخزّن cal.com هذه المنطقة الزمنية بالصيغة «{stored}»، لا بتهجئتها المعتمدة في IANA «{canonical}»',
    'time_zone.absent':
      'من دون منطقة زمنية يستخدم cal.com المنطقة Europe/London ولا ينشئ جدولًا افتراضيًا: لا يمكن حجز موعد مع المستخدم حتى يُنشأ جدول',
    'locale.unknown': 'ليست لغة يدعمها cal.com',
    'locale.unknown.suggest': 'ليست لغة يدعمها cal.com؛ هل تقصد {suggestions}؟',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '؛ هل تقصد {suggestion}؟',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '؛ استخدم الرقم {suggestion} من دون علامات اقتباس',
    'time_format.nan': 'المتوقَّع الرقم 12 أو 24، لكن المستلَم قيمة ليست رقمًا',
    time_format: 'يجب أن يكون تنسيق الوقت 12 أو 24',
    'time_format.coerced': 'يحوّل cal.com النص «{input}» إلى الرقم {stored}',
    'schedule_id.integer': 'معرّف الجدول عدد صحيح',
    'schedule_id.too_small': 'معرّف الجدول لا يقل عن {minimum}',
    'schedule_id.too_big': 'معرّف الجدول لا يتجاوز {maximum}',
    'schedule_id.unstorable':
      'يقبل cal.com هذا الرقم، لكن قاعدة البيانات لا تستطيع تخزينه معرّفًا لجدول: يفشل الطلب بالخطأ 500',
    'schedule_id.null': 'من دون جدول افتراضي لا يمكن حجز موعد مع المستخدم حتى يُعيَّن جدول',
    'team_id.integer': 'معرّف الفريق عدد صحيح',
    'team_id.too_small': 'معرّف الفريق لا يقل عن {minimum}',
    'team_id.too_big': 'معرّف الفريق لا يتجاوز {maximum}',
    'booking_limit.integer': 'حد الحجوزات عدد صحيح من الحجوزات',
    'booking_limit.too_small': 'حد الحجوزات لا يقل عن {minimum}؛ أرسِل null لإلغاء الحد',
    'booking_limit.too_big': 'حد الحجوزات لا يتجاوز {maximum}؛ أرسِل null لإلغاء الحد',
    'number.positive': 'يجب أن يكون الرقم أكبر من {minimum}',
    'avatar_url.too_long': `لا يتجاوز عنوان URL ${chars('maximum')}`,
    'avatar_url.invalid': 'أدخِل عنوان URL كاملًا لصورة، مثل https://example.com/me.png، لا «{input}»',
    'avatar_url.no_scheme':
      'ابدأ العنوان بالبادئة https:// أو http://، وإلا فسيُفسَّر نسبةً إلى الصفحة التي تعرض الصورة الرمزية',
    'avatar_url.credentials': 'احذف الجزء user:password@ لأنه سيُنشر مع الصورة الرمزية',
    'email.too_long': `لا يتجاوز البريد الإلكتروني ${chars('maximum')}`,
    'email.invalid': 'أدخِل بريدًا إلكترونيًا مثل name@example.com، لا «{input}»',
    'email.no_at': EMAIL + 'لا يحتوي «{input}» على @',
    'email.many_at': EMAIL + 'يحتوي «{input}» على أكثر من @ واحدة',
    'email.local_length': EMAIL + 'يحتاج «{input}» إلى 1 حتى 64 حرفًا قبل @',
    'email.local_char': EMAIL + 'يحتوي «{input}» قبل @ على حرف غير مسموح به',
    'email.local_dot': EMAIL + 'يحتوي «{input}» قبل @ على نقطة في غير موضعها',
    'email.no_dot': EMAIL + 'يحتاج «{input}» إلى نطاق فيه نقطة، مثل example.com',
    'email.domain': EMAIL + 'نطاق «{input}» غير صالح',
    'email.tld': EMAIL + 'يحتاج «{input}» إلى نطاق علوي من الأحرف، مثل .com',
    'email.managed_user': "يحتوي البريد الإلكتروني للمستخدم المُدار على +'{clientId}' قبل @",
    lowercased: 'يخزّن cal.com هذه القيمة بأحرف صغيرة: «{stored}»',
    'api_key.empty': 'أدخِل مفتاح API الخاص بك في cal.com (يبدأ بالبادئة cal_)',
    'api_key.bearer': 'احذف كلمة Bearer وأدخِل المفتاح وحده',
    'api_key.spaces': 'يحتوي المفتاح على مسافات أو علامات اقتباس: انسخه مجددًا من دونها',
    'api_key.chars': 'يحتوي المفتاح على أحرف لا ترد أبدًا في مفتاح API أو رمز وصول',
    'api_key.truncated': 'يبدو أن مفتاح cal_ هذا مقتطع أو تالف: انسخه مجددًا من الإعدادات ← المطوّر ← مفاتيح API',
    'api_key.unknown': 'ليس مفتاح API (تبدأ المفاتيح بالبادئة cal_) ولا رمز وصول كاملًا',
    'metadata.key_too_long': `لا يتجاوز مفتاح البيانات الوصفية ${chars('maximum')} (وحدات ترميز UTF-16)`,
    'metadata.too_many_keys':
      'لا تتجاوز البيانات الوصفية {maximum, plural, zero {# مفتاح} one {مفتاحًا واحدًا} two {مفتاحين} few {# مفاتيح} many {# مفتاحًا} other {# مفتاح}}، وعددها هنا {count}',
    'metadata.value_too_long': `لا تتجاوز قيمة البيانات الوصفية ${chars('maximum')} (وحدات ترميز UTF-16)، وطول هذه القيمة {count}`,
    'metadata.duplicate_key': 'يتكرر هذا المفتاح أكثر من مرة في جسم JSON؛ لن تُحفظ إلا قيمته الأخيرة',
    'metadata.constructor': 'المفتاح «{input}» يجعل cal.com يفشل بالخطأ 500 قبل التحقق؛ غيّر اسمه',
    'metadata.forbidden':
      'المفتاح «{input}» غير مسموح به: سيُسقطه cal.com دون تنبيه، وقد تقرؤه شيفرة JavaScript على أنه جزء من النموذج الأولي؛ غيّر اسمه',
    'metadata.stripped': 'يُسقط cal.com المفتاح «{input}» دون إظهار خطأ',
    'metadata.inexact_number':
      'لا يستطيع JavaScript تمثيل هذا الرقم بدقة (كبير جدًا أو دقيق جدًا أو خارج النطاق): أرسِله نصًا',
    'metadata.infinite': 'يخزّن cal.com هذا الرقم على أنه null، إذ لا يمكن تمثيل رقم لا نهائي في JSON',
    one_of: 'المتوقَّع إحدى القيم {values}، لكن المستلَم «{input}»',
    brand_color: 'استخدم لونًا بالصيغة السداسية عشرية: #RGB أو #RGBA أو #RRGGBB أو #RRGGBBAA',
    'zod.too_short': `يجب أن يحتوي النص على ${chars('minimum', 'حرف واحد')} على الأقل`,
    'zod.too_long': `يجب ألا يتجاوز النص ${chars('maximum')}`,
    'zod.invalid': 'غير صالح',
    iso_date: 'المتوقَّع تاريخ بصيغة ISO 8601 مثل 2024-05-01T09:30:00Z، لكن المستلَم «{input}»',
  },

  // After "المتوقَّع …" (nominative, indefinite).
  expected: {
    string: 'نص',
    number: 'رقم',
    integer: 'عدد صحيح',
    boolean: 'قيمة منطقية',
    object: 'كائن',
    value: 'قيمة',
    'non-null value': 'قيمة غير null',
    'string, number or boolean': 'نص أو رقم أو قيمة منطقية',
    'number JavaScript holds exactly': 'رقم يمثّله JavaScript بدقة',
  },
  // After "لكن المستلَم …".
  received: {
    null: 'null',
    boolean: 'قيمة منطقية',
    number: 'رقم',
    string: 'نص',
    array: 'مصفوفة',
    object: 'كائن',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'رمز Symbol',
    function: 'دالة',
    Date: 'كائن Date',
    Map: 'كائن Map',
    Set: 'كائن Set',
    RegExp: 'تعبير نمطي',
    'class instance': 'كائن من صنف',
    'unreadable value': 'قيمة تتعذّر قراءتها',
  },
});
