// Tiếng Việt. Polite, neutral UI style: no personal pronoun, requests with "Vui lòng …" or
// "Hãy …", statements in plain form, as software interfaces in Vietnamese usually do; quotation
// marks “…” (CLDR vi).
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Phần thân yêu cầu không phải JSON hợp lệ (byte {position}): ';
const EMAIL = 'Vui lòng nhập địa chỉ email dạng name@example.com: “{input}” ';
const UNKNOWN = 'Khóa không xác định “{input}”';
const MEAN = ' (có phải là {suggestion} không?)';
const COMPAT = 'cal.com chấp nhận null ở đây, nhưng ';
const NOT_NULL_COLUMN =
  'không được là null: cột này có ràng buộc NOT NULL nên cal.com sẽ thất bại với lỗi 500';
const NOT_NULL_TIME_FORMAT =
  'không được là null: cal.com sẽ lưu giá trị null và mọi yêu cầu GET /v2/me sau đó đều thất bại';
const NOT_NULL_METADATA =
  "không được là null: cơ sở dữ liệu từ chối null của JSON (lỗi 500); hãy gửi '{}' để xóa trống";
const WEEK_START =
  'Ngày bắt đầu tuần phải là một trong các giá trị {values} (bằng tiếng Anh, viết hoa chữ cái đầu)';
const TIME_FORMAT_STRING = 'Cần số 12 hoặc 24, nhưng nhận được chuỗi “{input}”';
const MODEL =
  ': không có trong phiên bản này của mô hình nên bị loại khỏi data (có thể cal.com vừa thêm khóa này)';
const DYNAMIC_NULL =
  'sẽ được lưu, rồi cal.com đọc giá trị đó là false (tắt đặt lịch nhóm động): hãy gửi true hoặc false';

