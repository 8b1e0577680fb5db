// বাংলা. Standard written (চলিত) Bengali with the formal আপনি register, as cal.com's Bengali
// interface: instructions in the polite imperative (লিখুন, ব্যবহার করুন, পাঠান); “…” quotes.
// Technical words in the transliterated form Bengali software uses (স্ট্রিং, অবজেক্ট, কী, রিকোয়েস্ট বডি).
// Counts use Bengali digits (Intl); fixed values a user types or HTTP codes (12, 24, 500) stay as
// written. A Bengali noun does not change after a number (৭টি অক্ষর, ১টি অক্ষর): no plural construct.

import { catalog } from './format.js';

const JSON_ERROR = 'রিকোয়েস্ট বডি বৈধ JSON নয় (বাইট {position}): ';
const EMAIL = 'name@example.com-এর মতো একটি ইমেল ঠিকানা লিখুন: “{input}”';
const UNKNOWN = 'অজানা কী “{input}”';
const MEAN = ' (আপনি কি {suggestion} বোঝাতে চেয়েছেন?)';
const COMPAT = 'cal.com এখানে null গ্রহণ করে, কিন্তু ';
const NOT_NULL = '{field} null হতে পারে না: ';
const COLUMN = NOT_NULL + 'কলামটি NOT NULL, তাই cal.com 500 ত্রুটি দিয়ে ব্যর্থ হয়';
const TIME_FORMAT_NULL = NOT_NULL + 'cal.com null-টি সংরক্ষণ করে, আর এরপর প্রতিটি GET /v2/me ব্যর্থ হয়';
const METADATA_NULL = NOT_NULL + "ডেটাবেস JSON null প্রত্যাখ্যান করে (500 ত্রুটি); খালি করতে “'{}'” পাঠান";
const WEEK_START = 'সপ্তাহের শুরুর দিন এগুলোর একটি হতে হবে: {values} (ইংরেজিতে, প্রথম অক্ষর বড় হাতের)';
const TIME_FORMAT_STRING = '12 বা 24 সংখ্যাটি প্রত্যাশিত ছিল, কিন্তু পাওয়া গেছে স্ট্রিং “{input}”';
const MODEL = ': মডেলের এই সংস্করণে এই কী নেই, তাই এটি data-তে রাখা হয় না (cal.com হয়তো এটি নতুন যোগ করেছে)';
const DYNAMIC_NULL = '{field}-এর null মান সংরক্ষিত হয়, আর এরপর cal.com সেটিকে false হিসেবে পড়ে (ডায়নামিক গ্রুপ বুকিং বন্ধ): true বা false পাঠান';

