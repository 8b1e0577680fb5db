// ไทย. Polite, neutral UI style: requests with "โปรด …", no personal pronoun, no ครับ/ค่ะ, as
// software interfaces in Thai usually do; quotation marks “…” (CLDR th). No spaces between words,
// a space between phrases and around Latin text and numbers.
// The term tables start with a Thai word ("ค่า null", "ออบเจ็กต์ Date") so that they join the
// template ("ต้องเป็น{expected}") without a space, as Thai writes them.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้อง (ไบต์ที่ {position}): ';
const EMAIL = 'โปรดป้อนที่อยู่อีเมล เช่น name@example.com: “{input}” ';
const UNKNOWN = 'คีย์ที่ไม่รู้จัก “{input}”';
const MEAN = ' (หมายถึง {suggestion} ใช่หรือไม่)';
const COMPAT = 'cal.com ยอมรับ null ตรงนี้ แต่';
const NOT_NULL_COLUMN =
  'ฟิลด์ {field} เป็น null ไม่ได้: คอลัมน์นี้เป็น NOT NULL ดังนั้น cal.com จะล้มเหลวด้วยข้อผิดพลาด 500';
const NOT_NULL_TIME_FORMAT =
  'ฟิลด์ {field} เป็น null ไม่ได้: cal.com จะบันทึกค่า null นั้น และคำขอ GET /v2/me ทุกครั้งหลังจากนั้นจะล้มเหลว';
const NOT_NULL_METADATA =
  "ฟิลด์ {field} เป็น null ไม่ได้: ฐานข้อมูลปฏิเสธค่า null ของ JSON (ข้อผิดพลาด 500) หากต้องการล้างค่า โปรดส่ง '{}'";
const WEEK_START =
  'วันเริ่มต้นสัปดาห์ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {values} (เป็นภาษาอังกฤษและขึ้นต้นด้วยตัวพิมพ์ใหญ่)';
const TIME_FORMAT_STRING = 'ต้องเป็นตัวเลข 12 หรือ 24 แต่ได้รับสตริง “{input}”';
const MODEL = ': ไม่มีในโมเดลเวอร์ชันนี้ จึงไม่ถูกรวมไว้ใน data (cal.com อาจเพิ่งเพิ่มคีย์นี้)';
const DYNAMIC_NULL =
  'ค่า null ในฟิลด์ {field} จะถูกบันทึกไว้ แล้ว cal.com จะอ่านค่านั้นเป็น false (การจองกลุ่มแบบไดนามิกจะถูกปิด) โปรดส่ง true หรือ false';

