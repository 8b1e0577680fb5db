// தமிழ். Standard written Tamil as software interfaces write it: instructions in the polite
// -வும் form (உள்ளிடவும், பயன்படுத்தவும்), plain present tense for what cal.com does; “…” quotes.
// Technical words stay in the form Tamil developers read (ஆப்ஜெக்ட், டொமைன், டோக்கன், prototype,
// getter); Latin names and values are written as they are. Tamil plural forms: one, other.

import { catalog } from './format.js';

const chars = (n) => `{${n}, plural, one {# எழுத்து} other {# எழுத்துகள்}}`;

const JSON_ERROR = 'கோரிக்கை உள்ளடக்கம் சரியான JSON அல்ல (பைட் {position}): ';
const EMAIL = 'name@example.com போன்ற மின்னஞ்சல் முகவரியை உள்ளிடவும்: “{input}” ';
const UNKNOWN = 'அறியப்படாத விசை “{input}”';
const MEAN = ' ({suggestion} என்பதைக் குறிப்பிட்டீர்களா?)';
const COMPAT = 'cal.com இங்கே null-ஐ ஏற்கிறது, ஆனால் ';
const NOT_NULL = '{field} null ஆக இருக்கக்கூடாது: ';
const COLUMN = NOT_NULL + 'நெடுவரிசை NOT NULL என்பதால் cal.com 500 பிழையுடன் தோல்வியடைகிறது';
const TIME_FORMAT_NULL = NOT_NULL + 'cal.com அந்த null-ஐச் சேமிக்கிறது, அதன் பிறகு ஒவ்வொரு GET /v2/me கோரிக்கையும் தோல்வியடைகிறது';
const METADATA_NULL = NOT_NULL + "தரவுத்தளம் JSON null-ஐ நிராகரிக்கிறது (500 பிழை); காலியாக்க “'{}'” என்பதை அனுப்பவும்";
const WEEK_START = 'வாரத் தொடக்க நாள் பின்வருவனவற்றில் ஒன்றாக இருக்க வேண்டும்: {values} (ஆங்கிலத்தில், முதல் எழுத்து பெரிய எழுத்தாக)';
const TIME_FORMAT_STRING = '12 அல்லது 24 என்ற எண் எதிர்பார்க்கப்பட்டது, ஆனால் “{input}” என்ற சரம் கிடைத்தது';
const MODEL = ': மாதிரியின் இந்தப் பதிப்பில் இந்த விசை இல்லை, எனவே இது data-இல் சேர்க்கப்படாது (cal.com இதைப் புதிதாகச் சேர்த்திருக்கலாம்)';
const DYNAMIC_NULL = '{field} null ஆக இருந்தால் அது அப்படியே சேமிக்கப்படுகிறது, பின்னர் cal.com அதை false ஆகப் படிக்கிறது (டைனமிக் குழு முன்பதிவு முடக்கப்படும்): true அல்லது false அனுப்பவும்';