export default catalog('bn', {
  messages: {
    type: '{expected} প্রত্যাশিত ছিল, কিন্তু পাওয়া গেছে {received}',
    'type.integer': 'একটি পূর্ণসংখ্যা প্রত্যাশিত ছিল',
    'type.array_body':
      '{expected} প্রত্যাশিত ছিল, কিন্তু পাওয়া গেছে {received} (cal.com অ্যারে আকারের রিকোয়েস্ট বডি যাচাই করে না, তারপর 500 ত্রুটি দিয়ে ব্যর্থ হয়)',
    unreadable: 'এই মানটি পড়া যায়নি: একটি getter বা Proxy trap ত্রুটি ছুড়েছে',
    'unreadable.body': 'রিকোয়েস্ট বডি পড়া যায়নি: একটি getter বা Proxy trap ত্রুটি ছুড়েছে',
    'unicode.lone_surrogate':
      'লেখায় একটি জোড়াহীন UTF-16 সারোগেট আছে (কোনো ইমোজির অর্ধেক?); এটি \ufffd হিসেবে সংরক্ষিত হবে',
    required: 'আবশ্যক: {field} নেই',
    duplicate_key: 'এই কী রিকোয়েস্ট বডিতে একাধিকবার আছে; শুধু এর শেষ মানটিই গণ্য হয়',
    base_url: 'baseUrl অবশ্যই https://api.cal.com-এর মতো একটি http(s) URL হতে হবে',
    more: '(আরও {count}টি)',

    'body.too_large':
      'JSON হিসেবে রিকোয়েস্ট বডির আকার {count} বাইট; cal.com {maximum} বাইটের (১০০ kB) বেশি বডি 413 ত্রুটি দিয়ে প্রত্যাখ্যান করে',
    'json.not_utf8': JSON_ERROR + 'এটি বৈধ UTF-8 নয়',
    'json.trailing': JSON_ERROR + 'JSON মানের পরে অপ্রত্যাশিত লেখা',
    'json.unexpected_char': JSON_ERROR + 'অপ্রত্যাশিত অক্ষর',
    'json.unexpected_end': JSON_ERROR + 'ইনপুট অপ্রত্যাশিতভাবে শেষ হয়েছে',
    'json.invalid_literal': JSON_ERROR + 'অবৈধ লিটারাল',
    'json.unknown_tag': JSON_ERROR + 'অজানা মান-ট্যাগ',
    'json.expected_key': JSON_ERROR + 'এখানে উদ্ধৃতিচিহ্নে ঘেরা একটি কী থাকার কথা',
    'json.expected_colon': JSON_ERROR + 'কী-এর পরে “:” থাকার কথা',
    'json.expected_comma_brace': JSON_ERROR + 'এখানে “,” অথবা বন্ধ করার দ্বিতীয় বন্ধনী থাকার কথা',
    'json.expected_comma_bracket': JSON_ERROR + 'এখানে “,” অথবা বন্ধ করার তৃতীয় বন্ধনী থাকার কথা',
    'json.unterminated_string': JSON_ERROR + 'স্ট্রিং শেষ করা হয়নি',
    'json.invalid_unicode_escape': JSON_ERROR + 'অবৈধ \\u এস্কেপ',
    'json.invalid_escape': JSON_ERROR + 'অবৈধ এস্কেপ সিকোয়েন্স',
    'json.control_char': JSON_ERROR + 'স্ট্রিংয়ের ভেতরে কন্ট্রোল অক্ষর',
    'json.invalid_number': JSON_ERROR + 'অবৈধ সংখ্যা',
    'json.number_fraction': JSON_ERROR + 'অবৈধ সংখ্যা: “.”-এর পরে অঙ্ক থাকতে হবে',
    'json.number_exponent': JSON_ERROR + 'অবৈধ সংখ্যা: সূচকে অঙ্ক থাকতে হবে',

    'key.forbidden':
      UNKNOWN + ': অনুমোদিত নয় (cal.com এটি মুছে ফেলে বা উপেক্ষা করে, আর JavaScript কোডে এটি প্রোটোটাইপ বদলে দিতে পারে)',
    'key.secret': UNKNOWN + ': ক্লায়েন্ট-সাইড মডেল কখনোই গোপন তথ্য গ্রহণ করে না',
    'key.unknown': UNKNOWN + ': cal.com কিছু না জানিয়েই এটি বাদ দেবে',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com কিছু না জানিয়েই এটি বাদ দেবে',
    'key.rejected': UNKNOWN + ': এখানে cal.com অজানা কী প্রত্যাখ্যান করে',
    'key.rejected.suggest': UNKNOWN + MEAN + ': এখানে cal.com অজানা কী প্রত্যাখ্যান করে',
    'key.stripped': UNKNOWN + ': cal.com কোনো ত্রুটি না দেখিয়ে এটি বাদ দেয়',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com কোনো ত্রুটি না দেখিয়ে এটি বাদ দেয়',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': 'organization-এর ভেতরে ' + UNKNOWN + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'এটি IANA টাইম জোন নয়: “{input}”',
    'time_zone.unknown.suggest': 'এটি IANA টাইম জোন নয়: “{input}”; আপনি কি {suggestions} বোঝাতে চেয়েছেন?',
    'time_zone.deprecated':
      '“{input}” হলো “{canonical}”-এর একটি অপ্রচলিত নাম; এটি এখনও কাজ করে, তবে প্রামাণিক নামটি ব্যবহার করাই ভালো',
    'time_zone.stored': 'cal.com এই টাইম জোনটি IANA বানান “{canonical}” হিসেবে নয়, “{stored}” হিসেবে সংরক্ষণ করে',
    'time_zone.absent':
      'টাইম জোন না থাকলে cal.com Europe/London ব্যবহার করে এবং কোনো ডিফল্ট সময়সূচি তৈরি করে না: একটি সময়সূচি না হওয়া পর্যন্ত এই ব্যবহারকারীর সঙ্গে বুকিং করা যাবে না',
    'locale.unknown': 'এটি cal.com-সমর্থিত কোনো লোকেল নয়',
    'locale.unknown.suggest': 'এটি cal.com-সমর্থিত কোনো লোকেল নয়: আপনি কি {suggestions} বোঝাতে চেয়েছেন?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; আপনি কি {suggestion} বোঝাতে চেয়েছেন?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': উদ্ধৃতিচিহ্ন ছাড়া সংখ্যা {suggestion} ব্যবহার করুন',
    'time_format.nan': '12 বা 24 সংখ্যাটি প্রত্যাশিত ছিল, কিন্তু পাওয়া গেছে এমন একটি মান যা সংখ্যা নয়',
    time_format: 'সময়ের ফরম্যাট অবশ্যই 12 বা 24 হতে হবে',
    'time_format.coerced': 'cal.com স্ট্রিং “{input}”-কে সংখ্যা {stored}-এ রূপান্তর করে',
    'schedule_id.integer': 'সময়সূচির ID অবশ্যই একটি পূর্ণসংখ্যা হতে হবে',
    'schedule_id.too_small': 'সময়সূচির ID কমপক্ষে {minimum} হতে হবে',
    'schedule_id.too_big': 'সময়সূচির ID সর্বোচ্চ {maximum} হতে পারে',
    'schedule_id.unstorable':
      'cal.com এই সংখ্যাটি গ্রহণ করে, কিন্তু ডেটাবেস এটিকে সময়সূচির ID হিসেবে সংরক্ষণ করতে পারে না: রিকোয়েস্টটি 500 ত্রুটি দিয়ে ব্যর্থ হয়',
    'schedule_id.null': 'ডিফল্ট সময়সূচি না থাকলে, একটি সেট না করা পর্যন্ত এই ব্যবহারকারীর সঙ্গে বুকিং করা যাবে না',
    'team_id.integer': 'টিমের ID অবশ্যই একটি পূর্ণসংখ্যা হতে হবে',
    'team_id.too_small': 'টিমের ID কমপক্ষে {minimum} হতে হবে',
    'team_id.too_big': 'টিমের ID সর্বোচ্চ {maximum} হতে পারে',
    'booking_limit.integer': 'বুকিং সীমা অবশ্যই একটি পূর্ণসংখ্যা (বুকিংয়ের সংখ্যা) হতে হবে',
    'booking_limit.too_small': 'বুকিং সীমা কমপক্ষে {minimum} হতে হবে; কোনো সীমা না রাখতে null পাঠান',
    'booking_limit.too_big': 'বুকিং সীমা সর্বোচ্চ {maximum} হতে পারে; কোনো সীমা না রাখতে null পাঠান',
    'number.positive': 'সংখ্যাটি অবশ্যই {minimum}-এর চেয়ে বড় হতে হবে',
    'avatar_url.too_long': 'একটি URL-এ সর্বোচ্চ {maximum}টি অক্ষর থাকতে পারে',
    'avatar_url.invalid': '“{input}” নয়, https://example.com/me.png-এর মতো একটি পূর্ণাঙ্গ ছবির URL লিখুন',
    'avatar_url.no_scheme':
      'URL-টি https:// (বা http://) দিয়ে শুরু করুন: তা না হলে ঠিকানাটি প্রোফাইল ছবি দেখানো পাতার সাপেক্ষে ধরা হবে',
    'avatar_url.credentials': 'user:password@ অংশটি সরিয়ে দিন: এটি প্রোফাইল ছবির সঙ্গে প্রকাশিত হয়ে যাবে',
    'email.too_long': 'একটি ইমেল ঠিকানায় সর্বোচ্চ {maximum}টি অক্ষর থাকতে পারে',
    'email.invalid': '“{input}” নয়, name@example.com-এর মতো একটি ইমেল ঠিকানা লিখুন',
    'email.no_at': EMAIL + '-এ কোনো @ নেই',
    'email.many_at': EMAIL + '-এ একাধিক @ আছে',
    'email.local_length': EMAIL + '-এ @-এর আগে ১ থেকে ৬৪টি অক্ষর থাকতে হবে',
    'email.local_char': EMAIL + '-এ @-এর আগে এমন একটি অক্ষর আছে যা অনুমোদিত নয়',
    'email.local_dot': EMAIL + '-এ @-এর আগে একটি বিন্দু ভুল জায়গায় আছে',
    'email.no_dot': EMAIL + '-এ example.com-এর মতো বিন্দুযুক্ত একটি ডোমেন থাকতে হবে',
    'email.domain': EMAIL + '-এর ডোমেনটি অবৈধ',
    'email.tld': EMAIL + '-এ .com-এর মতো অক্ষর দিয়ে তৈরি একটি টপ-লেভেল ডোমেন থাকতে হবে',
    'email.managed_user': "পরিচালিত ব্যবহারকারীর ইমেলে @-এর আগে +'{clientId}' থাকে",
    lowercased: 'cal.com এটি ছোট হাতের অক্ষরে সংরক্ষণ করে: “{stored}”',
    'api_key.empty': 'আপনার cal.com API কী লিখুন (এটি cal_ দিয়ে শুরু হয়)',
    'api_key.bearer': 'Bearer শব্দটি বাদ দিন: শুধু কী-টি দিন',
    'api_key.spaces': 'কী-টিতে স্পেস বা উদ্ধৃতিচিহ্ন আছে: সেগুলো বাদ দিয়ে আবার কপি করুন',
    'api_key.chars': 'কী-টিতে এমন অক্ষর আছে যা কোনো API কী বা অ্যাক্সেস টোকেনে কখনো থাকে না',
    'api_key.truncated':
      'এই cal_ কী-টি কাটা পড়েছে বা নষ্ট হয়েছে বলে মনে হচ্ছে: সেটিংস → ডেভেলপার → API কী থেকে আবার কপি করুন',
    'api_key.unknown': 'এটি API কী নয় (সেগুলো cal_ দিয়ে শুরু হয়), পূর্ণ অ্যাক্সেস টোকেনও নয়',
    'metadata.key_too_long': 'একটি মেটাডেটা কী-তে সর্বোচ্চ {maximum}টি অক্ষর (UTF-16 কোড ইউনিট) থাকতে পারে',
    'metadata.too_many_keys': 'মেটাডেটায় সর্বোচ্চ {maximum}টি কী থাকতে পারে; এখানে আছে {count}টি',
    'metadata.value_too_long':
      'একটি মেটাডেটা মানে সর্বোচ্চ {maximum}টি অক্ষর (UTF-16 কোড ইউনিট) থাকতে পারে; এটিতে আছে {count}টি',
    'metadata.duplicate_key': 'এই কী JSON বডিতে একাধিকবার আছে; শুধু এর শেষ মানটিই রাখা হবে',
    'metadata.constructor': '“{input}” কী-এর কারণে cal.com যাচাইয়ের আগেই 500 ত্রুটি দিয়ে ব্যর্থ হয়; এর নাম বদলান',
    'metadata.forbidden':
      '“{input}” কী অনুমোদিত নয়: cal.com কিছু না জানিয়েই এটি বাদ দেবে, আর JavaScript কোড এটিকে প্রোটোটাইপের অংশ হিসেবে পড়তে পারে; এর নাম বদলান',
    'metadata.stripped': 'cal.com “{input}” কী-টি কোনো ত্রুটি না দেখিয়ে বাদ দেয়',
    'metadata.inexact_number':
      'JavaScript এই সংখ্যাটি হুবহু ধরে রাখতে পারে না (খুব বড়, খুব সূক্ষ্ম বা সীমার বাইরে): এটি স্ট্রিং হিসেবে পাঠান',
    'metadata.infinite': 'cal.com এই সংখ্যাটি null হিসেবে সংরক্ষণ করে: JSON অসীম সংখ্যা প্রকাশ করতে পারে না',
    one_of: 'এগুলোর একটি প্রত্যাশিত ছিল: {values}; কিন্তু পাওয়া গেছে “{input}”',
    brand_color: 'একটি হেক্স রং ব্যবহার করুন: #RGB, #RGBA, #RRGGBB বা #RRGGBBAA',
    'zod.too_short': 'স্ট্রিংয়ে কমপক্ষে {minimum}টি অক্ষর থাকতে হবে',
    'zod.too_long': 'স্ট্রিংয়ে সর্বোচ্চ {maximum}টি অক্ষর থাকতে পারে',
    'zod.invalid': 'অবৈধ',
    iso_date: '2024-05-01T09:30:00Z-এর মতো ISO 8601 তারিখ প্রত্যাশিত ছিল, কিন্তু পাওয়া গেছে “{input}”',
  },

  // Before "প্রত্যাশিত ছিল".
  expected: {
    string: 'একটি স্ট্রিং',
    number: 'একটি সংখ্যা',
    integer: 'একটি পূর্ণসংখ্যা',
    boolean: 'একটি বুলিয়ান মান',
    object: 'একটি অবজেক্ট',
    value: 'একটি মান',
    'non-null value': 'null নয় এমন একটি মান',
    'string, number or boolean': 'একটি স্ট্রিং, সংখ্যা বা বুলিয়ান মান',
    'number JavaScript holds exactly': 'JavaScript হুবহু ধরে রাখতে পারে এমন একটি সংখ্যা',
  },
  // After "পাওয়া গেছে".
  received: {
    null: 'null',
    boolean: 'বুলিয়ান মান',
    number: 'সংখ্যা',
    string: 'স্ট্রিং',
    array: 'অ্যারে',
    object: 'অবজেক্ট',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt মান',
    symbol: 'Symbol মান',
    function: 'ফাংশন',
    Date: 'Date অবজেক্ট',
    Map: 'Map অবজেক্ট',
    Set: 'Set অবজেক্ট',
    RegExp: 'রেগুলার এক্সপ্রেশন',
    'class instance': 'ক্লাস ইনস্ট্যান্স',
    'unreadable value': 'পড়া যায় না এমন মান',
  },
});
