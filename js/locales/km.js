// ខ្មែរ. Polite, neutral UI style: requests with "សូម …", "របស់អ្នក" only where a possessive is
// needed, as cal.com's Khmer interface ("សូមផ្ទៀងផ្ទាត់អ៊ីមែលរបស់អ្នក…"); quotation marks “…”
// (CLDR km); the Khmer colon "៖". No spaces between words, a space between phrases and around
// Latin text and numbers. "Time zone" is ល្វែងម៉ោង and "API key" stays English, as in cal.com's
// Khmer strings. cal.com's Khmer interface does not translate the settings menus, so the menu
// path stays English (Settings → Developer → API keys), as the user sees it there.
// The term tables start with a Khmer word ("តម្លៃ null", "វត្ថុ Date") so that they join the
// template ("ត្រូវការ{expected}") without a space.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'ខ្លឹមសារសំណើមិនមែនជា JSON ត្រឹមត្រូវទេ (បៃទី {position})៖ ';
const EMAIL = 'សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលដូចជា name@example.com៖ “{input}” ';
const UNKNOWN = 'កូនសោមិនស្គាល់ “{input}”';
const MEAN = ' (តើមានន័យថា {suggestion} មែនទេ?)';
const COMPAT = 'cal.com ទទួលយក null នៅទីនេះ ប៉ុន្តែ';
const NOT_NULL_COLUMN =
  'វាល {field} មិនអាចជា null បានទេ៖ ជួរឈរនេះជា NOT NULL ដូច្នេះ cal.com បរាជ័យដោយកំហុស 500';
const NOT_NULL_TIME_FORMAT =
  'វាល {field} មិនអាចជា null បានទេ៖ cal.com រក្សាទុក null នោះ ហើយរាល់សំណើ GET /v2/me បន្ទាប់ទៀតនឹងបរាជ័យ';
const NOT_NULL_METADATA =
  "វាល {field} មិនអាចជា null បានទេ៖ មូលដ្ឋានទិន្នន័យបដិសេធ null របស់ JSON (កំហុស 500) សូមផ្ញើ '{}' ដើម្បីសម្អាតវា";
const WEEK_START =
  'ថ្ងៃចាប់ផ្តើមសប្តាហ៍ត្រូវតែជាតម្លៃមួយក្នុងចំណោម {values} (ជាភាសាអង់គ្លេស ដោយអក្សរទីមួយជាអក្សរធំ)';
const TIME_FORMAT_STRING = 'ត្រូវការលេខ 12 ឬ 24 ប៉ុន្តែបានទទួលខ្សែអក្សរ “{input}”';
const MODEL =
  '៖ មិនមាននៅក្នុងម៉ូដែលកំណែនេះទេ ដូច្នេះវាមិនត្រូវបានដាក់បញ្ចូលក្នុង data ទេ (cal.com ប្រហែលជាទើបបន្ថែមវា)';
const DYNAMIC_NULL =
  'តម្លៃ null នៃវាល {field} ត្រូវបានរក្សាទុក ហើយបន្ទាប់មក cal.com អានវាជា false (ការកក់ជាក្រុមបែបឌីណាមិចត្រូវបានបិទ)៖ សូមផ្ញើ true ឬ false';

