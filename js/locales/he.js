// עברית. Modern Hebrew software register: instructions in the impersonal "יש ל…" form (as Israeli
// interfaces write them, neither masculine nor feminine imperative), plain present tense for what
// cal.com does; "…" quotes around arguments. Right to left: the renderer isolates every argument
// and every Latin run written here (js/locales/README.md), so Latin text is written plainly; the
// menu path's arrows point left (←). Hebrew plural forms: one, two, other.

import { catalog } from './format.js';

// "At most N characters": the Hebrew forms of תו.
const chars = (n) => `{${n}, plural, one {תו אחד} two {שני תווים} other {# תווים}}`;

const JSON_ERROR = 'גוף הבקשה אינו JSON תקין (בייט {position}): ';
const EMAIL = 'יש להזין כתובת אימייל כמו name@example.com: ';
const UNKNOWN = 'מפתח לא מוכר "{input}"';
const MEAN = ' (האם התכוונת ל־{suggestion}?)';
const COMPAT = 'cal.com מקבל כאן null, אבל ';
const NOT_NULL = 'השדה {field} לא יכול להיות null: ';
const COLUMN = NOT_NULL + 'העמודה מוגדרת NOT NULL, ולכן cal.com נכשל בשגיאה 500';
const TIME_FORMAT_NULL = NOT_NULL + 'cal.com שומר את ה־null, וכל בקשת GET /v2/me לאחר מכן נכשלת';
const METADATA_NULL = NOT_NULL + "מסד הנתונים דוחה null של JSON (שגיאה 500); כדי לרוקן את השדה יש לשלוח \"'{}'\"";
const WEEK_START = 'תחילת השבוע חייבת להיות אחד מהערכים {values} (באנגלית, באות ראשונה גדולה)';
const TIME_FORMAT_STRING = 'צפוי המספר 12 או 24, אך התקבלה המחרוזת "{input}"';
const MODEL = ': הוא לא קיים בגרסה הזו של המודל, ולכן הוא לא נכלל ב־data (ייתכן ש־cal.com הוסיף אותו)';
const DYNAMIC_NULL = 'הערך null בשדה {field} נשמר, ו־cal.com קורא אותו לאחר מכן כ־false (קביעת פגישות קבוצתית דינמית מושבתת): יש לשלוח true או false';

