// 简体中文. Plain, polite imperatives with 您 where the user is addressed (请输入…), as cal.com's
// Simplified Chinese interface; “…” quotes, full-width punctuation, a space between Chinese and
// Latin words or numbers. Mainland software terms: 请求体, 字符串, 对象, 数据库, 默认, 字节.
// Chinese has one plural form (other): counts need no plural construct.

import { catalog } from './format.js';

const JSON_ERROR = '请求体不是有效的 JSON（第 {position} 字节处）：';
const EMAIL = '请输入类似 name@example.com 的电子邮件地址：“{input}”';
const UNKNOWN = '未知的键“{input}”';
const MEAN = '（您是指 {suggestion} 吗？）';
const COMPAT = 'cal.com 在此处接受 null，但 ';
const NOT_NULL = '{field} 不能为 null：';
const COLUMN = NOT_NULL + '该列为 NOT NULL，cal.com 会以 500 错误失败';
const TIME_FORMAT_NULL = NOT_NULL + 'cal.com 会保存这个 null，之后每次 GET /v2/me 都会失败';
const METADATA_NULL = NOT_NULL + "数据库会拒绝 JSON 的 null（500 错误）；如需清空，请发送“'{}'”";
const WEEK_START = '一周的起始日必须是 {values} 之一（英文，首字母大写）';
const TIME_FORMAT_STRING = '应为数字 12 或 24，但收到的是字符串“{input}”';
const MODEL = '：此版本的模型中没有该键，因此它不会包含在 data 中（可能是 cal.com 新增的）';
const DYNAMIC_NULL = '{field} 为 null 时会被原样保存，之后 cal.com 会将其视为 false（即关闭动态团体预约）：请发送 true 或 false';

