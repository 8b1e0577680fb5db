// Azərbaycanca. Formal address ("siz": "daxil edin", "kopyalayın"), as cal.com's Azerbaijani
// interface ("Təsdiq kodunu daxil edin", "E-poçtunuzu yoxlayın"); quotation marks “…” (CLDR az).
// An inserted name ({field}, {input}, {suggestion}, {values}) never takes a suffix: it stands before
// a noun that carries the suffix ("{field} sahəsi", "“{input}” açarı") or after a colon, so vowel
// harmony never depends on a name we cannot see. Byte positions are written "bayt {position}", not
// "{position}-ci bayt", for the same reason.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Sorğunun gövdəsi etibarlı JSON deyil (bayt {position}): ';
const EMAIL = 'name@example.com kimi e-poçt ünvanı daxil edin: “{input}” dəyərində ';
const UNKNOWN = 'Naməlum açar “{input}”';
const MEAN = ' (bunu nəzərdə tuturdunuz: {suggestion}?)';
const COMPAT = 'cal.com burada null dəyərini qəbul edir, lakin ';
const NOT_NULL_COLUMN =
  '{field} sahəsi null ola bilməz: sütun NOT NULL olduğu üçün cal.com 500 xətası ilə uğursuz olur';
const NOT_NULL_TIME_FORMAT =
  '{field} sahəsi null ola bilməz: cal.com null dəyərini saxlayır və sonrakı hər GET /v2/me sorğusu uğursuz olur';
const NOT_NULL_METADATA =
  "{field} sahəsi null ola bilməz: verilənlər bazası JSON null dəyərini rədd edir (500 xətası); təmizləmək üçün '{}' göndərin";
const WEEK_START = 'Həftənin ilk günü bunlardan biri olmalıdır: {values} (ingiliscə, baş hərflə)';
const TIME_FORMAT_STRING = 'Gözlənilən: 12 və ya 24 ədədi, alınan: “{input}” sətri';
const MODEL =
  ': modelin bu versiyasında yoxdur, ona görə data obyektinə daxil edilmir (cal.com onu sonradan əlavə etmiş ola bilər)';
const DYNAMIC_NULL =
  '{field} sahəsindəki null dəyəri saxlanılır və cal.com sonra onu false kimi oxuyur (dinamik qrup rezervasiyası söndürülür): true və ya false göndərin';

