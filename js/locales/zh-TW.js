// 繁體中文（台灣）. Plain, polite imperatives with 您 where the user is addressed (請輸入…), as
// cal.com's Traditional Chinese interface; 「…」 quotes, full-width punctuation, a space between
// Chinese and Latin words or numbers. Taiwan's software vocabulary, not a character conversion of
// zh-CN: 要求本文, 字串, 物件, 資料庫, 資料行, 預設, 位元組, 字元, 支援, 驗證, 使用者, 程式碼, 網域.
// Chinese has one plural form (other): counts need no plural construct.

import { catalog } from './format.js';

const JSON_ERROR = '要求本文不是有效的 JSON（第 {position} 個位元組）：';
const EMAIL = '請輸入像 name@example.com 這樣的電子郵件地址：「{input}」';
const UNKNOWN = '不明的鍵「{input}」';
const MEAN = '（您是指 {suggestion} 嗎？）';
const COMPAT = 'cal.com 在此接受 null，但 ';
const NOT_NULL = '{field} 不可為 null：';
const COLUMN = NOT_NULL + '該資料行為 NOT NULL，cal.com 會以 500 錯誤失敗';
const TIME_FORMAT_NULL = NOT_NULL + 'cal.com 會儲存這個 null，之後每次 GET /v2/me 都會失敗';
const METADATA_NULL = NOT_NULL + "資料庫會拒絕 JSON 的 null（500 錯誤）；若要清空，請傳送「'{}'」";
const WEEK_START = '一週的起始日必須是 {values} 其中之一（英文，首字母大寫）';
const TIME_FORMAT_STRING = '預期為數字 12 或 24，但收到的是字串「{input}」';
const MODEL = '：這個版本的模型中沒有此鍵，因此它不會納入 data（可能是 cal.com 新增的）';
const DYNAMIC_NULL = '{field} 為 null 時會照樣儲存，之後 cal.com 會將它視為 false（即關閉動態團體預約）：請傳送 true 或 false';

