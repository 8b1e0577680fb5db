// Türkçe. Formal address ("siz": "girin", "kopyalayın"), as cal.com's Turkish interface
// ("İsteği onaylayın", "Şifrenizi sıfırlamak için … kullanın"); quotation marks “…” (CLDR).
// An inserted name ({field}, {input}, {suggestion}, {values}) never takes a suffix: it stands before
// a noun that carries the suffix ("{field} alanı", "“{input}” anahtarı") or after a colon, so vowel
// harmony never depends on a name we cannot see.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'İstek gövdesi geçerli bir JSON değil (bayt {position}): ';
const EMAIL = 'name@example.com gibi bir e-posta adresi girin: “{input}” değerinde ';
const UNKNOWN = 'Bilinmeyen anahtar “{input}”';
const MEAN = ' (şunu mu demek istediniz: {suggestion}?)';
const COMPAT = 'cal.com burada null değerini kabul eder, ancak ';
const NOT_NULL_COLUMN = '{field} alanı null olamaz: sütun NOT NULL olduğundan cal.com 500 hatasıyla başarısız olur';
const NOT_NULL_TIME_FORMAT =
  '{field} alanı null olamaz: cal.com null değerini kaydeder ve sonraki her GET /v2/me isteği başarısız olur';
const NOT_NULL_METADATA =
  "{field} alanı null olamaz: veritabanı JSON null değerini reddeder (500 hatası); temizlemek için '{}' gönderin";
const WEEK_START = 'Haftanın ilk günü şunlardan biri olmalıdır: {values} (İngilizce ve ilk harfi büyük)';
const TIME_FORMAT_STRING = 'Beklenen: 12 veya 24 sayısı, alınan: “{input}” dizesi';
const MODEL =
  ': modelin bu sürümünde yok, bu yüzden data nesnesine alınmaz (cal.com bu anahtarı sonradan eklemiş olabilir)';
const DYNAMIC_NULL =
  '{field} alanındaki null değeri kaydedilir ve cal.com onu daha sonra false olarak okur (dinamik grup rezervasyonu kapanır): true veya false gönderin';

