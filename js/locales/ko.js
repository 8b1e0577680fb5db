// 한국어. Formal polite style (합니다, with 하세요 for instructions), as cal.com's Korean interface;
// "…" quotes as cal.com's Korean strings use them. Particles never follow an argument whose last
// sound is unknown (a key, a time zone, input): sentences are built around them ("…" 키는,
// 받은 값은 "…"입니다), or use the written alternation 을(를) where Korean UIs do.
// Korean has one plural form (other): counts need no plural construct.

import { catalog } from './format.js';

const JSON_ERROR = '요청 본문이 올바른 JSON이 아닙니다({position}번째 바이트): ';
const EMAIL = 'name@example.com과 같은 이메일 주소를 입력하세요. "{input}"';
const UNKNOWN = '알 수 없는 키 "{input}"';
const MEAN = ' (혹시 {suggestion}인가요?)';
const COMPAT = 'cal.com은 여기서 null을 허용하지만, ';
const NOT_NULL = '{field} 값은 null일 수 없습니다: ';
const COLUMN = NOT_NULL + '열이 NOT NULL이므로 cal.com이 500 오류로 실패합니다';
const TIME_FORMAT_NULL = NOT_NULL + 'cal.com이 null을 저장하고, 이후의 모든 GET /v2/me 요청이 실패합니다';
const METADATA_NULL = NOT_NULL + "데이터베이스가 JSON null을 거부합니다(500 오류). 비우려면 '{}'(빈 객체)를 보내세요";
const WEEK_START = '주 시작 요일은 {values} 중 하나여야 합니다(영어로, 첫 글자는 대문자)';
const TIME_FORMAT_STRING = '숫자 12 또는 24가 필요하지만 받은 값은 문자열 "{input}"입니다';
const MODEL = ': 이 버전의 모델에 없는 키이므로 data에서 제외됩니다(cal.com이 추가한 키일 수 있습니다)';
const DYNAMIC_NULL = '{field} 값이 null이면 그대로 저장되고, cal.com은 이를 false(동적 그룹 예약 꺼짐)로 읽습니다. true 또는 false를 보내세요';