export default catalog('km', {
  messages: {
    type: 'ត្រូវការ{expected} ប៉ុន្តែបានទទួល{received}',
    'type.integer': 'ត្រូវការចំនួនគត់',
    'type.array_body':
      'ត្រូវការ{expected} ប៉ុន្តែបានទទួល{received} (cal.com មិនផ្ទៀងផ្ទាត់ខ្លឹមសារសំណើដែលជាអារេទេ ហើយបន្ទាប់មកបរាជ័យដោយកំហុស 500)',
    unreadable: 'មិនអាចអានតម្លៃនេះបានទេ៖ getter ឬ trap របស់ Proxy បានបោះកំហុស',
    'unreadable.body': 'មិនអាចអានខ្លឹមសារសំណើបានទេ៖ getter ឬ trap របស់ Proxy បានបោះកំហុស',
    'unicode.lone_surrogate':
      'អត្ថបទមាន surrogate UTF-16 តែម្ខាង (ពាក់កណ្តាលនៃ emoji?) ដែលនឹងត្រូវរក្សាទុកជា \ufffd',
    required: 'ចាំបាច់៖ ខ្វះ {field}',
    duplicate_key: 'កូនសោនេះលេចឡើងច្រើនជាងម្តងក្នុងខ្លឹមសារសំណើ មានតែតម្លៃចុងក្រោយរបស់វាប៉ុណ្ណោះដែលត្រូវបានយក',
    base_url: 'baseUrl ត្រូវតែជា URL http(s) ដូចជា https://api.cal.com',
    more: '(និង {count} បញ្ហាទៀត)',

    'body.too_large':
      'ខ្លឹមសារសំណើមានទំហំ {count} បៃជា JSON ប៉ុន្តែ cal.com បដិសេធខ្លឹមសារដែលលើសពី {maximum} បៃ (100 kB) ដោយកូដ 413',
    'json.not_utf8': JSON_ERROR + 'អត្ថបទមិនមែនជា UTF-8 ត្រឹមត្រូវទេ',
    'json.trailing': JSON_ERROR + 'មានអត្ថបទមិនរំពឹងទុកនៅក្រោយតម្លៃ JSON',
    'json.unexpected_char': JSON_ERROR + 'តួអក្សរមិនរំពឹងទុក',
    'json.unexpected_end': JSON_ERROR + 'ទិន្នន័យបញ្ចប់មុនពេល',
    'json.invalid_literal': JSON_ERROR + 'literal មិនត្រឹមត្រូវ',
    'json.unknown_tag': JSON_ERROR + 'ស្លាកតម្លៃមិនស្គាល់',
    'json.expected_key': JSON_ERROR + 'ត្រូវការកូនសោនៅក្នុងសញ្ញាសម្រង់',
    'json.expected_colon': JSON_ERROR + "ត្រូវការ ':' បន្ទាប់ពីកូនសោ",
    'json.expected_comma_brace': JSON_ERROR + "ត្រូវការ ',' ឬសញ្ញាបិទវត្ថុ (object)",
    'json.expected_comma_bracket': JSON_ERROR + "ត្រូវការ ',' ឬសញ្ញាបិទអារេ (array)",
    'json.unterminated_string': JSON_ERROR + 'ខ្សែអក្សរមិនត្រូវបានបិទ',
    'json.invalid_unicode_escape': JSON_ERROR + 'លំដាប់ escape \\u មិនត្រឹមត្រូវ',
    'json.invalid_escape': JSON_ERROR + 'លំដាប់ escape មិនត្រឹមត្រូវ',
    'json.control_char': JSON_ERROR + 'មានតួអក្សរបញ្ជានៅក្នុងខ្សែអក្សរ',
    'json.invalid_number': JSON_ERROR + 'លេខមិនត្រឹមត្រូវ',
    'json.number_fraction': JSON_ERROR + "លេខមិនត្រឹមត្រូវ៖ ត្រូវមានខ្ទង់លេខបន្ទាប់ពី '.'",
    'json.number_exponent': JSON_ERROR + 'លេខមិនត្រឹមត្រូវ៖ និទស្សន្តត្រូវមានខ្ទង់លេខ',

    'key.forbidden':
      UNKNOWN + '៖ មិនអនុញ្ញាតទេ (cal.com លុប ឬមិនអើពើវា ហើយនៅក្នុងកូដ JavaScript វាអាចផ្លាស់ប្តូរ prototype បាន)',
    'key.secret': UNKNOWN + '៖ ម៉ូដែលនៅខាងម៉ាស៊ីនភ្ញៀវ (client) មិនដែលទទួលយកព័ត៌មានសម្ងាត់ទេ',
    'key.unknown': UNKNOWN + '៖ cal.com នឹងបោះបង់វាចោលដោយស្ងាត់ស្ងៀម',
    'key.unknown.suggest': UNKNOWN + MEAN + '៖ cal.com នឹងបោះបង់វាចោលដោយស្ងាត់ស្ងៀម',
    'key.rejected': UNKNOWN + '៖ cal.com បដិសេធកូនសោមិនស្គាល់នៅទីនេះ',
    'key.rejected.suggest': UNKNOWN + MEAN + '៖ cal.com បដិសេធកូនសោមិនស្គាល់នៅទីនេះ',
    'key.stripped': UNKNOWN + '៖ cal.com បោះបង់វាចោលដោយមិនបង្ហាញកំហុស',
    'key.stripped.suggest': UNKNOWN + MEAN + '៖ cal.com បោះបង់វាចោលដោយមិនបង្ហាញកំហុស',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' នៅក្នុង organization' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'មិនមែនជាល្វែងម៉ោង IANA ទេ៖ “{input}”',
    'time_zone.unknown.suggest': 'មិនមែនជាល្វែងម៉ោង IANA ទេ៖ “{input}” តើមានន័យថា {suggestions} មែនទេ?',
    'time_zone.deprecated':
      '“{input}” ជាឈ្មោះចាស់ដែលឈប់ប្រើហើយសម្រាប់ “{canonical}” វានៅតែដំណើរការ ប៉ុន្តែគួរប្រើឈ្មោះស្តង់ដារវិញ',
    'time_zone.stored': 'cal.com រក្សាទុកល្វែងម៉ោងនេះជា “{stored}” មិនមែនតាមអក្ខរាវិរុទ្ធរបស់ IANA គឺ “{canonical}” ទេ',
    'time_zone.absent':
      'បើគ្មានល្វែងម៉ោង cal.com ប្រើ Europe/London ហើយមិនបង្កើតកាលវិភាគលំនាំដើមទេ៖ គ្មាននរណាអាចកក់ពេលជាមួយអ្នកប្រើនេះបានទេ រហូតដល់មានកាលវិភាគមួយ',
    'locale.unknown': 'cal.com មិនគាំទ្រភាសានេះទេ',
    'locale.unknown.suggest': 'cal.com មិនគាំទ្រភាសានេះទេ៖ តើមានន័យថា {suggestions} មែនទេ?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '៖ តើមានន័យថា {suggestion} មែនទេ?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '៖ សូមប្រើលេខ {suggestion} (ដោយគ្មានសញ្ញាសម្រង់)',
    'time_format.nan': 'ត្រូវការលេខ 12 ឬ 24 ប៉ុន្តែបានទទួលតម្លៃដែលមិនមែនជាលេខ',
    time_format: 'ទម្រង់ពេលវេលាត្រូវតែជា 12 ឬ 24',
    'time_format.coerced': 'cal.com បំប្លែងខ្សែអក្សរ “{input}” ទៅជាលេខ {stored}',
    'schedule_id.integer': 'ID កាលវិភាគត្រូវតែជាចំនួនគត់',
    'schedule_id.too_small': 'ID កាលវិភាគត្រូវតែចាប់ពី {minimum} ឡើងទៅ',
    'schedule_id.too_big': 'ID កាលវិភាគមិនអាចលើសពី {maximum} ទេ',
    'schedule_id.unstorable':
      'cal.com ទទួលយកលេខនេះ ប៉ុន្តែមូលដ្ឋានទិន្នន័យមិនអាចរក្សាទុកវាជា ID កាលវិភាគបានទេ៖ សំណើបរាជ័យដោយកំហុស 500',
    'schedule_id.null': 'បើគ្មានកាលវិភាគលំនាំដើម គ្មាននរណាអាចកក់ពេលជាមួយអ្នកប្រើនេះបានទេ រហូតដល់មានការកំណត់កាលវិភាគមួយ',
    'booking_limit.integer': 'ដែនកំណត់ការកក់ត្រូវតែជាចំនួនគត់',
    'booking_limit.too_small': 'ដែនកំណត់ការកក់ត្រូវតែចាប់ពី {minimum} ឡើងទៅ សូមផ្ញើ null បើមិនចង់មានដែនកំណត់',
    'booking_limit.too_big': 'ដែនកំណត់ការកក់មិនអាចលើសពី {maximum} ទេ សូមផ្ញើ null បើមិនចង់មានដែនកំណត់',
    'team_id.integer': 'ID ក្រុមត្រូវតែជាចំនួនគត់',
    'team_id.too_small': 'ID ក្រុមត្រូវតែចាប់ពី {minimum} ឡើងទៅ',
    'team_id.too_big': 'ID ក្រុមមិនអាចលើសពី {maximum} ទេ',
    'number.positive': 'លេខត្រូវតែធំជាង {minimum}',
    'avatar_url.too_long': 'URL មិនអាចមានលើសពី {maximum} តួអក្សរទេ',
    'avatar_url.invalid': 'សូមបញ្ចូល URL រូបភាពពេញលេញ ដូចជា https://example.com/me.png មិនមែន “{input}” ទេ',
    'avatar_url.no_scheme':
      'សូមចាប់ផ្តើម URL ដោយ https:// (ឬ http://)៖ បើគ្មានវាទេ អាសយដ្ឋាននឹងត្រូវបកស្រាយធៀបនឹងទំព័រដែលបង្ហាញរូបប្រូហ្វាល់',
    'avatar_url.credentials': 'សូមលុបផ្នែក user:password@ ចេញ៖ វានឹងត្រូវបង្ហាញជាសាធារណៈជាមួយរូបប្រូហ្វាល់',
    'email.too_long': 'អាសយដ្ឋានអ៊ីមែលមិនអាចមានលើសពី {maximum} តួអក្សរទេ',
    'email.invalid': 'សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលដូចជា name@example.com មិនមែន “{input}” ទេ',
    'email.no_at': EMAIL + 'គ្មាន @ ទេ',
    'email.many_at': EMAIL + 'មាន @ ច្រើនជាងមួយ',
    'email.local_length': EMAIL + 'ត្រូវមានពី 1 ដល់ 64 តួអក្សរនៅមុខ @',
    'email.local_char': EMAIL + 'មានតួអក្សរដែលមិនអនុញ្ញាតនៅមុខ @',
    'email.local_dot': EMAIL + 'មានចំណុចនៅខុសកន្លែងនៅមុខ @',
    'email.no_dot': EMAIL + 'ត្រូវមានដូមែនដែលមានចំណុច ដូចជា example.com',
    'email.domain': EMAIL + 'មានដូមែនមិនត្រឹមត្រូវ',
    'email.tld': EMAIL + 'ត្រូវមានដូមែនកម្រិតកំពូលដែលជាអក្សរ ដូចជា .com',
    'email.managed_user': "អ៊ីមែលរបស់អ្នកប្រើដែលត្រូវបានគ្រប់គ្រងមាន +'{clientId}' នៅមុខ @",
    lowercased: 'cal.com រក្សាទុកវាជាអក្សរតូច៖ “{stored}”',
    'api_key.empty': 'សូមបញ្ចូល API key cal.com របស់អ្នក (ចាប់ផ្តើមដោយ cal_)',
    'api_key.bearer': 'សូមដកពាក្យ Bearer ចេញ៖ ផ្តល់តែកូនសោប៉ុណ្ណោះ',
    'api_key.spaces': 'កូនសោមានដកឃ្លា ឬសញ្ញាសម្រង់៖ សូមចម្លងវាម្តងទៀតដោយគ្មានតួអក្សរទាំងនោះ',
    'api_key.chars': 'កូនសោមានតួអក្សរដែល API key ឬថូខឹនចូលប្រើ (access token) មិនដែលមាន',
    'api_key.truncated':
      'កូនសោ cal_ នេះហាក់ដូចជាត្រូវបានកាត់ខ្លី ឬខូច៖ សូមចម្លងវាម្តងទៀតពី Settings → Developer → API keys',
    'api_key.unknown': 'មិនមែនជា API key (ដែលចាប់ផ្តើមដោយ cal_) ហើយក៏មិនមែនជាថូខឹនចូលប្រើពេញលេញដែរ',
    'metadata.key_too_long': 'កូនសោទិន្នន័យមេតាមិនអាចមានលើសពី {maximum} តួអក្សរទេ (ឯកតាកូដ UTF-16)',
    'metadata.too_many_keys': 'ទិន្នន័យមេតាមិនអាចមានកូនសោលើសពី {maximum} ទេ ប៉ុន្តែនៅទីនេះមាន {count}',
    'metadata.value_too_long':
      'តម្លៃទិន្នន័យមេតាមិនអាចមានលើសពី {maximum} តួអក្សរទេ (ឯកតាកូដ UTF-16) ប៉ុន្តែតម្លៃនេះមាន {count}',
    'metadata.duplicate_key': 'កូនសោនេះលេចឡើងច្រើនជាងម្តងក្នុងខ្លឹមសារ JSON មានតែតម្លៃចុងក្រោយប៉ុណ្ណោះដែលនឹងត្រូវរក្សាទុក',
    'metadata.constructor': 'កូនសោ “{input}” ធ្វើឱ្យ cal.com បរាជ័យដោយកំហុស 500 មុនពេលផ្ទៀងផ្ទាត់៖ សូមប្តូរឈ្មោះវា',
    'metadata.forbidden':
      'កូនសោ “{input}” មិនត្រូវបានអនុញ្ញាតទេ៖ cal.com នឹងបោះបង់វាចោលដោយស្ងាត់ស្ងៀម ហើយកូដ JavaScript អាចអានវាជាផ្នែកមួយនៃ prototype សូមប្តូរឈ្មោះវា',
    'metadata.stripped': 'cal.com បោះបង់កូនសោ “{input}” ចោលដោយមិនបង្ហាញកំហុស',
    'metadata.inexact_number':
      'JavaScript មិនអាចរក្សាលេខនេះបានយ៉ាងជាក់លាក់ទេ (ធំពេក មានខ្ទង់ទសភាគច្រើនពេក ឬនៅក្រៅដែនកំណត់)៖ សូមផ្ញើវាជាខ្សែអក្សរ',
    'metadata.infinite': 'cal.com រក្សាទុកលេខនេះជា null៖ JSON មិនអាចផ្ទុកលេខអនន្តបានទេ',
    one_of: 'ត្រូវការតម្លៃមួយក្នុងចំណោម {values} ប៉ុន្តែបានទទួល “{input}”',
    brand_color: 'សូមប្រើពណ៌ជាលេខគោលដប់ប្រាំមួយ (hex)៖ #RGB, #RGBA, #RRGGBB ឬ #RRGGBBAA',
    'zod.too_short': 'ខ្សែអក្សរត្រូវតែមានយ៉ាងហោចណាស់ {minimum} តួអក្សរ',
    'zod.too_long': 'ខ្សែអក្សរមិនអាចមានលើសពី {maximum} តួអក្សរទេ',
    'zod.invalid': 'មិនត្រឹមត្រូវ',
    iso_date: 'ត្រូវការកាលបរិច្ឆេទ ISO 8601 ដូចជា 2024-05-01T09:30:00Z ប៉ុន្តែបានទទួល “{input}”',
  },

  // After "ត្រូវការ" (no space): a noun phrase starting with a Khmer word.
  expected: {
    string: 'ខ្សែអក្សរ',
    number: 'លេខ',
    integer: 'ចំនួនគត់',
    boolean: 'តម្លៃប៊ូលីន (boolean)',
    object: 'វត្ថុ (object)',
    value: 'តម្លៃមួយ',
    'non-null value': 'តម្លៃដែលមិនមែន null',
    'string, number or boolean': 'ខ្សែអក្សរ លេខ ឬតម្លៃប៊ូលីន',
    'number JavaScript holds exactly': 'លេខដែល JavaScript អាចរក្សាបានយ៉ាងជាក់លាក់',
  },
  // After "បានទទួល" (no space): the kind of value, starting with a Khmer word.
  received: {
    null: 'តម្លៃ null',
    boolean: 'តម្លៃប៊ូលីន',
    number: 'លេខ',
    string: 'ខ្សែអក្សរ',
    array: 'អារេ',
    object: 'វត្ថុ',
    undefined: 'តម្លៃ undefined',
    NaN: 'តម្លៃ NaN',
    Infinity: 'តម្លៃ Infinity',
    '-Infinity': 'តម្លៃ -Infinity',
    bigint: 'ចំនួនគត់ BigInt',
    symbol: 'តម្លៃ Symbol',
    function: 'អនុគមន៍',
    Date: 'វត្ថុ Date',
    Map: 'វត្ថុ Map',
    Set: 'វត្ថុ Set',
    RegExp: 'វត្ថុ RegExp',
    'class instance': 'វត្ថុដែលបង្កើតពី class',
    'unreadable value': 'តម្លៃដែលមិនអាចអានបាន',
  },
});