export default catalog('zh-TW', {
  messages: {
    type: '預期為{expected}，但收到的是{received}',
    'type.integer': '預期為整數',
    'type.array_body': '預期為{expected}，但收到的是{received}（cal.com 不會驗證陣列形式的要求本文，接著會以 500 錯誤失敗）',
    unreadable: '無法讀取此值：getter 或 Proxy 陷阱擲回了例外狀況',
    'unreadable.body': '無法讀取要求本文：getter 或 Proxy 陷阱擲回了例外狀況',
    'unicode.lone_surrogate': '文字中有落單的 UTF-16 代理字元（半個表情符號？）；儲存後會變成 \ufffd',
    required: '必填：缺少 {field}',
    duplicate_key: '此鍵在要求本文中出現了不只一次；只有最後一個值有效',
    base_url: 'baseUrl 必須是 http(s) 網址，例如 https://api.cal.com',
    more: '（另有 {count} 項）',

    'body.too_large': '要求本文的 JSON 大小為 {count} 位元組；cal.com 會以 413 錯誤拒絕超過 {maximum} 位元組（100 kB）的要求本文',
    'json.not_utf8': JSON_ERROR + '不是有效的 UTF-8',
    'json.trailing': JSON_ERROR + 'JSON 值之後有多餘的文字',
    'json.unexpected_char': JSON_ERROR + '非預期的字元',
    'json.unexpected_end': JSON_ERROR + '輸入意外結束',
    'json.invalid_literal': JSON_ERROR + '無效的常值',
    'json.unknown_tag': JSON_ERROR + '不明的值標記',
    'json.expected_key': JSON_ERROR + '這裡應為加上引號的鍵',
    'json.expected_colon': JSON_ERROR + '鍵之後應為「:」',
    'json.expected_comma_brace': JSON_ERROR + '這裡應為「,」或右大括號',
    'json.expected_comma_bracket': JSON_ERROR + '這裡應為「,」或右中括號',
    'json.unterminated_string': JSON_ERROR + '字串沒有結尾',
    'json.invalid_unicode_escape': JSON_ERROR + '無效的 \\u 逸出序列',
    'json.invalid_escape': JSON_ERROR + '無效的逸出序列',
    'json.control_char': JSON_ERROR + '字串中有控制字元',
    'json.invalid_number': JSON_ERROR + '無效的數字',
    'json.number_fraction': JSON_ERROR + '無效的數字，「.」之後應有數字',
    'json.number_exponent': JSON_ERROR + '無效的數字，指數部分應有數字',

    'key.forbidden': UNKNOWN + '：不允許使用（cal.com 會刪除或忽略它，而且它可能在 JavaScript 程式碼中竄改原型）',
    'key.secret': UNKNOWN + '：用戶端模型絕不接受機密資訊',
    'key.unknown': UNKNOWN + '：cal.com 會直接捨棄它，不會通知',
    'key.unknown.suggest': UNKNOWN + MEAN + '：cal.com 會直接捨棄它，不會通知',
    'key.rejected': UNKNOWN + '：cal.com 在此會拒絕不明的鍵',
    'key.rejected.suggest': UNKNOWN + MEAN + '：cal.com 在此會拒絕不明的鍵',
    'key.stripped': UNKNOWN + '：cal.com 會捨棄它，但不回報錯誤',
    'key.stripped.suggest': UNKNOWN + MEAN + '：cal.com 會捨棄它，但不回報錯誤',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + '（位於 organization 中）' + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': '不是 IANA 時區：「{input}」',
    'time_zone.unknown.suggest': '不是 IANA 時區：「{input}」；您是指 {suggestions} 嗎？',
    'time_zone.deprecated': '「{input}」是「{canonical}」已淘汰的名稱；目前仍可使用，但建議改用標準名稱',
    'time_zone.stored': 'cal.com 會將此時區儲存為「{stored}」，而不是 IANA 的寫法「{canonical}」',
    'time_zone.absent':
      '未設定時區時，cal.com 會使用 Europe/London，也不會建立預設行程表：在建立行程表之前，其他人無法預約此使用者',
    'locale.unknown': '不是 cal.com 支援的語系',
    'locale.unknown.suggest': '不是 cal.com 支援的語系：您是指 {suggestions} 嗎？',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '；您是指 {suggestion} 嗎？',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '；請使用數字 {suggestion}（不加引號）',
    'time_format.nan': '預期為數字 12 或 24，但收到的值不是數字',
    time_format: '時間格式必須為 12 或 24',
    'time_format.coerced': 'cal.com 會將字串「{input}」轉換成數字 {stored}',
    'schedule_id.integer': '行程表 ID 必須是整數',
    'schedule_id.too_small': '行程表 ID 不可小於 {minimum}',
    'schedule_id.too_big': '行程表 ID 不可大於 {maximum}',
    'schedule_id.unstorable': 'cal.com 接受這個數字，但資料庫無法將它儲存為行程表 ID：要求會以 500 錯誤失敗',
    'schedule_id.null': '沒有預設行程表時，在設定行程表之前，其他人無法預約此使用者',
    'team_id.integer': '團隊 ID 必須是整數',
    'team_id.too_small': '團隊 ID 不可小於 {minimum}',
    'team_id.too_big': '團隊 ID 不可大於 {maximum}',
    'booking_limit.integer': '預約上限必須是整數（預約次數）',
    'booking_limit.too_small': '預約上限不可小於 {minimum}；若不設上限，請傳送 null',
    'booking_limit.too_big': '預約上限不可大於 {maximum}；若不設上限，請傳送 null',
    'number.positive': '數字必須大於 {minimum}',
    'avatar_url.too_long': '網址最多 {maximum} 個字元',
    'avatar_url.invalid': '請輸入完整的圖片網址（例如 https://example.com/me.png），而不是「{input}」',
    'avatar_url.no_scheme': '網址請以 https://（或 http://）開頭：否則位址會以顯示大頭貼的頁面為基準，解析為相對位址',
    'avatar_url.credentials': '請移除 user:password@ 部分：它會隨大頭貼一起公開',
    'email.too_long': '電子郵件地址最多 {maximum} 個字元',
    'email.invalid': '請輸入像 name@example.com 這樣的電子郵件地址，而不是「{input}」',
    'email.no_at': EMAIL + '中沒有 @',
    'email.many_at': EMAIL + '中有不只一個 @',
    'email.local_length': EMAIL + '在 @ 之前需要 1 到 64 個字元',
    'email.local_char': EMAIL + '在 @ 之前有不允許的字元',
    'email.local_dot': EMAIL + '在 @ 之前有位置不正確的點',
    'email.no_dot': EMAIL + '需要含有點的網域，例如 example.com',
    'email.domain': EMAIL + '的網域無效',
    'email.tld': EMAIL + '需要由英文字母組成的頂層網域，例如 .com',
    'email.managed_user': "受管理使用者的電子郵件地址在 @ 之前帶有 +'{clientId}'",
    lowercased: 'cal.com 會以小寫儲存：「{stored}」',
    'api_key.empty': '請輸入您的 cal.com API 金鑰（開頭為 cal_）',
    'api_key.bearer': '請拿掉 Bearer 這個字，只填入金鑰本身',
    'api_key.spaces': '金鑰中有空格或引號：請重新複製，不要包含它們',
    'api_key.chars': '金鑰中有 API 金鑰或存取權杖絕不會出現的字元',
    'api_key.truncated': '這個 cal_ 金鑰似乎不完整或已損毀：請到「設定 → 開發人員 → API 金鑰」重新複製',
    'api_key.unknown': '既不是 API 金鑰（開頭為 cal_），也不是完整的存取權杖',
    'metadata.key_too_long': '中繼資料的鍵最多 {maximum} 個字元（UTF-16 程式碼單位）',
    'metadata.too_many_keys': '中繼資料最多只能有 {maximum} 個鍵；這裡有 {count} 個',
    'metadata.value_too_long': '中繼資料的值最多 {maximum} 個字元（UTF-16 程式碼單位）；這個值有 {count} 個',
    'metadata.duplicate_key': '此鍵在 JSON 要求本文中出現了不只一次；只會保留最後一個值',
    'metadata.constructor': '鍵「{input}」會讓 cal.com 在驗證之前就以 500 錯誤失敗；請重新命名',
    'metadata.forbidden':
      '不允許使用鍵「{input}」：cal.com 會直接捨棄它，不會通知，而且 JavaScript 程式碼可能把它當成原型的一部分讀取；請重新命名',
    'metadata.stripped': 'cal.com 會捨棄鍵「{input}」，但不回報錯誤',
    'metadata.inexact_number': 'JavaScript 無法精確表示這個數字（太大、精確度太高或超出範圍）：請以字串傳送',
    'metadata.infinite': 'cal.com 會將這個數字儲存為 null：JSON 無法表示無限大的數字',
    one_of: '預期為 {values} 其中之一，但收到的是「{input}」',
    brand_color: '請使用十六進位色碼：#RGB、#RGBA、#RRGGBB 或 #RRGGBBAA',
    'zod.too_short': '字串至少需要 {minimum} 個字元',
    'zod.too_long': '字串最多只能有 {maximum} 個字元',
    'zod.invalid': '無效',
    iso_date: '預期為 ISO 8601 格式的日期（例如 2024-05-01T09:30:00Z），但收到的是「{input}」',
  },

  // After "預期為": the kind of value.
  expected: {
    string: '字串',
    number: '數字',
    integer: '整數',
    boolean: '布林值',
    object: '物件',
    value: '一個值',
    'non-null value': '非 null 的值',
    'string, number or boolean': '字串、數字或布林值',
    'number JavaScript holds exactly': 'JavaScript 能精確表示的數字',
  },
  // After "但收到的是".
  received: {
    null: 'null',
    boolean: '布林值',
    number: '數字',
    string: '字串',
    array: '陣列',
    object: '物件',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'Symbol 值',
    function: '函式',
    Date: 'Date 物件',
    Map: 'Map 物件',
    Set: 'Set 物件',
    RegExp: '正規表示式',
    'class instance': '類別執行個體',
    'unreadable value': '無法讀取的值',
  },
});
