// 日本語. Polite です/ます form, as cal.com's Japanese interface; 「…」 quotes, full-width
// punctuation （）、：, half-width spaces around Latin words and numbers. No final 。: a message is
// one line in a form or a log, and ValidationError appends （ほか N 件） to it.
// Japanese has one plural form (other): counts need no plural construct.

import { catalog } from './format.js';

const JSON_ERROR = 'リクエストボディが有効な JSON ではありません（{position} バイト目）：';
const EMAIL = 'name@example.com のようなメールアドレスを入力してください：「{input}」';
const UNKNOWN = '不明なキー「{input}」';
const MEAN = '（{suggestion} ではありませんか？）';
const COMPAT = 'cal.com はここで null を受け付けますが、';
const NOT_NULL = '{field} は null にできません：';
const COLUMN = NOT_NULL + '列が NOT NULL のため、cal.com は 500 エラーで失敗します';
const TIME_FORMAT_NULL = NOT_NULL + 'cal.com は null を保存し、以降の GET /v2/me がすべて失敗します';
const METADATA_NULL =
  NOT_NULL + "データベースが JSON の null を拒否します（500 エラー）。空にするには「'{}'」を送信してください";
const WEEK_START = '週の開始曜日は {values} のいずれかにしてください（英語表記、先頭は大文字）';
const TIME_FORMAT_STRING = '数値の 12 または 24 が必要ですが、文字列「{input}」が渡されました';
const MODEL = '：このバージョンのモデルにないキーのため、data には含まれません（cal.com が追加した可能性があります）';
const DYNAMIC_NULL = '{field} の null はそのまま保存され、cal.com はそれを false（動的グループ予約がオフ）として読み取ります。true または false を送信してください';