export default catalog('zh-CN', {
  messages: {
    type: '应为{expected}，但收到的是{received}',
    'type.integer': '应为整数',
    'type.array_body': '应为{expected}，但收到的是{received}（cal.com 不会校验数组形式的请求体，随后会以 500 错误失败）',
    unreadable: '无法读取此值：getter 或 Proxy 陷阱抛出了异常',
    'unreadable.body': '无法读取请求体：getter 或 Proxy 陷阱抛出了异常',
    'unicode.lone_surrogate': '文本中含有落单的 UTF-16 代理项（半个表情符号？）；保存后会变成 \ufffd',
    required: '必填：缺少 {field}',
    duplicate_key: '此键在请求体中出现了多次；只有最后一个值有效',
    base_url: 'baseUrl 必须是 http(s) URL，例如 https://api.cal.com',
    more: '（另有 {count} 项）',

    'body.too_large': '请求体的 JSON 大小为 {count} 字节；cal.com 会以 413 错误拒绝超过 {maximum} 字节（100 kB）的请求体',
    'json.not_utf8': JSON_ERROR + '不是有效的 UTF-8',
    'json.trailing': JSON_ERROR + 'JSON 值之后有多余的文本',
    'json.unexpected_char': JSON_ERROR + '意外的字符',
    'json.unexpected_end': JSON_ERROR + '输入意外结束',
    'json.invalid_literal': JSON_ERROR + '无效的字面量',
    'json.unknown_tag': JSON_ERROR + '未知的值标记',
    'json.expected_key': JSON_ERROR + '此处应为带引号的键',
    'json.expected_colon': JSON_ERROR + '键之后应为“:”',
    'json.expected_comma_brace': JSON_ERROR + '此处应为“,”或右花括号',
    'json.expected_comma_bracket': JSON_ERROR + '此处应为“,”或右方括号',
    'json.unterminated_string': JSON_ERROR + '字符串没有结束',
    'json.invalid_unicode_escape': JSON_ERROR + '无效的 \\u 转义序列',
    'json.invalid_escape': JSON_ERROR + '无效的转义序列',
    'json.control_char': JSON_ERROR + '字符串中含有控制字符',
    'json.invalid_number': JSON_ERROR + '无效的数字',
    'json.number_fraction': JSON_ERROR + '无效的数字，“.”之后应有数字',
    'json.number_exponent': JSON_ERROR + '无效的数字，指数部分应有数字',

    'key.forbidden': UNKNOWN + '：不允许使用（cal.com 会删除或忽略它，而且它可能在 JavaScript 代码中篡改原型）',
    'key.secret': UNKNOWN + '：客户端模型绝不接受机密信息',
    'key.unknown': UNKNOWN + '：cal.com 会静默丢弃它',
    'key.unknown.suggest': UNKNOWN + MEAN + '：cal.com 会静默丢弃它',
    'key.rejected': UNKNOWN + '：cal.com 在此处会拒绝未知的键',
    'key.rejected.suggest': UNKNOWN + MEAN + '：cal.com 在此处会拒绝未知的键',
    'key.stripped': UNKNOWN + '：cal.com 会丢弃它，且不报错',
    'key.stripped.suggest': UNKNOWN + MEAN + '：cal.com 会丢弃它，且不报错',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + '（位于 organization 中）' + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': '不是 IANA 时区：“{input}”',
    'time_zone.unknown.suggest': '不是 IANA 时区：“{input}”；您是指 {suggestions} 吗？',
    'time_zone.deprecated': '“{input}”是“{canonical}”已弃用的名称；它仍然可用，但建议改用规范名称',
    'time_zone.stored': 'cal.com 会将此时区保存为“{stored}”，而不是 IANA 写法“{canonical}”',
    'time_zone.absent':
      '未设置时区时，cal.com 会使用 Europe/London，且不会创建默认日程表：在有日程表之前，该用户无法被预约',
    'locale.unknown': '不是 cal.com 支持的语言区域',
    'locale.unknown.suggest': '不是 cal.com 支持的语言区域：您是指 {suggestions} 吗？',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '；您是指 {suggestion} 吗？',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '；请使用数字 {suggestion}（不加引号）',
    'time_format.nan': '应为数字 12 或 24，但收到的值不是数字',
    time_format: '时间格式必须为 12 或 24',
    'time_format.coerced': 'cal.com 会将字符串“{input}”转换为数字 {stored}',
    'schedule_id.integer': '日程表 ID 必须是整数',
    'schedule_id.too_small': '日程表 ID 不能小于 {minimum}',
    'schedule_id.too_big': '日程表 ID 不能大于 {maximum}',
    'schedule_id.unstorable': 'cal.com 接受此数字，但数据库无法将其保存为日程表 ID：请求会以 500 错误失败',
    'schedule_id.null': '没有默认日程表时，在设置日程表之前该用户无法被预约',
    'team_id.integer': '团队 ID 必须是整数',
    'team_id.too_small': '团队 ID 不能小于 {minimum}',
    'team_id.too_big': '团队 ID 不能大于 {maximum}',
    'booking_limit.integer': '预约上限必须是整数（预约次数）',
    'booking_limit.too_small': '预约上限不能小于 {minimum}；如不设上限，请发送 null',
    'booking_limit.too_big': '预约上限不能大于 {maximum}；如不设上限，请发送 null',
    'number.positive': '数字必须大于 {minimum}',
    'avatar_url.too_long': 'URL 最多 {maximum} 个字符',
    'avatar_url.invalid': '请输入完整的图片 URL（例如 https://example.com/me.png），而不是“{input}”',
    'avatar_url.no_scheme': 'URL 请以 https://（或 http://）开头：否则该地址会相对于显示头像的页面来解析',
    'avatar_url.credentials': '请删除 user:password@ 部分：它会随头像一起公开',
    'email.too_long': '电子邮件地址最多 {maximum} 个字符',
    'email.invalid': '请输入类似 name@example.com 的电子邮件地址，而不是“{input}”',
    'email.no_at': EMAIL + '中没有 @',
    'email.many_at': EMAIL + '中有多个 @',
    'email.local_length': EMAIL + '在 @ 之前需要 1 到 64 个字符',
    'email.local_char': EMAIL + '在 @ 之前含有不允许的字符',
    'email.local_dot': EMAIL + '在 @ 之前有位置不正确的点',
    'email.no_dot': EMAIL + '需要一个带点的域名，例如 example.com',
    'email.domain': EMAIL + '的域名无效',
    'email.tld': EMAIL + '需要由字母组成的顶级域名，例如 .com',
    'email.managed_user': "托管用户的电子邮件地址在 @ 之前带有 +'{clientId}'",
    lowercased: 'cal.com 会以小写形式保存：“{stored}”',
    'api_key.empty': '请输入您的 cal.com API 密钥（以 cal_ 开头）',
    'api_key.bearer': '请去掉 Bearer 一词，只填写密钥本身',
    'api_key.spaces': '密钥中含有空格或引号：请重新复制，不要带上它们',
    'api_key.chars': '密钥中含有 API 密钥或访问令牌中绝不会出现的字符',
    'api_key.truncated': '此 cal_ 密钥似乎不完整或已损坏：请在“设置 → 开发者 → API 密钥”中重新复制',
    'api_key.unknown': '既不是 API 密钥（以 cal_ 开头），也不是完整的访问令牌',
    'metadata.key_too_long': '元数据的键最多 {maximum} 个字符（UTF-16 码元）',
    'metadata.too_many_keys': '元数据最多有 {maximum} 个键；此处有 {count} 个',
    'metadata.value_too_long': '元数据的值最多 {maximum} 个字符（UTF-16 码元）；此值有 {count} 个',
    'metadata.duplicate_key': '此键在 JSON 请求体中出现了多次；只会保留最后一个值',
    'metadata.constructor': '键“{input}”会导致 cal.com 在校验之前就以 500 错误失败；请重命名',
    'metadata.forbidden':
      '不允许使用键“{input}”：cal.com 会静默丢弃它，而且 JavaScript 代码可能会把它当作原型的一部分读取；请重命名',
    'metadata.stripped': 'cal.com 会丢弃键“{input}”，且不报错',
    'metadata.inexact_number': 'JavaScript 无法精确表示此数字（过大、精度过高或超出范围）：请以字符串形式发送',
    'metadata.infinite': 'cal.com 会将此数字保存为 null：JSON 无法表示无穷大',
    one_of: '应为 {values} 之一，但收到的是“{input}”',
    brand_color: '请使用十六进制颜色：#RGB、#RGBA、#RRGGBB 或 #RRGGBBAA',
    'zod.too_short': '字符串至少需要包含 {minimum} 个字符',
    'zod.too_long': '字符串最多只能包含 {maximum} 个字符',
    'zod.invalid': '无效',
    iso_date: '应为 ISO 8601 格式的日期（例如 2024-05-01T09:30:00Z），但收到的是“{input}”',
  },

  // After "应为": the kind of value.
  expected: {
    string: '字符串',
    number: '数字',
    integer: '整数',
    boolean: '布尔值',
    object: '对象',
    value: '一个值',
    'non-null value': '非 null 的值',
    'string, number or boolean': '字符串、数字或布尔值',
    'number JavaScript holds exactly': 'JavaScript 能精确表示的数字',
  },
  // After "但收到的是".
  received: {
    null: 'null',
    boolean: '布尔值',
    number: '数字',
    string: '字符串',
    array: '数组',
    object: '对象',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'Symbol 值',
    function: '函数',
    Date: 'Date 对象',
    Map: 'Map 对象',
    Set: 'Set 对象',
    RegExp: '正则表达式',
    'class instance': '类实例',
    'unreadable value': '无法读取的值',
  },
});