export default catalog('he', {
  dir: 'rtl',
  messages: {
    type: 'הערך הצפוי: {expected}; הערך שהתקבל: {received}',
    'type.integer': 'צפוי מספר שלם',
    'type.array_body': 'הערך הצפוי: {expected}; הערך שהתקבל: {received} (cal.com אינו בודק גוף בקשה שהוא מערך, ואז נכשל בשגיאה 500)',
    unreadable: 'לא ניתן לקרוא את הערך: getter או מלכודת Proxy זרקו חריגה',
    'unreadable.body': 'לא ניתן לקרוא את גוף הבקשה: getter או מלכודת Proxy זרקו חריגה',
    'unicode.lone_surrogate': 'הטקסט מכיל תו תחליפי (surrogate) בודד של UTF-16 (חצי אימוג׳י?); הוא יישמר כ־\ufffd',
    required: 'שדה חובה: {field} חסר',
    duplicate_key: 'המפתח הזה מופיע יותר מפעם אחת בגוף הבקשה; רק הערך האחרון שלו נחשב',
    base_url: 'הערך של baseUrl חייב להיות כתובת URL מסוג http(s), למשל https://api.cal.com',
    more: '(ועוד {count, plural, one {בעיה אחת} two {שתי בעיות} other {# בעיות}})',

    'body.too_large':
      'גוף הבקשה בפורמט JSON הוא בגודל {count, plural, one {בייט אחד} two {שני בייטים} other {# בייטים}}; cal.com דוחה בשגיאה 413 כל גוף בקשה שגדול מ־{maximum} בייטים (100 kB)',
    'json.not_utf8': JSON_ERROR + 'הקידוד אינו UTF-8 תקין',
    'json.trailing': JSON_ERROR + 'טקסט לא צפוי אחרי ערך ה־JSON',
    'json.unexpected_char': JSON_ERROR + 'תו לא צפוי',
    'json.unexpected_end': JSON_ERROR + 'הקלט הסתיים באופן לא צפוי',
    'json.invalid_literal': JSON_ERROR + 'ליטרל לא תקין',
    'json.unknown_tag': JSON_ERROR + 'תג ערך לא מוכר',
    'json.expected_key': JSON_ERROR + 'כאן צפוי מפתח בתוך מירכאות',
    'json.expected_colon': JSON_ERROR + 'אחרי מפתח צפוי ":"',
    'json.expected_comma_brace': JSON_ERROR + 'כאן צפויים "," או סוגר מסולסל סוגר',
    'json.expected_comma_bracket': JSON_ERROR + 'כאן צפויים "," או סוגר מרובע סוגר',
    'json.unterminated_string': JSON_ERROR + 'מחרוזת שלא נסגרה',
    'json.invalid_unicode_escape': JSON_ERROR + 'רצף בריחה \\u לא תקין',
    'json.invalid_escape': JSON_ERROR + 'רצף בריחה לא תקין',
    'json.control_char': JSON_ERROR + 'תו בקרה בתוך מחרוזת',
    'json.invalid_number': JSON_ERROR + 'מספר לא תקין',
    'json.number_fraction': JSON_ERROR + 'מספר לא תקין: אחרי "." צריכות לבוא ספרות',
    'json.number_exponent': JSON_ERROR + 'מספר לא תקין: במעריך חסרות ספרות',

    'key.forbidden': UNKNOWN + ': אסור (cal.com מוחק אותו או מתעלם ממנו, ובקוד JavaScript הוא עלול לשנות אבות טיפוס)',
    'key.secret': UNKNOWN + ': מודל בצד הלקוח אף פעם לא מקבל סודות',
    'key.unknown': UNKNOWN + ': cal.com ישמיט אותו בלי להודיע',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com ישמיט אותו בלי להודיע',
    'key.rejected': UNKNOWN + ': cal.com דוחה כאן מפתחות לא מוכרים',
    'key.rejected.suggest': UNKNOWN + MEAN + ': cal.com דוחה כאן מפתחות לא מוכרים',
    'key.stripped': UNKNOWN + ': cal.com משמיט אותו בלי להציג שגיאה',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com משמיט אותו בלי להציג שגיאה',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' בתוך organization' + MODEL,

    'null.column': COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_NULL,

    'time_zone.unknown': 'זה לא אזור זמן של IANA: "{input}"',
    'time_zone.unknown.suggest': 'זה לא אזור זמן של IANA: "{input}"; האם התכוונת ל־{suggestions}?',
    'time_zone.deprecated': '"{input}" הוא שם מיושן של "{canonical}"; הוא עדיין עובד, אבל עדיף להשתמש בשם הקנוני',
    'time_zone.stored': 'cal.com שומר את אזור הזמן הזה בתור "{stored}", ולא באיות של IANA, "{canonical}"',
    'time_zone.absent':
      'בלי אזור זמן, cal.com משתמש ב־Europe/London ואינו יוצר לוח זמנים ברירת מחדל: לא ניתן לקבוע פגישות עם המשתמש עד שיהיה לו לוח זמנים',
    'locale.unknown': 'זו לא שפה ש־cal.com תומך בה',
    'locale.unknown.suggest': 'זו לא שפה ש־cal.com תומך בה: האם התכוונת ל־{suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + ': האם התכוונת ל־{suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; יש להשתמש במספר {suggestion} (בלי מירכאות)',
    'time_format.nan': 'צפוי המספר 12 או 24, אך התקבל ערך שאינו מספר',
    time_format: 'פורמט השעה חייב להיות 12 או 24',
    'time_format.coerced': 'cal.com ממיר את המחרוזת "{input}" למספר {stored}',
    'schedule_id.integer': 'מזהה לוח זמנים הוא מספר שלם',
    'schedule_id.too_small': 'מזהה לוח זמנים הוא {minimum} לפחות',
    'schedule_id.too_big': 'מזהה לוח זמנים הוא {maximum} לכל היותר',
    'schedule_id.unstorable':
      'cal.com מקבל את המספר הזה, אבל מסד הנתונים לא יכול לשמור אותו כמזהה לוח זמנים: הבקשה נכשלת בשגיאה 500',
    'schedule_id.null': 'בלי לוח זמנים ברירת מחדל, לא ניתן לקבוע פגישות עם המשתמש עד שיוגדר לו לוח זמנים',
    'team_id.integer': 'מזהה צוות הוא מספר שלם',
    'team_id.too_small': 'מזהה צוות הוא {minimum} לפחות',
    'team_id.too_big': 'מזהה צוות הוא {maximum} לכל היותר',
    'booking_limit.integer': 'מגבלת הזמנות היא מספר שלם של הזמנות',
    'booking_limit.too_small': 'מגבלת הזמנות היא {minimum} לפחות; לביטול המגבלה יש לשלוח null',
    'booking_limit.too_big': 'מגבלת הזמנות היא {maximum} לכל היותר; לביטול המגבלה יש לשלוח null',
    'number.positive': 'המספר חייב להיות גדול מ־{minimum}',
    'avatar_url.too_long': `כתובת URL מכילה ${chars('maximum')} לכל היותר`,
    'avatar_url.invalid': 'יש להזין כתובת URL מלאה של תמונה, כמו https://example.com/me.png, ולא "{input}"',
    'avatar_url.no_scheme':
      'יש להתחיל את הכתובת ב־https:// (או http://): בלי זה, הכתובת מפוענחת ביחס לדף שמציג את תמונת הפרופיל',
    'avatar_url.credentials': 'יש להסיר את החלק user:password@: הוא יפורסם יחד עם תמונת הפרופיל',
    'email.too_long': `כתובת אימייל מכילה ${chars('maximum')} לכל היותר`,
    'email.invalid': 'יש להזין כתובת אימייל כמו name@example.com, ולא "{input}"',
    'email.no_at': EMAIL + 'בכתובת "{input}" אין @',
    'email.many_at': EMAIL + 'בכתובת "{input}" יש יותר מ־@ אחד',
    'email.local_length': EMAIL + 'בכתובת "{input}" צריכים להיות 1 עד 64 תווים לפני ה־@',
    'email.local_char': EMAIL + 'בכתובת "{input}" יש לפני ה־@ תו שאינו מותר',
    'email.local_dot': EMAIL + 'בכתובת "{input}" יש לפני ה־@ נקודה במקום שגוי',
    'email.no_dot': EMAIL + 'לכתובת "{input}" חסר דומיין עם נקודה, כמו example.com',
    'email.domain': EMAIL + 'בכתובת "{input}" יש דומיין לא תקין',
    'email.tld': EMAIL + 'לכתובת "{input}" חסר דומיין עליון שמורכב מאותיות, כמו .com',
    'email.managed_user': "כתובת האימייל של משתמש מנוהל כוללת +'{clientId}' לפני ה־@",
    lowercased: 'cal.com שומר את הערך הזה באותיות קטנות: "{stored}"',
    'api_key.empty': 'יש להזין את מפתח ה־API שלך ב־cal.com (הוא מתחיל ב־cal_)',
    'api_key.bearer': 'יש להשמיט את המילה Bearer ולהזין רק את המפתח',
    'api_key.spaces': 'המפתח מכיל רווחים או מירכאות: יש להעתיק אותו שוב בלעדיהם',
    'api_key.chars': 'המפתח מכיל תווים שאף פעם לא מופיעים במפתח API או באסימון גישה',
    'api_key.truncated':
      'נראה שמפתח ה־cal_ הזה קטוע או פגום: יש להעתיק אותו שוב דרך הגדרות ← מפתחים ← מפתחות API',
    'api_key.unknown': 'זה לא מפתח API (מפתחות מתחילים ב־cal_) וגם לא אסימון גישה מלא',
    'metadata.key_too_long': `מפתח מטא־נתונים מכיל ${chars('maximum')} לכל היותר (יחידות קוד של UTF-16)`,
    'metadata.too_many_keys':
      'במטא־נתונים יש {maximum, plural, one {מפתח אחד} two {שני מפתחות} other {# מפתחות}} לכל היותר; כאן יש {count}',
    'metadata.value_too_long': `ערך מטא־נתונים מכיל ${chars('maximum')} לכל היותר (יחידות קוד של UTF-16); בערך הזה יש {count}`,
    'metadata.duplicate_key': 'המפתח הזה מופיע יותר מפעם אחת בגוף ה־JSON; רק הערך האחרון שלו יישמר',
    'metadata.constructor': 'המפתח "{input}" גורם ל־cal.com להיכשל בשגיאה 500 עוד לפני הבדיקה; יש לשנות את שמו',
    'metadata.forbidden':
      'המפתח "{input}" אסור: cal.com ישמיט אותו בלי להודיע, וקוד JavaScript עלול לקרוא אותו כחלק מאב הטיפוס; יש לשנות את שמו',
    'metadata.stripped': 'cal.com משמיט את המפתח "{input}" בלי להציג שגיאה',
    'metadata.inexact_number':
      'JavaScript לא יכול לייצג את המספר הזה במדויק (גדול מדי, מדויק מדי או מחוץ לטווח): יש לשלוח אותו כמחרוזת',
    'metadata.infinite': 'cal.com שומר את המספר הזה כ־null: אי אפשר לייצג מספר אינסופי ב־JSON',
    one_of: 'צפוי אחד מהערכים {values}, אך התקבל "{input}"',
    brand_color: 'יש להשתמש בצבע הקסדצימלי: #RGB, #RGBA, #RRGGBB או #RRGGBBAA',
    'zod.too_short': `המחרוזת חייבת להכיל ${chars('minimum')} לפחות`,
    'zod.too_long': `המחרוזת יכולה להכיל ${chars('maximum')} לכל היותר`,
    'zod.invalid': 'לא תקין',
    iso_date: 'צפוי תאריך בתבנית ISO 8601 כמו 2024-05-01T09:30:00Z, אך התקבל "{input}"',
  },

  // After "הערך הצפוי:": a noun phrase, no agreement with the sentence.
  expected: {
    string: 'מחרוזת',
    number: 'מספר',
    integer: 'מספר שלם',
    boolean: 'ערך בוליאני',
    object: 'אובייקט',
    value: 'ערך כלשהו',
    'non-null value': 'ערך שאינו null',
    'string, number or boolean': 'מחרוזת, מספר או ערך בוליאני',
    'number JavaScript holds exactly': 'מספר ש־JavaScript מייצג במדויק',
  },
  // After "הערך שהתקבל:".
  received: {
    null: 'null',
    boolean: 'ערך בוליאני',
    number: 'מספר',
    string: 'מחרוזת',
    array: 'מערך',
    object: 'אובייקט',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'ערך BigInt',
    symbol: 'ערך Symbol',
    function: 'פונקציה',
    Date: 'אובייקט Date',
    Map: 'אובייקט Map',
    Set: 'אובייקט Set',
    RegExp: 'ביטוי רגולרי',
    'class instance': 'מופע של מחלקה',
    'unreadable value': 'ערך שאי אפשר לקרוא',
  },
});