export default catalog('ko', {
  messages: {
    type: '필요한 값은 {expected}이지만 받은 값은 {received}입니다',
    'type.integer': '정수가 필요합니다',
    'type.array_body':
      '필요한 값은 {expected}이지만 받은 값은 {received}입니다(cal.com은 배열 형태의 요청 본문을 검증하지 않고, 이후 500 오류로 실패합니다)',
    unreadable: '이 값을 읽을 수 없습니다. getter 또는 Proxy 트랩에서 오류가 발생했습니다',
    'unreadable.body': '요청 본문을 읽을 수 없습니다. getter 또는 Proxy 트랩에서 오류가 발생했습니다',
    'unicode.lone_surrogate':
      '텍스트에 짝이 없는 UTF-16 서로게이트가 있습니다(이모지의 절반일까요?). 이대로라면 \ufffd 문자로 저장됩니다',
    required: '필수 항목: {field} 값이 없습니다',
    duplicate_key: '이 키가 요청 본문에 두 번 이상 나옵니다. 마지막 값만 사용됩니다',
    base_url: 'baseUrl은 https://api.cal.com과 같은 http(s) URL이어야 합니다',
    more: '(외 {count}건)',

    'body.too_large':
      '요청 본문이 JSON으로 {count}바이트입니다. cal.com은 {maximum}바이트(100 kB)를 넘는 본문을 413 오류로 거부합니다',
    'json.not_utf8': JSON_ERROR + '올바른 UTF-8이 아닙니다',
    'json.trailing': JSON_ERROR + 'JSON 값 뒤에 예상치 못한 텍스트가 있습니다',
    'json.unexpected_char': JSON_ERROR + '예상치 못한 문자가 있습니다',
    'json.unexpected_end': JSON_ERROR + '입력이 예상보다 일찍 끝났습니다',
    'json.invalid_literal': JSON_ERROR + '잘못된 리터럴입니다',
    'json.unknown_tag': JSON_ERROR + '알 수 없는 값 태그입니다',
    'json.expected_key': JSON_ERROR + '따옴표로 묶은 키가 와야 합니다',
    'json.expected_colon': JSON_ERROR + '키 뒤에 콜론(:)이 와야 합니다',
    'json.expected_comma_brace': JSON_ERROR + '쉼표(,) 또는 닫는 중괄호가 와야 합니다',
    'json.expected_comma_bracket': JSON_ERROR + '쉼표(,) 또는 닫는 대괄호가 와야 합니다',
    'json.unterminated_string': JSON_ERROR + '문자열이 닫히지 않았습니다',
    'json.invalid_unicode_escape': JSON_ERROR + '잘못된 \\u 이스케이프입니다',
    'json.invalid_escape': JSON_ERROR + '잘못된 이스케이프 시퀀스입니다',
    'json.control_char': JSON_ERROR + '문자열 안에 제어 문자가 있습니다',
    'json.invalid_number': JSON_ERROR + '잘못된 숫자입니다',
    'json.number_fraction': JSON_ERROR + '잘못된 숫자입니다. 마침표(.) 뒤에 숫자가 와야 합니다',
    'json.number_exponent': JSON_ERROR + '잘못된 숫자입니다. 지수 부분에 숫자가 와야 합니다',

    'key.forbidden':
      UNKNOWN + ': 허용되지 않습니다(cal.com이 이 키를 삭제하거나 무시하며, JavaScript 코드에서는 프로토타입을 변경할 수 있습니다)',
    'key.secret': UNKNOWN + ': 클라이언트 측 모델은 비밀 정보를 절대 받지 않습니다',
    'key.unknown': UNKNOWN + ': cal.com이 이 키를 알림 없이 버리게 됩니다',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com이 이 키를 알림 없이 버리게 됩니다',
    'key.rejected': UNKNOWN + ': 여기서는 cal.com이 알 수 없는 키를 거부합니다',
    'key.rejected.suggest': UNKNOWN + MEAN + ': 여기서는 cal.com이 알 수 없는 키를 거부합니다',
    'key.stripped': UNKNOWN + ': cal.com이 이 키를 오류 없이 버립니다',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com이 이 키를 오류 없이 버립니다',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': 'organization 안의 ' + UNKNOWN + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'IANA 시간대가 아닙니다: "{input}"',
    'time_zone.unknown.suggest': 'IANA 시간대가 아닙니다: "{input}". 혹시 {suggestions}인가요?',
    'time_zone.deprecated':
      '"{input}" 이름은 "{canonical}"의 이전 이름으로, 더 이상 권장되지 않습니다. 아직 작동하지만 정식 이름을 사용하세요',
    'time_zone.stored': 'cal.com은 이 시간대를 IANA 표기 "{canonical}" 대신 "{stored}" 형태로 저장합니다',
    'time_zone.absent':
      '시간대가 없으면 cal.com은 Europe/London을 사용하고 기본 일정을 만들지 않습니다. 일정이 생길 때까지 이 사용자는 예약을 받을 수 없습니다',
    'locale.unknown': 'cal.com에서 지원하는 로케일이 아닙니다',
    'locale.unknown.suggest': 'cal.com에서 지원하는 로케일이 아닙니다. 혹시 {suggestions}인가요?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '. 혹시 {suggestion}인가요?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '. 따옴표 없이 숫자 {suggestion}을(를) 사용하세요',
    'time_format.nan': '숫자 12 또는 24가 필요하지만 받은 값은 숫자가 아닙니다',
    time_format: '시간 형식은 12 또는 24여야 합니다',
    'time_format.coerced': 'cal.com은 문자열 "{input}"을(를) 숫자 {stored}(으)로 변환합니다',
    'schedule_id.integer': '일정 ID는 정수여야 합니다',
    'schedule_id.too_small': '일정 ID는 {minimum} 이상이어야 합니다',
    'schedule_id.too_big': '일정 ID는 {maximum} 이하여야 합니다',
    'schedule_id.unstorable':
      'cal.com은 이 숫자를 허용하지만, 데이터베이스가 이를 일정 ID로 저장할 수 없어 요청이 500 오류로 실패합니다',
    'schedule_id.null': '기본 일정이 없으면 일정이 설정될 때까지 이 사용자는 예약을 받을 수 없습니다',
    'team_id.integer': '팀 ID는 정수여야 합니다',
    'team_id.too_small': '팀 ID는 {minimum} 이상이어야 합니다',
    'team_id.too_big': '팀 ID는 {maximum} 이하여야 합니다',
    'booking_limit.integer': '예약 한도는 예약 건수이므로 정수여야 합니다',
    'booking_limit.too_small': '예약 한도는 {minimum} 이상이어야 합니다. 한도를 두지 않으려면 null을 보내세요',
    'booking_limit.too_big': '예약 한도는 {maximum} 이하여야 합니다. 한도를 두지 않으려면 null을 보내세요',
    'number.positive': '숫자는 {minimum}보다 커야 합니다',
    'avatar_url.too_long': 'URL은 최대 {maximum}자까지 입력할 수 있습니다',
    'avatar_url.invalid': '"{input}" 대신 https://example.com/me.png와 같은 전체 이미지 URL을 입력하세요',
    'avatar_url.no_scheme':
      'URL은 https://(또는 http://)로 시작하세요. 그렇지 않으면 아바타를 표시하는 페이지를 기준으로 한 상대 주소로 해석됩니다',
    'avatar_url.credentials': 'user:password@ 부분을 삭제하세요. 아바타와 함께 공개됩니다',
    'email.too_long': '이메일 주소는 최대 {maximum}자까지 입력할 수 있습니다',
    'email.invalid': '"{input}" 대신 name@example.com과 같은 이메일 주소를 입력하세요',
    'email.no_at': EMAIL + '에는 @ 기호가 없습니다',
    'email.many_at': EMAIL + '에는 @ 기호가 두 개 이상 있습니다',
    'email.local_length': EMAIL + '에는 @ 앞에 1~64자가 있어야 합니다',
    'email.local_char': EMAIL + '에는 @ 앞에 허용되지 않는 문자가 있습니다',
    'email.local_dot': EMAIL + '에는 @ 앞에 잘못된 위치의 마침표가 있습니다',
    'email.no_dot': EMAIL + '에는 example.com처럼 마침표가 포함된 도메인이 필요합니다',
    'email.domain': EMAIL + '의 도메인이 올바르지 않습니다',
    'email.tld': EMAIL + '에는 .com처럼 영문자로 된 최상위 도메인이 필요합니다',
    'email.managed_user': "관리형 사용자의 이메일에는 @ 앞에 +'{clientId}' 부분이 들어갑니다",
    lowercased: 'cal.com은 이 값을 소문자로 저장합니다: "{stored}"',
    'api_key.empty': 'cal.com API 키를 입력하세요(cal_로 시작합니다)',
    'api_key.bearer': 'Bearer라는 단어는 빼고 키만 입력하세요',
    'api_key.spaces': '키에 공백이나 따옴표가 들어 있습니다. 이를 빼고 다시 복사하세요',
    'api_key.chars': '키에 API 키나 액세스 토큰에는 절대 없는 문자가 들어 있습니다',
    'api_key.truncated': '이 cal_ 키는 잘렸거나 손상된 것 같습니다. 설정 → 개발자 → API 키에서 다시 복사하세요',
    'api_key.unknown': 'API 키(cal_로 시작)도, 전체 액세스 토큰도 아닙니다',
    'metadata.key_too_long': '메타데이터 키는 최대 {maximum}자(UTF-16 코드 단위)입니다',
    'metadata.too_many_keys': '메타데이터 키는 최대 {maximum}개입니다. 지금은 {count}개입니다',
    'metadata.value_too_long': '메타데이터 값은 최대 {maximum}자(UTF-16 코드 단위)입니다. 이 값은 {count}자입니다',
    'metadata.duplicate_key': '이 키가 JSON 본문에 두 번 이상 나옵니다. 마지막 값만 남게 됩니다',
    'metadata.constructor': '"{input}" 키 때문에 cal.com이 검증 전에 500 오류로 실패합니다. 키 이름을 바꾸세요',
    'metadata.forbidden':
      '"{input}" 키는 허용되지 않습니다. cal.com이 알림 없이 버리게 되며, JavaScript 코드가 이 키를 프로토타입의 일부로 읽을 수 있습니다. 키 이름을 바꾸세요',
    'metadata.stripped': 'cal.com이 "{input}" 키를 오류 없이 버립니다',
    'metadata.inexact_number':
      'JavaScript는 이 숫자를 정확하게 표현할 수 없습니다(너무 크거나, 너무 정밀하거나, 범위를 벗어남). 문자열로 보내세요',
    'metadata.infinite': 'cal.com은 이 숫자를 null로 저장합니다. JSON은 무한대 숫자를 표현할 수 없습니다',
    one_of: '{values} 중 하나여야 하지만 받은 값은 "{input}"입니다',
    brand_color: '16진수 색상 코드를 사용하세요: #RGB, #RGBA, #RRGGBB 또는 #RRGGBBAA',
    'zod.too_short': '문자열은 {minimum}자 이상이어야 합니다',
    'zod.too_long': '문자열은 {maximum}자 이하여야 합니다',
    'zod.invalid': '올바르지 않은 값입니다',
    iso_date: '2024-05-01T09:30:00Z와 같은 ISO 8601 날짜가 필요하지만 받은 값은 "{input}"입니다',
  },

  // In "필요한 값은 …이지만": a noun phrase.
  expected: {
    string: '문자열',
    number: '숫자',
    integer: '정수',
    boolean: '불리언 값',
    object: '객체',
    value: '값',
    'non-null value': 'null이 아닌 값',
    'string, number or boolean': '문자열, 숫자 또는 불리언 값',
    'number JavaScript holds exactly': 'JavaScript가 정확히 표현할 수 있는 숫자',
  },
  // In "받은 값은 …입니다".
  received: {
    null: 'null',
    boolean: '불리언 값',
    number: '숫자',
    string: '문자열',
    array: '배열',
    object: '객체',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: '심볼',
    function: '함수',
    Date: 'Date 객체',
    Map: 'Map 객체',
    Set: 'Set 객체',
    RegExp: '정규 표현식',
    'class instance': '클래스 인스턴스',
    'unreadable value': '읽을 수 없는 값',
  },
});