export default catalog('ja', {
  messages: {
    type: '{expected}が必要ですが、{received}が渡されました',
    'type.integer': '整数が必要です',
    'type.array_body':
      '{expected}が必要ですが、{received}が渡されました（cal.com は配列のリクエストボディを検証せず、その後 500 エラーで失敗します）',
    unreadable: 'この値を読み取れませんでした：getter または Proxy のトラップが例外をスローしました',
    'unreadable.body': 'リクエストボディを読み取れませんでした：getter または Proxy のトラップが例外をスローしました',
    'unicode.lone_surrogate':
      'テキストに対になっていない UTF-16 サロゲートが含まれています（絵文字の片割れ？）。このままでは \ufffd として保存されます',
    required: '必須項目です：{field} がありません',
    duplicate_key: 'このキーはリクエストボディに複数回出現します。有効なのは最後の値だけです',
    base_url: 'baseUrl には https://api.cal.com のような http(s) の URL を指定してください',
    more: '（ほか {count} 件）',

    'body.too_large':
      'リクエストボディは JSON で {count} バイトです。cal.com は {maximum} バイト（100 kB）を超えるリクエストボディを 413 エラーで拒否します',
    'json.not_utf8': JSON_ERROR + '有効な UTF-8 ではありません',
    'json.trailing': JSON_ERROR + 'JSON の値の後に余分なテキストがあります',
    'json.unexpected_char': JSON_ERROR + '予期しない文字があります',
    'json.unexpected_end': JSON_ERROR + '入力が途中で終わっています',
    'json.invalid_literal': JSON_ERROR + '不正なリテラルです',
    'json.unknown_tag': JSON_ERROR + '不明な値タグです',
    'json.expected_key': JSON_ERROR + '引用符で囲んだキーが必要です',
    'json.expected_colon': JSON_ERROR + 'キーの後に「:」が必要です',
    'json.expected_comma_brace': JSON_ERROR + '「,」または閉じ波かっこが必要です',
    'json.expected_comma_bracket': JSON_ERROR + '「,」または閉じ角かっこが必要です',
    'json.unterminated_string': JSON_ERROR + '文字列が閉じられていません',
    'json.invalid_unicode_escape': JSON_ERROR + '不正な \\u エスケープです',
    'json.invalid_escape': JSON_ERROR + '不正なエスケープシーケンスです',
    'json.control_char': JSON_ERROR + '文字列の中に制御文字があります',
    'json.invalid_number': JSON_ERROR + '不正な数値です',
    'json.number_fraction': JSON_ERROR + '不正な数値です。「.」の後には数字が必要です',
    'json.number_exponent': JSON_ERROR + '不正な数値です。指数部に数字が必要です',

    'key.forbidden':
      UNKNOWN + '：使用できません（cal.com はこのキーを削除または無視します。また、JavaScript のコードではプロトタイプを書き換えるおそれがあります）',
    'key.secret': UNKNOWN + '：クライアント側のモデルは秘密情報を一切受け付けません',
    'key.unknown': UNKNOWN + '：cal.com はこのキーを通知なしに破棄します',
    'key.unknown.suggest': UNKNOWN + MEAN + '：cal.com はこのキーを通知なしに破棄します',
    'key.rejected': UNKNOWN + '：ここでは cal.com は不明なキーを拒否します',
    'key.rejected.suggest': UNKNOWN + MEAN + '：ここでは cal.com は不明なキーを拒否します',
    'key.stripped': UNKNOWN + '：cal.com はこのキーをエラーを出さずに破棄します',
    'key.stripped.suggest': UNKNOWN + MEAN + '：cal.com はこのキーをエラーを出さずに破棄します',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': 'organization 内の' + UNKNOWN + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'IANA のタイムゾーンではありません：「{input}」',
    'time_zone.unknown.suggest': 'IANA のタイムゾーンではありません：「{input}」。{suggestions} ではありませんか？',
    'time_zone.deprecated':
      '「{input}」は「{canonical}」の古い名前で、非推奨です。現在も使えますが、正式な名前の使用をおすすめします',
    'time_zone.stored': 'cal.com はこのタイムゾーンを、IANA の表記「{canonical}」ではなく「{stored}」として保存します',
    'time_zone.absent':
      'タイムゾーンがないと、cal.com は Europe/London を使い、デフォルトのスケジュールを作成しません。スケジュールができるまで、このユーザーは予約を受けられません',
    'locale.unknown': 'cal.com が対応しているロケールではありません',
    'locale.unknown.suggest': 'cal.com が対応しているロケールではありません：{suggestions} ではありませんか？',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '。{suggestion} ではありませんか？',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '。数値の {suggestion} を引用符なしで指定してください',
    'time_format.nan': '数値の 12 または 24 が必要ですが、数値ではない値が渡されました',
    time_format: '時刻形式は 12 または 24 にしてください',
    'time_format.coerced': 'cal.com は文字列「{input}」を数値の {stored} に変換します',
    'schedule_id.integer': 'スケジュール ID には整数を指定してください',
    'schedule_id.too_small': 'スケジュール ID には {minimum} 以上の値を指定してください',
    'schedule_id.too_big': 'スケジュール ID には {maximum} 以下の値を指定してください',
    'schedule_id.unstorable':
      'cal.com はこの数値を受け付けますが、データベースはこれをスケジュール ID として保存できません。リクエストは 500 エラーで失敗します',
    'schedule_id.null': 'デフォルトのスケジュールがないと、スケジュールが設定されるまでこのユーザーは予約を受けられません',
    'team_id.integer': 'チーム ID には整数を指定してください',
    'team_id.too_small': 'チーム ID には {minimum} 以上の値を指定してください',
    'team_id.too_big': 'チーム ID には {maximum} 以下の値を指定してください',
    'booking_limit.integer': '予約上限には予約件数として整数を指定してください',
    'booking_limit.too_small': '予約上限には {minimum} 以上の値を指定してください。上限を設けない場合は null を送信してください',
    'booking_limit.too_big': '予約上限には {maximum} 以下の値を指定してください。上限を設けない場合は null を送信してください',
    'number.positive': '数値は {minimum} より大きくしてください',
    'avatar_url.too_long': 'URL は {maximum} 文字以内にしてください',
    'avatar_url.invalid': '「{input}」ではなく、https://example.com/me.png のような完全な画像 URL を入力してください',
    'avatar_url.no_scheme':
      'URL は https://（または http://）で始めてください。付けないと、アバターを表示するページからの相対アドレスとして解釈されます',
    'avatar_url.credentials': 'user:password@ の部分を削除してください。アバターと一緒に公開されてしまいます',
    'email.too_long': 'メールアドレスは {maximum} 文字以内にしてください',
    'email.invalid': '「{input}」ではなく、name@example.com のようなメールアドレスを入力してください',
    'email.no_at': EMAIL + 'には @ がありません',
    'email.many_at': EMAIL + 'には @ が複数あります',
    'email.local_length': EMAIL + 'は @ の前に 1～64 文字が必要です',
    'email.local_char': EMAIL + 'は @ の前に使用できない文字を含んでいます',
    'email.local_dot': EMAIL + 'は @ の前のドットの位置が正しくありません',
    'email.no_dot': EMAIL + 'には example.com のようにドットを含むドメインが必要です',
    'email.domain': EMAIL + 'のドメインが無効です',
    'email.tld': EMAIL + 'には .com のような英字のトップレベルドメインが必要です',
    'email.managed_user': "マネージドユーザーのメールアドレスには、@ の前に +'{clientId}' が入ります",
    lowercased: 'cal.com はこの値を小文字で保存します：「{stored}」',
    'api_key.empty': 'cal.com の API キーを入力してください（cal_ で始まります）',
    'api_key.bearer': 'Bearer という語は付けず、キーだけを入力してください',
    'api_key.spaces': 'キーにスペースまたは引用符が含まれています。それらを含めずにコピーし直してください',
    'api_key.chars': 'キーに、API キーやアクセストークンには含まれるはずのない文字が含まれています',
    'api_key.truncated':
      'この cal_ キーは途中で切れているか、壊れているようです。設定 → 開発者 → API キー からコピーし直してください',
    'api_key.unknown': 'API キー（cal_ で始まります）でも、完全なアクセストークンでもありません',
    'metadata.key_too_long': 'メタデータのキーは {maximum} 文字（UTF-16 コード単位）以内にしてください',
    'metadata.too_many_keys': 'メタデータのキーは {maximum} 個までです。これには {count} 個あります',
    'metadata.value_too_long':
      'メタデータの値は {maximum} 文字（UTF-16 コード単位）以内にしてください。この値は {count} 文字あります',
    'metadata.duplicate_key': 'このキーは JSON のリクエストボディに複数回出現します。残るのは最後の値だけです',
    'metadata.constructor': 'キー「{input}」があると、cal.com は検証の前に 500 エラーで失敗します。名前を変更してください',
    'metadata.forbidden':
      'キー「{input}」は使用できません：cal.com は通知なしにこのキーを破棄し、JavaScript のコードがプロトタイプの一部として読み取るおそれがあります。名前を変更してください',
    'metadata.stripped': 'キー「{input}」は、cal.com によってエラーなしに破棄されます',
    'metadata.inexact_number':
      'この数値は JavaScript で正確に保持できません（大きすぎる、精度が高すぎる、または範囲外です）。文字列として送信してください',
    'metadata.infinite': 'cal.com はこの数値を null として保存します。JSON では無限大の数値を表せません',
    one_of: '{values} のいずれかが必要ですが、「{input}」が渡されました',
    brand_color: '16 進数のカラーコードを使用してください：#RGB、#RGBA、#RRGGBB、#RRGGBBAA のいずれか',
    'zod.too_short': '文字列は {minimum} 文字以上にしてください',
    'zod.too_long': '文字列は {maximum} 文字以下にしてください',
    'zod.invalid': '無効な値です',
    iso_date: '2024-05-01T09:30:00Z のような ISO 8601 形式の日付が必要ですが、「{input}」が渡されました',
  },

  // Before "が必要です": the kind of value, no article.
  expected: {
    string: '文字列',
    number: '数値',
    integer: '整数',
    boolean: '真偽値',
    object: 'オブジェクト',
    value: '値',
    'non-null value': 'null 以外の値',
    'string, number or boolean': '文字列、数値、真偽値のいずれか',
    'number JavaScript holds exactly': 'JavaScript で正確に表せる数値',
  },
  // Before "が渡されました".
  received: {
    null: 'null',
    boolean: '真偽値',
    number: '数値',
    string: '文字列',
    array: '配列',
    object: 'オブジェクト',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt',
    symbol: 'シンボル',
    function: '関数',
    Date: 'Date オブジェクト',
    Map: 'Map オブジェクト',
    Set: 'Set オブジェクト',
    RegExp: '正規表現',
    'class instance': 'クラスのインスタンス',
    'unreadable value': '読み取れない値',
  },
});