export default catalog('az', {
  messages: {
    type: 'Gözlənilən: {expected}, alınan: {received}',
    'type.integer': 'Gözlənilən: tam ədəd',
    'type.array_body':
      'Gözlənilən: {expected}, alınan: {received} (cal.com massiv şəklində olan sorğu gövdəsini yoxlamır və sonra 500 xətası ilə uğursuz olur)',
    unreadable: 'Bu dəyəri oxumaq mümkün olmadı: getter və ya Proxy tələsi (trap) xəta atdı',
    'unreadable.body': 'Sorğunun gövdəsini oxumaq mümkün olmadı: getter və ya Proxy tələsi (trap) xəta atdı',
    'unicode.lone_surrogate':
      'Mətndə cütü olmayan UTF-16 surroqatı var (emojinin yarısı?); o, \ufffd kimi saxlanılacaq',
    required: 'Məcburi: {field} sahəsi yoxdur',
    duplicate_key: 'Bu açar sorğunun gövdəsində bir neçə dəfə təkrarlanır; yalnız sonuncu dəyəri nəzərə alınır',
    base_url: 'baseUrl https://api.cal.com kimi http(s) URL olmalıdır',
    more: '(daha {count} problem)',

    'body.too_large':
      'Sorğunun gövdəsi JSON şəklində {count} baytdır; cal.com {maximum} baytdan (100 kB) böyük gövdələri 413 xətası ilə rədd edir',
    'json.not_utf8': JSON_ERROR + 'mətn etibarlı UTF-8 deyil',
    'json.trailing': JSON_ERROR + 'JSON dəyərindən sonra gözlənilməz mətn',
    'json.unexpected_char': JSON_ERROR + 'gözlənilməz simvol',
    'json.unexpected_end': JSON_ERROR + 'verilənlər gözlənilmədən bitdi',
    'json.invalid_literal': JSON_ERROR + 'yanlış literal',
    'json.unknown_tag': JSON_ERROR + 'naməlum dəyər etiketi',
    'json.expected_key': JSON_ERROR + 'dırnaq içində açar gözlənilirdi',
    'json.expected_colon': JSON_ERROR + "açardan sonra ':' gözlənilirdi",
    'json.expected_comma_brace': JSON_ERROR + "',' və ya bağlayan fiqurlu mötərizə gözlənilirdi",
    'json.expected_comma_bracket': JSON_ERROR + "',' və ya bağlayan kvadrat mötərizə gözlənilirdi",
    'json.unterminated_string': JSON_ERROR + 'bağlanmamış sətir',
    'json.invalid_unicode_escape': JSON_ERROR + 'yanlış \\u escape ardıcıllığı',
    'json.invalid_escape': JSON_ERROR + 'yanlış escape ardıcıllığı',
    'json.control_char': JSON_ERROR + 'sətrin içində idarəedici simvol',
    'json.invalid_number': JSON_ERROR + 'yanlış ədəd',
    'json.number_fraction': JSON_ERROR + "yanlış ədəd: '.' işarəsindən sonra rəqəm olmalıdır",
    'json.number_exponent': JSON_ERROR + 'yanlış ədəd: eksponentdə rəqəm olmalıdır',

    'key.forbidden':
      UNKNOWN + ': icazə verilmir (cal.com onu silir və ya nəzərə almır, JavaScript kodunda isə prototipləri dəyişə bilər)',
    'key.secret': UNKNOWN + ': müştəri tərəfindəki model gizli məlumatları heç vaxt qəbul etmir',
    'key.unknown': UNKNOWN + ': cal.com onu səssizcə atacaq',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com onu səssizcə atacaq',
    'key.rejected': UNKNOWN + ': cal.com burada naməlum açarları rədd edir',
    'key.rejected.suggest': UNKNOWN + MEAN + ': cal.com burada naməlum açarları rədd edir',
    'key.stripped': UNKNOWN + ': cal.com onu xəta vermədən atır',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com onu xəta vermədən atır',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': 'organization obyektində naməlum açar “{input}”' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'IANA vaxt zonası deyil: “{input}”',
    'time_zone.unknown.suggest': 'IANA vaxt zonası deyil: “{input}”; bunu nəzərdə tuturdunuz: {suggestions}?',
    'time_zone.deprecated':
      '“{input}” — “{canonical}” zonasının köhnəlmiş adıdır; hələ də işləyir, lakin kanonik addan istifadə edin',
    'time_zone.stored':
      'cal.com bu vaxt zonasını IANA yazılışı olan “{canonical}” kimi deyil, “{stored}” kimi saxlayır',
    'time_zone.absent':
      'Vaxt zonası olmadan cal.com Europe/London istifadə edir və standart cədvəl yaratmır: cədvəl yaranana qədər istifadəçi ilə görüş təyin etmək mümkün deyil',
    'locale.unknown': 'cal.com bu dili dəstəkləmir',
    'locale.unknown.suggest': 'cal.com bu dili dəstəkləmir; bunu nəzərdə tuturdunuz: {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; bunu nəzərdə tuturdunuz: {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; {suggestion} ədədindən istifadə edin (dırnaqsız)',
    'time_format.nan': 'Gözlənilən: 12 və ya 24 ədədi, alınan: ədəd olmayan dəyər',
    time_format: 'Vaxt formatı 12 və ya 24 olmalıdır',
    'time_format.coerced': 'cal.com “{input}” sətrini {stored} ədədinə çevirir',
    'schedule_id.integer': 'Cədvəl ID-si tam ədəd olmalıdır',
    'schedule_id.too_small': 'Cədvəl ID-si ən azı {minimum} olmalıdır',
    'schedule_id.too_big': 'Cədvəl ID-si ən çoxu {maximum} ola bilər',
    'schedule_id.unstorable':
      'cal.com bu ədədi qəbul edir, lakin verilənlər bazası onu cədvəl ID-si kimi saxlaya bilmir: sorğu 500 xətası ilə uğursuz olur',
    'schedule_id.null': 'Standart cədvəl olmadan, cədvəl müəyyən edilənə qədər istifadəçi ilə görüş təyin etmək mümkün deyil',
    'booking_limit.integer': 'Rezervasiya limiti tam ədəd olmalıdır',
    'booking_limit.too_small': 'Rezervasiya limiti ən azı {minimum} olmalıdır; limiti ləğv etmək üçün null göndərin',
    'booking_limit.too_big': 'Rezervasiya limiti ən çoxu {maximum} ola bilər; limiti ləğv etmək üçün null göndərin',
    'team_id.integer': 'Komanda ID-si tam ədəd olmalıdır',
    'team_id.too_small': 'Komanda ID-si ən azı {minimum} olmalıdır',
    'team_id.too_big': 'Komanda ID-si ən çoxu {maximum} ola bilər',
    'number.positive': 'Ədəd {minimum} dəyərindən böyük olmalıdır',
    'avatar_url.too_long': 'URL ən çoxu {maximum} simvoldan ibarət ola bilər',
    'avatar_url.invalid': 'https://example.com/me.png kimi tam şəkil URL-i daxil edin, “{input}” yox',
    'avatar_url.no_scheme':
      'URL-i https:// (və ya http://) ilə başladın: əks halda ünvan avatarı göstərən səhifəyə nisbətən açılır',
    'avatar_url.credentials': '“istifadəçi:parol@” hissəsini silin: o, avatarla birlikdə dərc olunacaq',
    'email.too_long': 'E-poçt ünvanı ən çoxu {maximum} simvoldan ibarət ola bilər',
    'email.invalid': 'name@example.com kimi e-poçt ünvanı daxil edin, “{input}” yox',
    'email.no_at': EMAIL + '@ işarəsi yoxdur',
    'email.many_at': EMAIL + 'birdən çox @ var',
    'email.local_length': EMAIL + '@ işarəsindən əvvəl 1–64 simvol olmalıdır',
    'email.local_char': EMAIL + '@ işarəsindən əvvəl icazə verilməyən simvol var',
    'email.local_dot': EMAIL + '@ işarəsindən əvvəl yanlış yerdə nöqtə var',
    'email.no_dot': EMAIL + 'example.com kimi nöqtəli domen olmalıdır',
    'email.domain': EMAIL + 'domen yanlışdır',
    'email.tld': EMAIL + '.com kimi hərflərdən ibarət yuxarı səviyyəli domen olmalıdır',
    'email.managed_user': "İdarə olunan istifadəçinin e-poçt ünvanında @ işarəsindən əvvəl +'{clientId}' olur",
    lowercased: 'cal.com bunu kiçik hərflərlə saxlayır: “{stored}”',
    'api_key.empty': 'cal.com API açarınızı daxil edin (cal_ ilə başlayır)',
    'api_key.bearer': 'Bearer sözünü çıxarın: yalnız açarın özünü verin',
    'api_key.spaces': 'Açarda boşluq və ya dırnaq işarəsi var: onu bunlarsız yenidən kopyalayın',
    'api_key.chars': 'Açarda elə simvollar var ki, onlar API açarında və ya giriş tokenində heç vaxt olmur',
    'api_key.truncated':
      'Bu cal_ açarı kəsilmiş və ya zədələnmiş görünür: onu Ayarlar → Tərtibatçı → API açarları bölməsindən yenidən kopyalayın',
    'api_key.unknown': 'Bu nə API açarıdır (onlar cal_ ilə başlayır), nə də tam giriş tokeni',
    'metadata.key_too_long': 'Metaməlumat açarı ən çoxu {maximum} simvoldan (UTF-16 kod vahidi) ibarət ola bilər',
    'metadata.too_many_keys': 'Metaməlumatlarda ən çoxu {maximum} açar ola bilər; burada {count} açar var',
    'metadata.value_too_long':
      'Metaməlumat dəyəri ən çoxu {maximum} simvoldan (UTF-16 kod vahidi) ibarət ola bilər; bu dəyərdə {count} simvol var',
    'metadata.duplicate_key': 'Bu açar JSON gövdəsində bir neçə dəfə təkrarlanır; yalnız sonuncu dəyəri saxlanılacaq',
    'metadata.constructor':
      '“{input}” açarı cal.com-un yoxlamadan əvvəl 500 xətası ilə uğursuz olmasına səbəb olur; açarın adını dəyişin',
    'metadata.forbidden':
      '“{input}” açarına icazə verilmir: cal.com onu səssizcə atacaq, JavaScript kodu isə onu prototipin bir hissəsi kimi oxuya bilər; açarın adını dəyişin',
    'metadata.stripped': '“{input}” açarı cal.com tərəfindən xəta verilmədən atılır',
    'metadata.inexact_number':
      'JavaScript bu ədədi dəqiq saxlaya bilmir (çox böyük, çox dəqiq və ya diapazondan kənar): onu sətir kimi göndərin',
    'metadata.infinite': 'cal.com bu ədədi null kimi saxlayır: JSON sonsuz ədədi saxlaya bilmir',
    one_of: 'Gözlənilən: {values} dəyərlərindən biri, alınan: “{input}”',
    brand_color: 'Onaltılıq (hex) rəngdən istifadə edin: #RGB, #RGBA, #RRGGBB və ya #RRGGBBAA',
    'zod.too_short': 'Sətir ən azı {minimum} simvoldan ibarət olmalıdır',
    'zod.too_long': 'Sətir ən çoxu {maximum} simvoldan ibarət olmalıdır',
    'zod.invalid': 'Yanlış dəyər',
    iso_date: 'Gözlənilən: 2024-05-01T09:30:00Z kimi ISO 8601 tarixi, alınan: “{input}”',
  },

  // After "Gözlənilən:": a bare noun phrase.
  expected: {
    string: 'sətir',
    number: 'ədəd',
    integer: 'tam ədəd',
    boolean: 'məntiqi dəyər (boolean)',
    object: 'obyekt',
    value: 'dəyər',
    'non-null value': 'null olmayan dəyər',
    'string, number or boolean': 'sətir, ədəd və ya məntiqi dəyər',
    'number JavaScript holds exactly': 'JavaScript-in dəqiq saxlaya bildiyi ədəd',
  },
  // After "alınan:": the kind of value alone.
  received: {
    null: 'null',
    boolean: 'məntiqi dəyər',
    number: 'ədəd',
    string: 'sətir',
    array: 'massiv',
    object: 'obyekt',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt tam ədədi',
    symbol: 'simvol (Symbol)',
    function: 'funksiya',
    Date: 'Date obyekti',
    Map: 'Map obyekti',
    Set: 'Set obyekti',
    RegExp: 'requlyar ifadə',
    'class instance': 'sinif nümunəsi',
    'unreadable value': 'oxunmayan dəyər',
  },
});