export default catalog('ta', {
  messages: {
    type: '{expected} எதிர்பார்க்கப்பட்டது, ஆனால் {received} கிடைத்தது',
    'type.integer': 'முழு எண் எதிர்பார்க்கப்பட்டது',
    'type.array_body':
      '{expected} எதிர்பார்க்கப்பட்டது, ஆனால் {received} கிடைத்தது (அணியாக உள்ள கோரிக்கை உள்ளடக்கத்தை cal.com சரிபார்ப்பதில்லை, பின்னர் 500 பிழையுடன் தோல்வியடைகிறது)',
    unreadable: 'இந்த மதிப்பைப் படிக்க முடியவில்லை: ஒரு getter அல்லது Proxy trap பிழையை எறிந்தது',
    'unreadable.body': 'கோரிக்கை உள்ளடக்கத்தைப் படிக்க முடியவில்லை: ஒரு getter அல்லது Proxy trap பிழையை எறிந்தது',
    'unicode.lone_surrogate':
      'உரையில் இணையில்லாத UTF-16 surrogate ஒன்று உள்ளது (ஒரு எமோஜியின் பாதியா?); இது \ufffd ஆகச் சேமிக்கப்படும்',
    required: 'கட்டாயம்: {field} இல்லை',
    duplicate_key: 'இந்த விசை கோரிக்கை உள்ளடக்கத்தில் ஒன்றுக்கு மேற்பட்ட முறை வருகிறது; அதன் கடைசி மதிப்பு மட்டுமே கணக்கில் கொள்ளப்படும்',
    base_url: 'baseUrl என்பது https://api.cal.com போன்ற http(s) URL ஆக இருக்க வேண்டும்',
    more: '(மேலும் {count, plural, one {# சிக்கல்} other {# சிக்கல்கள்}})',

    'body.too_large':
      'JSON ஆகக் கோரிக்கை உள்ளடக்கத்தின் அளவு {count, plural, one {# பைட்} other {# பைட்டுகள்}}; {maximum} பைட்டுகளுக்கு (100 kB) மேற்பட்ட உள்ளடக்கத்தை cal.com 413 பிழையுடன் நிராகரிக்கிறது',
    'json.not_utf8': JSON_ERROR + 'இது சரியான UTF-8 அல்ல',
    'json.trailing': JSON_ERROR + 'JSON மதிப்புக்குப் பிறகு எதிர்பாராத உரை உள்ளது',
    'json.unexpected_char': JSON_ERROR + 'எதிர்பாராத எழுத்து',
    'json.unexpected_end': JSON_ERROR + 'உள்ளீடு எதிர்பாராமல் முடிந்துவிட்டது',
    'json.invalid_literal': JSON_ERROR + 'தவறான literal மதிப்பு',
    'json.unknown_tag': JSON_ERROR + 'அறியப்படாத மதிப்புக் குறிச்சொல்',
    'json.expected_key': JSON_ERROR + 'இங்கே மேற்கோள் குறிகளுக்குள் ஒரு விசை இருக்க வேண்டும்',
    'json.expected_colon': JSON_ERROR + 'விசைக்குப் பிறகு “:” இருக்க வேண்டும்',
    'json.expected_comma_brace': JSON_ERROR + 'இங்கே “,” அல்லது மூடும் நெளி அடைப்புக்குறி இருக்க வேண்டும்',
    'json.expected_comma_bracket': JSON_ERROR + 'இங்கே “,” அல்லது மூடும் சதுர அடைப்புக்குறி இருக்க வேண்டும்',
    'json.unterminated_string': JSON_ERROR + 'சரம் மூடப்படவில்லை',
    'json.invalid_unicode_escape': JSON_ERROR + 'தவறான \\u escape வரிசை',
    'json.invalid_escape': JSON_ERROR + 'தவறான escape வரிசை',
    'json.control_char': JSON_ERROR + 'சரத்தினுள் கட்டுப்பாட்டு எழுத்து உள்ளது',
    'json.invalid_number': JSON_ERROR + 'தவறான எண்',
    'json.number_fraction': JSON_ERROR + 'தவறான எண்: “.” க்குப் பிறகு இலக்கங்கள் இருக்க வேண்டும்',
    'json.number_exponent': JSON_ERROR + 'தவறான எண்: அடுக்கில் இலக்கங்கள் இருக்க வேண்டும்',

    'key.forbidden':
      UNKNOWN + ': அனுமதிக்கப்படவில்லை (cal.com இதை நீக்குகிறது அல்லது புறக்கணிக்கிறது; JavaScript குறியீட்டில் இது prototype-களை மாற்றக்கூடும்)',
    'key.secret': UNKNOWN + ': கிளையன்ட் பக்க மாதிரி இரகசியத் தகவல்களை ஒருபோதும் ஏற்காது',
    'key.unknown': UNKNOWN + ': cal.com இதை எந்த அறிவிப்புமின்றி நீக்கிவிடும்',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com இதை எந்த அறிவிப்புமின்றி நீக்கிவிடும்',
    'key.rejected': UNKNOWN + ': இங்கே அறியப்படாத விசைகளை cal.com நிராகரிக்கிறது',
    'key.rejected.suggest': UNKNOWN + MEAN + ': இங்கே அறியப்படாத விசைகளை cal.com நிராகரிக்கிறது',
    'key.stripped': UNKNOWN + ': cal.com இதைப் பிழை காட்டாமல் நீக்குகிறது',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com இதைப் பிழை காட்டாமல் நீக்குகிறது',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': 'organization-இல் ' + UNKNOWN + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'இது IANA நேர மண்டலம் அல்ல: “{input}”',
    'time_zone.unknown.suggest': 'இது IANA நேர மண்டலம் அல்ல: “{input}”; {suggestions} என்பதைக் குறிப்பிட்டீர்களா?',
    'time_zone.deprecated':
      '“{input}” என்பது “{canonical}” நேர மண்டலத்தின் வழக்கொழிந்த பெயர்; இது இன்னும் வேலை செய்யும், ஆனால் அதிகாரப்பூர்வப் பெயரைப் பயன்படுத்துவது நல்லது',
    'time_zone.stored':
      'cal.com இந்த நேர மண்டலத்தை அதன் IANA எழுத்துக்கூட்டலான “{canonical}” என்று அல்லாமல், “{stored}” என்று சேமிக்கிறது',
    'time_zone.absent':
      'நேர மண்டலம் இல்லாவிட்டால் cal.com Europe/London-ஐப் பயன்படுத்துகிறது, இயல்புநிலை அட்டவணையையும் உருவாக்குவதில்லை: ஓர் அட்டவணை உருவாகும் வரை இந்தப் பயனருடன் முன்பதிவு செய்ய முடியாது',
    'locale.unknown': 'இது cal.com ஆதரிக்கும் மொழி அமைப்பு (locale) அல்ல',
    'locale.unknown.suggest': 'இது cal.com ஆதரிக்கும் மொழி அமைப்பு (locale) அல்ல: {suggestions} என்பதைக் குறிப்பிட்டீர்களா?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; {suggestion} என்பதைக் குறிப்பிட்டீர்களா?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': மேற்கோள் குறிகள் இல்லாமல் {suggestion} என்ற எண்ணைப் பயன்படுத்தவும்',
    'time_format.nan': '12 அல்லது 24 என்ற எண் எதிர்பார்க்கப்பட்டது, ஆனால் எண் அல்லாத ஒரு மதிப்பு கிடைத்தது',
    time_format: 'நேர வடிவம் 12 அல்லது 24 ஆக இருக்க வேண்டும்',
    'time_format.coerced': 'cal.com “{input}” என்ற சரத்தை {stored} என்ற எண்ணாக மாற்றுகிறது',
    'schedule_id.integer': 'அட்டவணை ID ஒரு முழு எண்ணாக இருக்க வேண்டும்',
    'schedule_id.too_small': 'அட்டவணை ID குறைந்தது {minimum} ஆக இருக்க வேண்டும்',
    'schedule_id.too_big': 'அட்டவணை ID அதிகபட்சம் {maximum} ஆக இருக்கலாம்',
    'schedule_id.unstorable':
      'cal.com இந்த எண்ணை ஏற்கிறது, ஆனால் தரவுத்தளத்தால் இதை அட்டவணை ID ஆகச் சேமிக்க முடியாது: கோரிக்கை 500 பிழையுடன் தோல்வியடையும்',
    'schedule_id.null': 'இயல்புநிலை அட்டவணை இல்லாவிட்டால், ஒன்று அமைக்கப்படும் வரை இந்தப் பயனருடன் முன்பதிவு செய்ய முடியாது',
    'team_id.integer': 'குழு ID ஒரு முழு எண்ணாக இருக்க வேண்டும்',
    'team_id.too_small': 'குழு ID குறைந்தது {minimum} ஆக இருக்க வேண்டும்',
    'team_id.too_big': 'குழு ID அதிகபட்சம் {maximum} ஆக இருக்கலாம்',
    'booking_limit.integer': 'முன்பதிவு வரம்பு முன்பதிவுகளின் முழு எண்ணிக்கையாக இருக்க வேண்டும்',
    'booking_limit.too_small': 'முன்பதிவு வரம்பு குறைந்தது {minimum} ஆக இருக்க வேண்டும்; வரம்பு வேண்டாமெனில் null அனுப்பவும்',
    'booking_limit.too_big': 'முன்பதிவு வரம்பு அதிகபட்சம் {maximum} ஆக இருக்கலாம்; வரம்பு வேண்டாமெனில் null அனுப்பவும்',
    'number.positive': 'எண் {minimum} ஐ விடப் பெரியதாக இருக்க வேண்டும்',
    'avatar_url.too_long': `URL-இல் அதிகபட்சம் ${chars('maximum')} இருக்கலாம்`,
    'avatar_url.invalid': '“{input}” அல்ல, https://example.com/me.png போன்ற முழுமையான பட URL-ஐ உள்ளிடவும்',
    'avatar_url.no_scheme':
      'URL-ஐ https:// (அல்லது http://) உடன் தொடங்கவும்: இல்லையெனில், சுயவிவரப் படத்தைக் காட்டும் பக்கத்தைப் பொறுத்து முகவரி தீர்மானிக்கப்படும்',
    'avatar_url.credentials': 'user:password@ பகுதியை நீக்கவும்: அது சுயவிவரப் படத்துடன் சேர்த்து வெளியிடப்படும்',
    'email.too_long': `மின்னஞ்சல் முகவரியில் அதிகபட்சம் ${chars('maximum')} இருக்கலாம்`,
    'email.invalid': '“{input}” அல்ல, name@example.com போன்ற மின்னஞ்சல் முகவரியை உள்ளிடவும்',
    'email.no_at': EMAIL + 'என்பதில் @ இல்லை',
    'email.many_at': EMAIL + 'என்பதில் ஒன்றுக்கு மேற்பட்ட @ உள்ளன',
    'email.local_length': EMAIL + 'என்பதில் @ க்கு முன் 1 முதல் 64 எழுத்துகள் இருக்க வேண்டும்',
    'email.local_char': EMAIL + 'என்பதில் @ க்கு முன் அனுமதிக்கப்படாத எழுத்து உள்ளது',
    'email.local_dot': EMAIL + 'என்பதில் @ க்கு முன் தவறான இடத்தில் புள்ளி உள்ளது',
    'email.no_dot': EMAIL + 'என்பதற்கு example.com போலப் புள்ளியுடன் கூடிய டொமைன் தேவை',
    'email.domain': EMAIL + 'என்பதில் உள்ள டொமைன் தவறானது',
    'email.tld': EMAIL + 'என்பதற்கு .com போல எழுத்துகளால் ஆன உயர்நிலை டொமைன் தேவை',
    'email.managed_user': "நிர்வகிக்கப்படும் பயனரின் மின்னஞ்சலில் @ க்கு முன் +'{clientId}' இருக்கும்",
    lowercased: 'cal.com இதைச் சிறிய எழுத்துகளில் சேமிக்கிறது: “{stored}”',
    'api_key.empty': 'உங்கள் cal.com API விசையை உள்ளிடவும் (அது cal_ உடன் தொடங்கும்)',
    'api_key.bearer': 'Bearer என்ற சொல்லை நீக்கி, விசையை மட்டும் உள்ளிடவும்',
    'api_key.spaces': 'விசையில் இடைவெளிகள் அல்லது மேற்கோள் குறிகள் உள்ளன: அவை இல்லாமல் மீண்டும் நகலெடுக்கவும்',
    'api_key.chars': 'API விசையிலோ அணுகல் டோக்கனிலோ ஒருபோதும் இடம்பெறாத எழுத்துகள் இந்த விசையில் உள்ளன',
    'api_key.truncated':
      'இந்த cal_ விசை துண்டிக்கப்பட்டோ சேதமடைந்தோ இருப்பதாகத் தெரிகிறது: அமைப்புகள் → டெவலப்பர் → API விசைகள் என்பதிலிருந்து மீண்டும் நகலெடுக்கவும்',
    'api_key.unknown': 'இது API விசையும் அல்ல (அவை cal_ உடன் தொடங்கும்), முழுமையான அணுகல் டோக்கனும் அல்ல',
    'metadata.key_too_long': `மெட்டாடேட்டா விசையில் அதிகபட்சம் ${chars('maximum')} (UTF-16 குறியீட்டு அலகுகள்) இருக்கலாம்`,
    'metadata.too_many_keys':
      'மெட்டாடேட்டாவில் அதிகபட்சம் {maximum, plural, one {# விசை} other {# விசைகள்}} இருக்கலாம்; இதில் {count} உள்ளன',
    'metadata.value_too_long':
      `மெட்டாடேட்டா மதிப்பில் அதிகபட்சம் ${chars('maximum')} (UTF-16 குறியீட்டு அலகுகள்) இருக்கலாம்; இதில் {count} உள்ளன`,
    'metadata.duplicate_key': 'இந்த விசை JSON உள்ளடக்கத்தில் ஒன்றுக்கு மேற்பட்ட முறை வருகிறது; அதன் கடைசி மதிப்பு மட்டுமே வைக்கப்படும்',
    'metadata.constructor': '“{input}” என்ற விசை, சரிபார்ப்புக்கு முன்பே cal.com-ஐ 500 பிழையுடன் தோல்வியடையச் செய்கிறது; அதன் பெயரை மாற்றவும்',
    'metadata.forbidden':
      '“{input}” என்ற விசை அனுமதிக்கப்படவில்லை: cal.com இதை எந்த அறிவிப்புமின்றி நீக்கிவிடும், JavaScript குறியீடு இதை prototype-இன் பகுதியாகப் படிக்கக்கூடும்; அதன் பெயரை மாற்றவும்',
    'metadata.stripped': '“{input}” என்ற விசையை cal.com பிழை காட்டாமல் நீக்குகிறது',
    'metadata.inexact_number':
      'இந்த எண்ணை JavaScript-ஆல் துல்லியமாக வைத்திருக்க முடியாது (மிகப் பெரியது, மிக நுணுக்கமானது அல்லது வரம்புக்கு வெளியே உள்ளது): இதைச் சரமாக அனுப்பவும்',
    'metadata.infinite': 'cal.com இந்த எண்ணை null ஆகச் சேமிக்கிறது: JSON-ஆல் முடிவிலி எண்ணைக் குறிக்க முடியாது',
    one_of: 'பின்வருவனவற்றில் ஒன்று எதிர்பார்க்கப்பட்டது: {values}; ஆனால் “{input}” கிடைத்தது',
    brand_color: 'ஹெக்ஸ் வண்ணக் குறியீட்டைப் பயன்படுத்தவும்: #RGB, #RGBA, #RRGGBB அல்லது #RRGGBBAA',
    'zod.too_short': `சரத்தில் குறைந்தது ${chars('minimum')} இருக்க வேண்டும்`,
    'zod.too_long': `சரத்தில் அதிகபட்சம் ${chars('maximum')} இருக்கலாம்`,
    'zod.invalid': 'தவறானது',
    iso_date: '2024-05-01T09:30:00Z போன்ற ISO 8601 தேதி எதிர்பார்க்கப்பட்டது, ஆனால் “{input}” கிடைத்தது',
  },

  // Subject of "… எதிர்பார்க்கப்பட்டது": nominative.
  expected: {
    string: 'சரம்',
    number: 'எண்',
    integer: 'முழு எண்',
    boolean: 'பூலியன் மதிப்பு',
    object: 'ஆப்ஜெக்ட்',
    value: 'ஒரு மதிப்பு',
    'non-null value': 'null அல்லாத மதிப்பு',
    'string, number or boolean': 'சரம், எண் அல்லது பூலியன் மதிப்பு',
    'number JavaScript holds exactly': 'JavaScript துல்லியமாக வைத்திருக்கக்கூடிய எண்',
  },
  // Subject of "… கிடைத்தது": nominative.
  received: {
    null: 'null',
    boolean: 'பூலியன் மதிப்பு',
    number: 'எண்',
    string: 'சரம்',
    array: 'அணி',
    object: 'ஆப்ஜெக்ட்',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt மதிப்பு',
    symbol: 'Symbol மதிப்பு',
    function: 'செயல்பாடு (function)',
    Date: 'Date ஆப்ஜெக்ட்',
    Map: 'Map ஆப்ஜெக்ட்',
    Set: 'Set ஆப்ஜெக்ட்',
    RegExp: 'ரெகுலர் எக்ஸ்பிரஷன் (RegExp)',
    'class instance': 'class நிகழ்வு (instance)',
    'unreadable value': 'படிக்க முடியாத மதிப்பு',
  },
});