export default catalog('th', {
  messages: {
    type: 'ต้องเป็น{expected} แต่ได้รับ{received}',
    'type.integer': 'ต้องเป็นจำนวนเต็ม',
    'type.array_body':
      'ต้องเป็น{expected} แต่ได้รับ{received} (cal.com ไม่ตรวจสอบเนื้อหาคำขอที่เป็นอาร์เรย์ แล้วจึงล้มเหลวด้วยข้อผิดพลาด 500)',
    unreadable: 'อ่านค่านี้ไม่ได้: getter หรือ trap ของ Proxy โยนข้อผิดพลาดออกมา',
    'unreadable.body': 'อ่านเนื้อหาคำขอไม่ได้: getter หรือ trap ของ Proxy โยนข้อผิดพลาดออกมา',
    'unicode.lone_surrogate':
      'ข้อความมี surrogate ของ UTF-16 ที่ไม่มีคู่ (อาจเป็นอีโมจิครึ่งตัว?) ซึ่งจะถูกบันทึกเป็น \ufffd',
    required: 'จำเป็นต้องระบุ: ไม่มี {field}',
    duplicate_key: 'คีย์นี้ปรากฏมากกว่าหนึ่งครั้งในเนื้อหาคำขอ ระบบจะใช้เฉพาะค่าสุดท้าย',
    base_url: 'baseUrl ต้องเป็น URL แบบ http(s) เช่น https://api.cal.com',
    more: '(และอีก {count} รายการ)',

    'body.too_large':
      'เนื้อหาคำขอในรูปแบบ JSON มีขนาด {count} ไบต์ แต่ cal.com จะปฏิเสธเนื้อหาที่เกิน {maximum} ไบต์ (100 kB) ด้วยรหัส 413',
    'json.not_utf8': JSON_ERROR + 'ข้อความไม่ใช่ UTF-8 ที่ถูกต้อง',
    'json.trailing': JSON_ERROR + 'มีข้อความที่ไม่คาดคิดต่อท้ายค่า JSON',
    'json.unexpected_char': JSON_ERROR + 'พบอักขระที่ไม่คาดคิด',
    'json.unexpected_end': JSON_ERROR + 'ข้อมูลสิ้นสุดก่อนกำหนด',
    'json.invalid_literal': JSON_ERROR + 'ค่าลิเทอรัลไม่ถูกต้อง',
    'json.unknown_tag': JSON_ERROR + 'แท็กค่าที่ไม่รู้จัก',
    'json.expected_key': JSON_ERROR + 'ต้องมีคีย์ที่อยู่ในเครื่องหมายคำพูด',
    'json.expected_colon': JSON_ERROR + "ต้องมี ':' หลังคีย์",
    'json.expected_comma_brace': JSON_ERROR + "ต้องมี ',' หรือวงเล็บปีกกาปิด",
    'json.expected_comma_bracket': JSON_ERROR + "ต้องมี ',' หรือวงเล็บเหลี่ยมปิด",
    'json.unterminated_string': JSON_ERROR + 'สตริงไม่ได้ปิดท้าย',
    'json.invalid_unicode_escape': JSON_ERROR + 'ลำดับ escape \\u ไม่ถูกต้อง',
    'json.invalid_escape': JSON_ERROR + 'ลำดับ escape ไม่ถูกต้อง',
    'json.control_char': JSON_ERROR + 'มีอักขระควบคุมอยู่ในสตริง',
    'json.invalid_number': JSON_ERROR + 'ตัวเลขไม่ถูกต้อง',
    'json.number_fraction': JSON_ERROR + "ตัวเลขไม่ถูกต้อง: ต้องมีหลักตัวเลขหลัง '.'",
    'json.number_exponent': JSON_ERROR + 'ตัวเลขไม่ถูกต้อง: ส่วนเลขชี้กำลังต้องมีหลักตัวเลข',

    'key.forbidden':
      UNKNOWN + ': ไม่อนุญาต (cal.com จะลบหรือเพิกเฉยต่อคีย์นี้ และในโค้ด JavaScript คีย์นี้อาจเปลี่ยนแปลง prototype ได้)',
    'key.secret': UNKNOWN + ': โมเดลฝั่งไคลเอ็นต์ไม่รับข้อมูลลับในทุกกรณี',
    'key.unknown': UNKNOWN + ': cal.com จะทิ้งคีย์นี้โดยไม่แจ้งให้ทราบ',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com จะทิ้งคีย์นี้โดยไม่แจ้งให้ทราบ',
    'key.rejected': UNKNOWN + ': cal.com ปฏิเสธคีย์ที่ไม่รู้จักในตำแหน่งนี้',
    'key.rejected.suggest': UNKNOWN + MEAN + ': cal.com ปฏิเสธคีย์ที่ไม่รู้จักในตำแหน่งนี้',
    'key.stripped': UNKNOWN + ': cal.com ทิ้งคีย์นี้โดยไม่แสดงข้อผิดพลาด',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com ทิ้งคีย์นี้โดยไม่แสดงข้อผิดพลาด',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' ใน organization' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'ไม่ใช่เขตเวลาของ IANA: “{input}”',
    'time_zone.unknown.suggest': 'ไม่ใช่เขตเวลาของ IANA: “{input}” หมายถึง {suggestions} ใช่หรือไม่',
    'time_zone.deprecated':
      '“{input}” เป็นชื่อเก่าที่เลิกใช้แล้วของ “{canonical}” ชื่อนี้ยังใช้งานได้อยู่ แต่ควรใช้ชื่อมาตรฐานแทน',
    'time_zone.stored': 'cal.com บันทึกเขตเวลานี้เป็น “{stored}” ไม่ใช่ตามการสะกดของ IANA ซึ่งคือ “{canonical}”',
    'time_zone.absent':
      'หากไม่มีเขตเวลา cal.com จะใช้ Europe/London และไม่สร้างตารางเวลาเริ่มต้น จึงไม่มีใครจองเวลากับผู้ใช้นี้ได้จนกว่าจะมีตารางเวลา',
    'locale.unknown': 'cal.com ไม่รองรับภาษานี้',
    'locale.unknown.suggest': 'cal.com ไม่รองรับภาษานี้ หมายถึง {suggestions} ใช่หรือไม่',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + ' หมายถึง {suggestion} ใช่หรือไม่',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ' โปรดใช้ตัวเลข {suggestion} (ไม่ต้องมีเครื่องหมายคำพูด)',
    'time_format.nan': 'ต้องเป็นตัวเลข 12 หรือ 24 แต่ได้รับค่าที่ไม่ใช่ตัวเลข',
    time_format: 'รูปแบบเวลาต้องเป็น 12 หรือ 24',
    'time_format.coerced': 'cal.com แปลงสตริง “{input}” เป็นตัวเลข {stored}',
    'schedule_id.integer': 'ID ตารางเวลาต้องเป็นจำนวนเต็ม',
    'schedule_id.too_small': 'ID ตารางเวลาต้องมีค่าตั้งแต่ {minimum} ขึ้นไป',
    'schedule_id.too_big': 'ID ตารางเวลาต้องมีค่าไม่เกิน {maximum}',
    'schedule_id.unstorable':
      'cal.com ยอมรับตัวเลขนี้ แต่ฐานข้อมูลบันทึกเป็น ID ตารางเวลาไม่ได้ คำขอจึงล้มเหลวด้วยข้อผิดพลาด 500',
    'schedule_id.null': 'หากไม่มีตารางเวลาเริ่มต้น จะไม่มีใครจองเวลากับผู้ใช้นี้ได้จนกว่าจะตั้งค่าตารางเวลา',
    'booking_limit.integer': 'ขีดจำกัดการจองต้องเป็นจำนวนเต็ม',
    'booking_limit.too_small': 'ขีดจำกัดการจองต้องมีค่าตั้งแต่ {minimum} ขึ้นไป หากไม่ต้องการจำกัด โปรดส่ง null',
    'booking_limit.too_big': 'ขีดจำกัดการจองต้องมีค่าไม่เกิน {maximum} หากไม่ต้องการจำกัด โปรดส่ง null',
    'team_id.integer': 'ID ทีมต้องเป็นจำนวนเต็ม',
    'team_id.too_small': 'ID ทีมต้องมีค่าตั้งแต่ {minimum} ขึ้นไป',
    'team_id.too_big': 'ID ทีมต้องมีค่าไม่เกิน {maximum}',
    'number.positive': 'ตัวเลขต้องมากกว่า {minimum}',
    'avatar_url.too_long': 'URL ยาวได้ไม่เกิน {maximum} อักขระ',
    'avatar_url.invalid': 'โปรดป้อน URL รูปภาพแบบเต็ม เช่น https://example.com/me.png แทน “{input}”',
    'avatar_url.no_scheme':
      'โปรดขึ้นต้น URL ด้วย https:// (หรือ http://) มิฉะนั้นที่อยู่จะถูกตีความโดยอ้างอิงจากหน้าที่แสดงรูปโปรไฟล์',
    'avatar_url.credentials': 'โปรดลบส่วน user:password@ ออก เพราะส่วนนี้จะถูกเผยแพร่ไปพร้อมกับรูปโปรไฟล์',
    'email.too_long': 'ที่อยู่อีเมลยาวได้ไม่เกิน {maximum} อักขระ',
    'email.invalid': 'โปรดป้อนที่อยู่อีเมล เช่น name@example.com แทน “{input}”',
    'email.no_at': EMAIL + 'ไม่มี @',
    'email.many_at': EMAIL + 'มี @ มากกว่าหนึ่งตัว',
    'email.local_length': EMAIL + 'ต้องมี 1 ถึง 64 อักขระก่อน @',
    'email.local_char': EMAIL + 'มีอักขระที่ไม่อนุญาตอยู่ก่อน @',
    'email.local_dot': EMAIL + 'มีจุดอยู่ผิดตำแหน่งก่อน @',
    'email.no_dot': EMAIL + 'ต้องมีโดเมนที่มีจุด เช่น example.com',
    'email.domain': EMAIL + 'มีโดเมนที่ไม่ถูกต้อง',
    'email.tld': EMAIL + 'ต้องมีโดเมนระดับบนสุดที่เป็นตัวอักษร เช่น .com',
    'email.managed_user': "อีเมลของผู้ใช้ที่มีการจัดการจะมี +'{clientId}' อยู่ก่อน @",
    lowercased: 'cal.com บันทึกค่านี้เป็นตัวพิมพ์เล็ก: “{stored}”',
    'api_key.empty': 'โปรดป้อนคีย์ API ของ cal.com (ขึ้นต้นด้วย cal_)',
    'api_key.bearer': 'โปรดตัดคำว่า Bearer ออก และใส่เฉพาะคีย์',
    'api_key.spaces': 'คีย์มีช่องว่างหรือเครื่องหมายคำพูด โปรดคัดลอกใหม่โดยไม่ให้มีอักขระเหล่านี้',
    'api_key.chars': 'คีย์มีอักขระที่ไม่มีทางปรากฏในคีย์ API หรือโทเค็นการเข้าถึง',
    'api_key.truncated':
      'คีย์ cal_ นี้ดูเหมือนถูกตัดหรือเสียหาย โปรดคัดลอกใหม่จากเมนู การตั้งค่า → นักพัฒนา → คีย์ API',
    'api_key.unknown': 'ไม่ใช่คีย์ API (ซึ่งขึ้นต้นด้วย cal_) และไม่ใช่โทเค็นการเข้าถึงแบบเต็ม',
    'metadata.key_too_long': 'คีย์ของเมตาดาตายาวได้ไม่เกิน {maximum} อักขระ (หน่วยโค้ด UTF-16)',
    'metadata.too_many_keys': 'เมตาดาตามีคีย์ได้ไม่เกิน {maximum} คีย์ แต่ที่ส่งมามี {count} คีย์',
    'metadata.value_too_long':
      'ค่าของเมตาดาตายาวได้ไม่เกิน {maximum} อักขระ (หน่วยโค้ด UTF-16) แต่ค่านี้มี {count} อักขระ',
    'metadata.duplicate_key': 'คีย์นี้ปรากฏมากกว่าหนึ่งครั้งในเนื้อหา JSON ระบบจะเก็บไว้เฉพาะค่าสุดท้าย',
    'metadata.constructor': 'คีย์ “{input}” ทำให้ cal.com ล้มเหลวด้วยข้อผิดพลาด 500 ตั้งแต่ก่อนการตรวจสอบ โปรดเปลี่ยนชื่อคีย์',
    'metadata.forbidden':
      'ไม่อนุญาตให้ใช้คีย์ “{input}”: cal.com จะทิ้งคีย์นี้โดยไม่แจ้งให้ทราบ และโค้ด JavaScript อาจอ่านคีย์นี้เป็นส่วนหนึ่งของ prototype โปรดเปลี่ยนชื่อคีย์',
    'metadata.stripped': 'cal.com ทิ้งคีย์ “{input}” โดยไม่แสดงข้อผิดพลาด',
    'metadata.inexact_number':
      'JavaScript เก็บตัวเลขนี้อย่างแม่นยำไม่ได้ (ใหญ่เกินไป มีทศนิยมละเอียดเกินไป หรืออยู่นอกช่วง) โปรดส่งเป็นสตริง',
    'metadata.infinite': 'cal.com บันทึกตัวเลขนี้เป็น null เพราะ JSON เก็บจำนวนอนันต์ไม่ได้',
    one_of: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {values} แต่ได้รับ “{input}”',
    brand_color: 'โปรดใช้สีแบบเลขฐานสิบหก: #RGB, #RGBA, #RRGGBB หรือ #RRGGBBAA',
    'zod.too_short': 'สตริงต้องมีอย่างน้อย {minimum} อักขระ',
    'zod.too_long': 'สตริงต้องมีไม่เกิน {maximum} อักขระ',
    'zod.invalid': 'ไม่ถูกต้อง',
    iso_date: 'ต้องเป็นวันที่ตาม ISO 8601 เช่น 2024-05-01T09:30:00Z แต่ได้รับ “{input}”',
  },

  // After "ต้องเป็น" (no space): a noun phrase starting with a Thai word.
  expected: {
    string: 'สตริง',
    number: 'ตัวเลข',
    integer: 'จำนวนเต็ม',
    boolean: 'ค่าบูลีน',
    object: 'ออบเจ็กต์',
    value: 'ค่าใดค่าหนึ่ง',
    'non-null value': 'ค่าที่ไม่ใช่ null',
    'string, number or boolean': 'สตริง ตัวเลข หรือค่าบูลีน',
    'number JavaScript holds exactly': 'ตัวเลขที่ JavaScript เก็บได้อย่างแม่นยำ',
  },
  // After "ได้รับ" (no space): the kind of value, starting with a Thai word.
  received: {
    null: 'ค่า null',
    boolean: 'ค่าบูลีน',
    number: 'ตัวเลข',
    string: 'สตริง',
    array: 'อาร์เรย์',
    object: 'ออบเจ็กต์',
    undefined: 'ค่า undefined',
    NaN: 'ค่า NaN',
    Infinity: 'ค่า Infinity',
    '-Infinity': 'ค่า -Infinity',
    bigint: 'จำนวนเต็ม BigInt',
    symbol: 'ค่า Symbol',
    function: 'ฟังก์ชัน',
    Date: 'ออบเจ็กต์ Date',
    Map: 'ออบเจ็กต์ Map',
    Set: 'ออบเจ็กต์ Set',
    RegExp: 'นิพจน์ปกติ (RegExp)',
    'class instance': 'อินสแตนซ์ของคลาส',
    'unreadable value': 'ค่าที่อ่านไม่ได้',
  },
});