export default catalog('vi', {
  messages: {
    type: 'Cần {expected}, nhưng nhận được {received}',
    'type.integer': 'Cần một số nguyên',
    'type.array_body':
      'Cần {expected}, nhưng nhận được {received} (cal.com không kiểm tra phần thân yêu cầu ở dạng mảng, rồi thất bại với lỗi 500)',
    unreadable: 'Không đọc được giá trị này: một getter hoặc trap của Proxy đã ném ra lỗi',
    'unreadable.body': 'Không đọc được phần thân yêu cầu: một getter hoặc trap của Proxy đã ném ra lỗi',
    'unicode.lone_surrogate':
      'Văn bản chứa một surrogate UTF-16 đơn lẻ (nửa của một emoji?); ký tự này sẽ bị lưu thành \ufffd',
    required: 'Bắt buộc: thiếu {field}',
    duplicate_key: 'Khóa này xuất hiện nhiều lần trong phần thân yêu cầu; chỉ giá trị cuối cùng được tính',
    base_url: 'baseUrl phải là một URL http(s), ví dụ https://api.cal.com',
    more: '(+{count} lỗi khác)',

    'body.too_large':
      'Phần thân yêu cầu có kích thước {count} byte ở dạng JSON; cal.com từ chối phần thân lớn hơn {maximum} byte (100 kB) bằng lỗi 413',
    'json.not_utf8': JSON_ERROR + 'văn bản không phải UTF-8 hợp lệ',
    'json.trailing': JSON_ERROR + 'có văn bản không mong đợi sau giá trị JSON',
    'json.unexpected_char': JSON_ERROR + 'ký tự không mong đợi',
    'json.unexpected_end': JSON_ERROR + 'dữ liệu kết thúc đột ngột',
    'json.invalid_literal': JSON_ERROR + 'literal không hợp lệ',
    'json.unknown_tag': JSON_ERROR + 'thẻ giá trị không xác định',
    'json.expected_key': JSON_ERROR + 'cần một khóa nằm trong dấu ngoặc kép',
    'json.expected_colon': JSON_ERROR + "cần ':' sau khóa",
    'json.expected_comma_brace': JSON_ERROR + "cần ',' hoặc dấu ngoặc nhọn đóng",
    'json.expected_comma_bracket': JSON_ERROR + "cần ',' hoặc dấu ngoặc vuông đóng",
    'json.unterminated_string': JSON_ERROR + 'chuỗi chưa được đóng',
    'json.invalid_unicode_escape': JSON_ERROR + 'chuỗi thoát \\u không hợp lệ',
    'json.invalid_escape': JSON_ERROR + 'chuỗi thoát không hợp lệ',
    'json.control_char': JSON_ERROR + 'có ký tự điều khiển trong chuỗi',
    'json.invalid_number': JSON_ERROR + 'số không hợp lệ',
    'json.number_fraction': JSON_ERROR + "số không hợp lệ: cần có chữ số sau '.'",
    'json.number_exponent': JSON_ERROR + 'số không hợp lệ: phần số mũ cần có chữ số',

    'key.forbidden':
      UNKNOWN + ': không được phép (cal.com xóa hoặc bỏ qua khóa này, và trong mã JavaScript nó có thể làm thay đổi prototype)',
    'key.secret': UNKNOWN + ': mô hình phía máy khách không bao giờ nhận thông tin bí mật',
    'key.unknown': UNKNOWN + ': cal.com sẽ âm thầm loại bỏ khóa này',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com sẽ âm thầm loại bỏ khóa này',
    'key.rejected': UNKNOWN + ': cal.com từ chối các khóa không xác định ở đây',
    'key.rejected.suggest': UNKNOWN + MEAN + ': cal.com từ chối các khóa không xác định ở đây',
    'key.stripped': UNKNOWN + ': cal.com loại bỏ khóa này mà không báo lỗi',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com loại bỏ khóa này mà không báo lỗi',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' trong organization' + MODEL,

    'null.column': 'Trường {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + 'trường {field} ' + NOT_NULL_COLUMN,
    'null.time_format': 'Trường {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + 'trường {field} ' + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Trường {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + 'trường {field} ' + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Giá trị null của trường {field} ' + DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + 'giá trị null của trường {field} ' + DYNAMIC_NULL,

    'time_zone.unknown': 'Không phải múi giờ IANA: “{input}”',
    'time_zone.unknown.suggest': 'Không phải múi giờ IANA: “{input}”; có phải là {suggestions} không?',
    'time_zone.deprecated':
      '“{input}” là tên cũ (đã lỗi thời) của “{canonical}”; tên này vẫn dùng được, nhưng nên dùng tên chuẩn',
    'time_zone.stored': 'cal.com lưu múi giờ này thành “{stored}”, chứ không theo cách viết của IANA là “{canonical}”',
    'time_zone.absent':
      'Khi không có múi giờ, cal.com dùng Europe/London và không tạo lịch trình mặc định: không ai đặt lịch được với người dùng này cho đến khi có lịch trình',
    'locale.unknown': 'cal.com không hỗ trợ ngôn ngữ này',
    'locale.unknown.suggest': 'cal.com không hỗ trợ ngôn ngữ này; có phải là {suggestions} không?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; có phải là {suggestion} không?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; hãy dùng số {suggestion} (không có dấu ngoặc kép)',
    'time_format.nan': 'Cần số 12 hoặc 24, nhưng nhận được một giá trị không phải là số',
    time_format: 'Định dạng giờ phải là 12 hoặc 24',
    'time_format.coerced': 'cal.com chuyển chuỗi “{input}” thành số {stored}',
    'schedule_id.integer': 'ID lịch trình phải là số nguyên',
    'schedule_id.too_small': 'ID lịch trình phải từ {minimum} trở lên',
    'schedule_id.too_big': 'ID lịch trình tối đa là {maximum}',
    'schedule_id.unstorable':
      'cal.com chấp nhận số này, nhưng cơ sở dữ liệu không thể lưu nó làm ID lịch trình: yêu cầu thất bại với lỗi 500',
    'schedule_id.null':
      'Khi không có lịch trình mặc định, không ai đặt lịch được với người dùng này cho đến khi một lịch trình được thiết lập',
    'booking_limit.integer': 'Giới hạn đặt lịch phải là số nguyên',
    'booking_limit.too_small': 'Giới hạn đặt lịch phải từ {minimum} trở lên; hãy gửi null nếu không muốn giới hạn',
    'booking_limit.too_big': 'Giới hạn đặt lịch tối đa là {maximum}; hãy gửi null nếu không muốn giới hạn',
    'team_id.integer': 'ID nhóm phải là số nguyên',
    'team_id.too_small': 'ID nhóm phải từ {minimum} trở lên',
    'team_id.too_big': 'ID nhóm tối đa là {maximum}',
    'number.positive': 'Số phải lớn hơn {minimum}',
    'avatar_url.too_long': 'URL chỉ được có tối đa {maximum} ký tự',
    'avatar_url.invalid': 'Vui lòng nhập URL hình ảnh đầy đủ, ví dụ https://example.com/me.png, thay vì “{input}”',
    'avatar_url.no_scheme':
      'Hãy bắt đầu URL bằng https:// (hoặc http://): nếu không, địa chỉ sẽ được hiểu là tương đối so với trang hiển thị ảnh đại diện',
    'avatar_url.credentials': 'Hãy xóa phần user:password@: phần này sẽ bị công khai cùng ảnh đại diện',
    'email.too_long': 'Địa chỉ email chỉ được có tối đa {maximum} ký tự',
    'email.invalid': 'Vui lòng nhập địa chỉ email dạng name@example.com, thay vì “{input}”',
    'email.no_at': EMAIL + 'không có @',
    'email.many_at': EMAIL + 'có nhiều hơn một @',
    'email.local_length': EMAIL + 'cần từ 1 đến 64 ký tự trước @',
    'email.local_char': EMAIL + 'có ký tự không được phép trước @',
    'email.local_dot': EMAIL + 'có dấu chấm đặt sai vị trí trước @',
    'email.no_dot': EMAIL + 'cần một tên miền có dấu chấm, như example.com',
    'email.domain': EMAIL + 'có tên miền không hợp lệ',
    'email.tld': EMAIL + 'cần tên miền cấp cao nhất gồm các chữ cái, như .com',
    'email.managed_user': "Email của người dùng được quản lý có +'{clientId}' trước @",
    lowercased: 'cal.com lưu giá trị này ở dạng chữ thường: “{stored}”',
    'api_key.empty': 'Vui lòng nhập khóa API cal.com (bắt đầu bằng cal_)',
    'api_key.bearer': 'Hãy bỏ từ Bearer: chỉ nhập riêng khóa',
    'api_key.spaces': 'Khóa có chứa khoảng trắng hoặc dấu ngoặc kép: hãy sao chép lại mà không có chúng',
    'api_key.chars': 'Khóa chứa ký tự mà khóa API hoặc mã truy cập (access token) không bao giờ có',
    'api_key.truncated':
      'Khóa cal_ này có vẻ bị cắt ngắn hoặc bị hỏng: hãy sao chép lại từ Cài đặt → Nhà phát triển → Khóa API',
    'api_key.unknown': 'Không phải khóa API (khóa API bắt đầu bằng cal_), cũng không phải mã truy cập đầy đủ',
    'metadata.key_too_long': 'Khóa siêu dữ liệu chỉ được có tối đa {maximum} ký tự (đơn vị mã UTF-16)',
    'metadata.too_many_keys': 'Siêu dữ liệu chỉ được có tối đa {maximum} khóa; ở đây có {count}',
    'metadata.value_too_long':
      'Giá trị siêu dữ liệu chỉ được có tối đa {maximum} ký tự (đơn vị mã UTF-16); giá trị này có {count}',
    'metadata.duplicate_key': 'Khóa này xuất hiện nhiều lần trong phần thân JSON; chỉ giá trị cuối cùng được giữ lại',
    'metadata.constructor': 'Khóa “{input}” khiến cal.com thất bại với lỗi 500 trước cả khi kiểm tra; hãy đổi tên khóa',
    'metadata.forbidden':
      'Khóa “{input}” không được phép: cal.com sẽ âm thầm loại bỏ nó, và mã JavaScript có thể đọc nó như một phần của prototype; hãy đổi tên khóa',
    'metadata.stripped': 'Khóa “{input}” bị cal.com loại bỏ mà không báo lỗi',
    'metadata.inexact_number':
      'JavaScript không thể biểu diễn chính xác số này (quá lớn, quá nhiều chữ số hoặc nằm ngoài phạm vi): hãy gửi nó dưới dạng chuỗi',
    'metadata.infinite': 'cal.com lưu số này thành null: JSON không thể biểu diễn số vô hạn',
    one_of: 'Cần một trong các giá trị {values}, nhưng nhận được “{input}”',
    brand_color: 'Hãy dùng mã màu hex: #RGB, #RGBA, #RRGGBB hoặc #RRGGBBAA',
    'zod.too_short': 'Chuỗi phải chứa ít nhất {minimum} ký tự',
    'zod.too_long': 'Chuỗi chỉ được chứa tối đa {maximum} ký tự',
    'zod.invalid': 'Không hợp lệ',
    iso_date: 'Cần một ngày theo ISO 8601, ví dụ 2024-05-01T09:30:00Z, nhưng nhận được “{input}”',
  },

  // After "Cần …": a noun phrase with its classifier.
  expected: {
    string: 'một chuỗi',
    number: 'một số',
    integer: 'một số nguyên',
    boolean: 'một giá trị boolean',
    object: 'một đối tượng',
    value: 'một giá trị',
    'non-null value': 'một giá trị khác null',
    'string, number or boolean': 'một chuỗi, số hoặc giá trị boolean',
    'number JavaScript holds exactly': 'một số mà JavaScript biểu diễn được chính xác',
  },
  // After "nhận được": the kind of value alone.
  received: {
    null: 'null',
    boolean: 'giá trị boolean',
    number: 'số',
    string: 'chuỗi',
    array: 'mảng',
    object: 'đối tượng',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'số BigInt',
    symbol: 'giá trị Symbol',
    function: 'hàm',
    Date: 'đối tượng Date',
    Map: 'đối tượng Map',
    Set: 'đối tượng Set',
    RegExp: 'biểu thức chính quy',
    'class instance': 'thực thể của một lớp',
    'unreadable value': 'giá trị không đọc được',
  },
});