export default catalog('tr', {
  messages: {
    type: 'Beklenen: {expected}, alınan: {received}',
    'type.integer': 'Beklenen: tam sayı',
    'type.array_body':
      'Beklenen: {expected}, alınan: {received} (cal.com dizi biçimindeki bir istek gövdesini doğrulamaz ve ardından 500 hatasıyla başarısız olur)',
    unreadable: 'Bu değer okunamadı: bir getter veya Proxy tuzağı (trap) hata fırlattı',
    'unreadable.body': 'İstek gövdesi okunamadı: bir getter veya Proxy tuzağı (trap) hata fırlattı',
    'unicode.lone_surrogate':
      'Metin, eşi olmayan bir UTF-16 vekil karakteri (surrogate) içeriyor (yarım bir emoji mi?); bu karakter \ufffd olarak kaydedilir',
    required: 'Zorunlu: {field} alanı eksik',
    duplicate_key: 'Bu anahtar istek gövdesinde birden fazla kez geçiyor; yalnızca son değeri dikkate alınır',
    base_url: "baseUrl, https://api.cal.com gibi bir http(s) URL'si olmalıdır",
    more: '(+{count} sorun daha)',

    'body.too_large':
      'İstek gövdesi JSON olarak {count} bayt; cal.com {maximum} baytın (100 kB) üzerindeki gövdeleri 413 hatasıyla reddeder',
    'json.not_utf8': JSON_ERROR + 'metin geçerli bir UTF-8 değil',
    'json.trailing': JSON_ERROR + 'JSON değerinden sonra beklenmeyen metin',
    'json.unexpected_char': JSON_ERROR + 'beklenmeyen karakter',
    'json.unexpected_end': JSON_ERROR + 'veri beklenmedik şekilde bitti',
    'json.invalid_literal': JSON_ERROR + 'geçersiz sabit değer (literal)',
    'json.unknown_tag': JSON_ERROR + 'bilinmeyen değer etiketi',
    'json.expected_key': JSON_ERROR + 'tırnak içinde bir anahtar bekleniyordu',
    'json.expected_colon': JSON_ERROR + "anahtardan sonra ':' bekleniyordu",
    'json.expected_comma_brace': JSON_ERROR + "',' veya kapanan süslü parantez bekleniyordu",
    'json.expected_comma_bracket': JSON_ERROR + "',' veya kapanan köşeli parantez bekleniyordu",
    'json.unterminated_string': JSON_ERROR + 'kapatılmamış dize',
    'json.invalid_unicode_escape': JSON_ERROR + 'geçersiz \\u kaçış dizisi',
    'json.invalid_escape': JSON_ERROR + 'geçersiz kaçış dizisi',
    'json.control_char': JSON_ERROR + 'dize içinde kontrol karakteri',
    'json.invalid_number': JSON_ERROR + 'geçersiz sayı',
    'json.number_fraction': JSON_ERROR + "geçersiz sayı: '.' işaretinden sonra rakam gelmeli",
    'json.number_exponent': JSON_ERROR + 'geçersiz sayı: üs kısmında rakam olmalı',

    'key.forbidden':
      UNKNOWN + ': izin verilmez (cal.com bu anahtarı siler ya da yok sayar; JavaScript kodunda ise prototipleri değiştirebilir)',
    'key.secret': UNKNOWN + ': istemci tarafındaki bir model gizli bilgileri hiçbir zaman kabul etmez',
    'key.unknown': UNKNOWN + ': cal.com bu anahtarı sessizce atar',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com bu anahtarı sessizce atar',
    'key.rejected': UNKNOWN + ': cal.com burada bilinmeyen anahtarları reddeder',
    'key.rejected.suggest': UNKNOWN + MEAN + ': cal.com burada bilinmeyen anahtarları reddeder',
    'key.stripped': UNKNOWN + ': cal.com bu anahtarı hata vermeden atar',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com bu anahtarı hata vermeden atar',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': 'organization nesnesinde bilinmeyen anahtar “{input}”' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'IANA saat dilimi değil: “{input}”',
    'time_zone.unknown.suggest': 'IANA saat dilimi değil: “{input}”; şunu mu demek istediniz: {suggestions}?',
    'time_zone.deprecated':
      '“{input}”, “{canonical}” için kullanımdan kalkmış bir addır; hâlâ çalışır, ancak standart adı tercih edin',
    'time_zone.stored':
      'cal.com bu saat dilimini IANA yazımı olan “{canonical}” olarak değil, “{stored}” olarak kaydeder',
    'time_zone.absent':
      'Saat dilimi olmadan cal.com Europe/London kullanır ve varsayılan bir plan oluşturmaz: bir plan oluşturulana kadar kullanıcıyla rezervasyon yapılamaz',
    'locale.unknown': 'cal.com bu dili desteklemiyor',
    'locale.unknown.suggest': 'cal.com bu dili desteklemiyor; şunu mu demek istediniz: {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; şunu mu demek istediniz: {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; {suggestion} sayısını kullanın (tırnak işareti olmadan)',
    'time_format.nan': 'Beklenen: 12 veya 24 sayısı, alınan: sayı olmayan bir değer',
    time_format: 'Saat biçimi 12 veya 24 olmalıdır',
    'time_format.coerced': 'cal.com “{input}” dizesini {stored} sayısına dönüştürür',
    'schedule_id.integer': 'Plan kimliği bir tam sayı olmalıdır',
    'schedule_id.too_small': 'Plan kimliği en az {minimum} olmalıdır',
    'schedule_id.too_big': 'Plan kimliği en fazla {maximum} olabilir',
    'schedule_id.unstorable':
      'cal.com bu sayıyı kabul eder, ancak veritabanı onu plan kimliği olarak saklayamaz: istek 500 hatasıyla başarısız olur',
    'schedule_id.null': 'Varsayılan plan olmadan, bir plan belirlenene kadar kullanıcıyla rezervasyon yapılamaz',
    'booking_limit.integer': 'Rezervasyon sınırı bir tam sayı olmalıdır',
    'booking_limit.too_small': 'Rezervasyon sınırı en az {minimum} olmalıdır; sınırı kaldırmak için null gönderin',
    'booking_limit.too_big': 'Rezervasyon sınırı en fazla {maximum} olabilir; sınırı kaldırmak için null gönderin',
    'team_id.integer': 'Ekip kimliği bir tam sayı olmalıdır',
    'team_id.too_small': 'Ekip kimliği en az {minimum} olmalıdır',
    'team_id.too_big': 'Ekip kimliği en fazla {maximum} olabilir',
    'number.positive': 'Sayı {minimum} değerinden büyük olmalıdır',
    'avatar_url.too_long': 'Bir URL en fazla {maximum} karakter olabilir',
    'avatar_url.invalid': "https://example.com/me.png gibi tam bir resim URL'si girin, “{input}” değil",
    'avatar_url.no_scheme':
      "URL'yi https:// (veya http://) ile başlatın: aksi takdirde adres, avatarı gösteren sayfaya göre çözümlenir",
    'avatar_url.credentials': '“kullanıcı:parola@” kısmını kaldırın: bu kısım avatarla birlikte herkese açık olarak yayımlanır',
    'email.too_long': 'Bir e-posta adresi en fazla {maximum} karakter olabilir',
    'email.invalid': 'name@example.com gibi bir e-posta adresi girin, “{input}” değil',
    'email.no_at': EMAIL + '@ işareti yok',
    'email.many_at': EMAIL + 'birden fazla @ var',
    'email.local_length': EMAIL + '@ işaretinden önce 1 ile 64 arasında karakter olmalı',
    'email.local_char': EMAIL + '@ işaretinden önce izin verilmeyen bir karakter var',
    'email.local_dot': EMAIL + '@ işaretinden önce yanlış yerde bir nokta var',
    'email.no_dot': EMAIL + 'example.com gibi noktalı bir alan adı olmalı',
    'email.domain': EMAIL + 'alan adı geçersiz',
    'email.tld': EMAIL + '.com gibi harflerden oluşan bir üst düzey alan adı olmalı',
    'email.managed_user': "Yönetilen bir kullanıcının e-posta adresi @ işaretinden önce +'{clientId}' içerir",
    lowercased: 'cal.com bunu küçük harflerle kaydeder: “{stored}”',
    'api_key.empty': 'cal.com API anahtarınızı girin (cal_ ile başlar)',
    'api_key.bearer': 'Bearer kelimesini çıkarın: yalnızca anahtarın kendisini verin',
    'api_key.spaces': 'Anahtar boşluk veya tırnak işareti içeriyor: bunlar olmadan yeniden kopyalayın',
    'api_key.chars': "Anahtar, bir API anahtarında veya erişim token'ında hiçbir zaman bulunmayan karakterler içeriyor",
    'api_key.truncated':
      'Bu cal_ anahtarı kesilmiş veya bozulmuş görünüyor: Ayarlar → Geliştirici → API anahtarları bölümünden yeniden kopyalayın',
    'api_key.unknown': "Ne bir API anahtarı (bunlar cal_ ile başlar) ne de tam bir erişim token'ı",
    'metadata.key_too_long': 'Bir meta veri anahtarı en fazla {maximum} karakter (UTF-16 kod birimi) olabilir',
    'metadata.too_many_keys': 'Meta veriler en fazla {maximum} anahtar içerebilir; burada {count} anahtar var',
    'metadata.value_too_long':
      'Bir meta veri değeri en fazla {maximum} karakter (UTF-16 kod birimi) olabilir; bu değerde {count} karakter var',
    'metadata.duplicate_key': 'Bu anahtar JSON gövdesinde birden fazla kez geçiyor; yalnızca son değeri korunur',
    'metadata.constructor':
      "“{input}” anahtarı cal.com'un doğrulamadan önce 500 hatasıyla başarısız olmasına yol açar; anahtarı yeniden adlandırın",
    'metadata.forbidden':
      '“{input}” anahtarına izin verilmez: cal.com bu anahtarı sessizce atar, JavaScript kodu ise onu prototipin bir parçası olarak okuyabilir; anahtarı yeniden adlandırın',
    'metadata.stripped': '“{input}” anahtarı cal.com tarafından hata vermeden atılır',
    'metadata.inexact_number':
      'JavaScript bu sayıyı tam olarak tutamaz (çok büyük, çok hassas veya aralık dışında): sayıyı dize olarak gönderin',
    'metadata.infinite': 'cal.com bu sayıyı null olarak kaydeder: JSON sonsuz bir sayıyı tutamaz',
    one_of: 'Beklenen: {values} değerlerinden biri, alınan: “{input}”',
    brand_color: 'Onaltılık (hex) bir renk kullanın: #RGB, #RGBA, #RRGGBB veya #RRGGBBAA',
    'zod.too_short': 'Dize en az {minimum} karakter içermelidir',
    'zod.too_long': 'Dize en fazla {maximum} karakter içermelidir',
    'zod.invalid': 'Geçersiz',
    iso_date: 'Beklenen: 2024-05-01T09:30:00Z gibi bir ISO 8601 tarihi, alınan: “{input}”',
  },

  // After "Beklenen:": a bare noun phrase.
  expected: {
    string: 'dize',
    number: 'sayı',
    integer: 'tam sayı',
    boolean: 'mantıksal değer (boolean)',
    object: 'nesne',
    value: 'bir değer',
    'non-null value': 'null olmayan bir değer',
    'string, number or boolean': 'dize, sayı veya mantıksal değer',
    'number JavaScript holds exactly': "JavaScript'in tam olarak tutabildiği bir sayı",
  },
  // After "alınan:": the kind of value alone.
  received: {
    null: 'null',
    boolean: 'mantıksal değer',
    number: 'sayı',
    string: 'dize',
    array: 'dizi',
    object: 'nesne',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt tam sayısı',
    symbol: 'sembol (Symbol)',
    function: 'fonksiyon',
    Date: 'Date nesnesi',
    Map: 'Map nesnesi',
    Set: 'Set nesnesi',
    RegExp: 'düzenli ifade',
    'class instance': 'sınıf örneği',
    'unreadable value': 'okunamayan değer',
  },
});
