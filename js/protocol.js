// Generated from src/protocol.rs by `UPDATE_PROTOCOL=1 cargo test --lib protocol`: do not edit.
// The ids and tables the JS layer shares with the core (see that file).

/** Schema ids (`__validate`, `__jsonSchema`). */
export const SCHEMA = Object.freeze({
  UPDATE_ME: 0,
  ME: 1,
  CREATE_MANAGED_USER: 2,
  MANAGED_USER: 3,
  V1_USER_CREATE: 4,
  V1_USER_EDIT: 5,
  V1_USER: 6,
  CREATED_MANAGED_USER: 7,
  BOOKING_LIMITS: 8,
  TEAM_BOOKING_LIMITS: 9,
  BOOKING_LIMITS_RESPONSE: 10,
});

/** Lone-value rule ids (`__check`). */
export const RULE = Object.freeze({
  EMAIL: 0,
  AVATAR_URL: 1,
  LOCALE: 2,
  METADATA: 3,
  API_KEY: 4,
  TEAM_ID: 5,
});

/** What JS wrote into the input buffer (`__validateInput`'s kind). */
export const INPUT = Object.freeze({
  JS_VALUE: 0,
  JSON_TEXT: 1,
  JSON_BYTES: 2,
  JSON_TEXT_UNCHECKED: 3,
});

/** JSON Schema target ids (`__jsonSchema` flags, bits 2-3). */
export const TARGET = Object.freeze({
  'draft-2020-12': 0,
  'draft-07': 1,
  'openapi-3.0': 2,
});

/** cal.com's limits the rules enforce (UTF-16 units for lengths, bytes for the body). */
export const LIMITS = Object.freeze({
  bodyBytes: 102400,
  int32Max: 2147483647,
  emailLength: 254,
  avatarUrlLength: 2084,
  metadataKeys: 50,
  metadataKeyLength: 40,
  metadataValueLength: 500,
});

/** Canonical time-zone names compat mode does not take unchanged (cal.com capitalises them otherwise). */
export const ZONES_CHANGED_IN_COMPAT = ['Africa/Dar_es_Salaam', 'Africa/Porto-Novo', 'America/Blanc-Sablon', 'America/Port-au-Prince', 'America/Port_of_Spain', 'Antarctica/DumontDUrville', 'Antarctica/McMurdo', 'Asia/Ust-Nera', 'Europe/Isle_of_Man'];

/** Every canonical time-zone name (`timeZones()`), space-separated: the Node entry's fast path checks zones with them before the core is instantiated (a bundle that does not import them drops them). */
export const CANONICAL_ZONES = 'Africa/Abidjan Africa/Accra Africa/Addis_Ababa Africa/Algiers Africa/Asmara Africa/Bamako Africa/Bangui Africa/Banjul Africa/Bissau Africa/Blantyre Africa/Brazzaville Africa/Bujumbura Africa/Cairo Africa/Casablanca Africa/Ceuta Africa/Conakry Africa/Dakar Africa/Dar_es_Salaam Africa/Djibouti Africa/Douala Africa/El_Aaiun Africa/Freetown Africa/Gaborone Africa/Harare Africa/Johannesburg Africa/Juba Africa/Kampala Africa/Khartoum Africa/Kigali Africa/Kinshasa Africa/Lagos Africa/Libreville Africa/Lome Africa/Luanda Africa/Lubumbashi Africa/Lusaka Africa/Malabo Africa/Maputo Africa/Maseru Africa/Mbabane Africa/Mogadishu Africa/Monrovia Africa/Nairobi Africa/Ndjamena Africa/Niamey Africa/Nouakchott Africa/Ouagadougou Africa/Porto-Novo Africa/Sao_Tome Africa/Tripoli Africa/Tunis Africa/Windhoek America/Adak America/Anchorage America/Anguilla America/Antigua America/Araguaina America/Argentina/Buenos_Aires America/Argentina/Catamarca America/Argentina/Cordoba America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza America/Argentina/Rio_Gallegos America/Argentina/Salta America/Argentina/San_Juan America/Argentina/San_Luis America/Argentina/Tucuman America/Argentina/Ushuaia America/Aruba America/Asuncion America/Atikokan America/Bahia America/Bahia_Banderas America/Barbados America/Belem America/Belize America/Blanc-Sablon America/Boa_Vista America/Bogota America/Boise America/Cambridge_Bay America/Campo_Grande America/Cancun America/Caracas America/Cayenne America/Cayman America/Chicago America/Chihuahua America/Ciudad_Juarez America/Costa_Rica America/Coyhaique America/Creston America/Cuiaba America/Curacao America/Danmarkshavn America/Dawson America/Dawson_Creek America/Denver America/Detroit America/Dominica America/Edmonton America/Eirunepe America/El_Salvador America/Fort_Nelson America/Fortaleza America/Glace_Bay America/Goose_Bay America/Grand_Turk America/Grenada America/Guadeloupe America/Guatemala America/Guayaquil America/Guyana America/Halifax America/Havana America/Hermosillo America/Indiana/Indianapolis America/Indiana/Knox America/Indiana/Marengo America/Indiana/Petersburg America/Indiana/Tell_City America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac America/Inuvik America/Iqaluit America/Jamaica America/Juneau America/Kentucky/Louisville America/Kentucky/Monticello America/Kralendijk America/La_Paz America/Lima America/Los_Angeles America/Lower_Princes America/Maceio America/Managua America/Manaus America/Marigot America/Martinique America/Matamoros America/Mazatlan America/Menominee America/Merida America/Metlakatla America/Mexico_City America/Miquelon America/Moncton America/Monterrey America/Montevideo America/Montserrat America/Nassau America/New_York America/Nome America/Noronha America/North_Dakota/Beulah America/North_Dakota/Center America/North_Dakota/New_Salem America/Nuuk America/Ojinaga America/Panama America/Paramaribo America/Phoenix America/Port-au-Prince America/Port_of_Spain America/Porto_Velho America/Puerto_Rico America/Punta_Arenas America/Rankin_Inlet America/Recife America/Regina America/Resolute America/Rio_Branco America/Santarem America/Santiago America/Santo_Domingo America/Sao_Paulo America/Scoresbysund America/Sitka America/St_Barthelemy America/St_Johns America/St_Kitts America/St_Lucia America/St_Thomas America/St_Vincent America/Swift_Current America/Tegucigalpa America/Thule America/Tijuana America/Toronto America/Tortola America/Vancouver America/Whitehorse America/Winnipeg America/Yakutat Antarctica/Casey Antarctica/Davis Antarctica/DumontDUrville Antarctica/Macquarie Antarctica/Mawson Antarctica/McMurdo Antarctica/Palmer Antarctica/Rothera Antarctica/Syowa Antarctica/Troll Antarctica/Vostok Arctic/Longyearbyen Asia/Aden Asia/Almaty Asia/Amman Asia/Anadyr Asia/Aqtau Asia/Aqtobe Asia/Ashgabat Asia/Atyrau Asia/Baghdad Asia/Bahrain Asia/Baku Asia/Bangkok Asia/Barnaul Asia/Beirut Asia/Bishkek Asia/Brunei Asia/Chita Asia/Colombo Asia/Damascus Asia/Dhaka Asia/Dili Asia/Dubai Asia/Dushanbe Asia/Famagusta Asia/Gaza Asia/Hebron Asia/Ho_Chi_Minh Asia/Hong_Kong Asia/Hovd Asia/Irkutsk Asia/Jakarta Asia/Jayapura Asia/Jerusalem Asia/Kabul Asia/Kamchatka Asia/Karachi Asia/Kathmandu Asia/Khandyga Asia/Kolkata Asia/Krasnoyarsk Asia/Kuala_Lumpur Asia/Kuching Asia/Kuwait Asia/Macau Asia/Magadan Asia/Makassar Asia/Manila Asia/Muscat Asia/Nicosia Asia/Novokuznetsk Asia/Novosibirsk Asia/Omsk Asia/Oral Asia/Phnom_Penh Asia/Pontianak Asia/Pyongyang Asia/Qatar Asia/Qostanay Asia/Qyzylorda Asia/Riyadh Asia/Sakhalin Asia/Samarkand Asia/Seoul Asia/Shanghai Asia/Singapore Asia/Srednekolymsk Asia/Taipei Asia/Tashkent Asia/Tbilisi Asia/Tehran Asia/Thimphu Asia/Tokyo Asia/Tomsk Asia/Ulaanbaatar Asia/Urumqi Asia/Ust-Nera Asia/Vientiane Asia/Vladivostok Asia/Yakutsk Asia/Yangon Asia/Yekaterinburg Asia/Yerevan Atlantic/Azores Atlantic/Bermuda Atlantic/Canary Atlantic/Cape_Verde Atlantic/Faroe Atlantic/Madeira Atlantic/Reykjavik Atlantic/South_Georgia Atlantic/St_Helena Atlantic/Stanley Australia/Adelaide Australia/Brisbane Australia/Broken_Hill Australia/Darwin Australia/Eucla Australia/Hobart Australia/Lindeman Australia/Lord_Howe Australia/Melbourne Australia/Perth Australia/Sydney Etc/GMT Etc/GMT+1 Etc/GMT+10 Etc/GMT+11 Etc/GMT+12 Etc/GMT+2 Etc/GMT+3 Etc/GMT+4 Etc/GMT+5 Etc/GMT+6 Etc/GMT+7 Etc/GMT+8 Etc/GMT+9 Etc/GMT-1 Etc/GMT-10 Etc/GMT-11 Etc/GMT-12 Etc/GMT-13 Etc/GMT-14 Etc/GMT-2 Etc/GMT-3 Etc/GMT-4 Etc/GMT-5 Etc/GMT-6 Etc/GMT-7 Etc/GMT-8 Etc/GMT-9 Etc/UTC Europe/Amsterdam Europe/Andorra Europe/Astrakhan Europe/Athens Europe/Belgrade Europe/Berlin Europe/Bratislava Europe/Brussels Europe/Bucharest Europe/Budapest Europe/Busingen Europe/Chisinau Europe/Copenhagen Europe/Dublin Europe/Gibraltar Europe/Guernsey Europe/Helsinki Europe/Isle_of_Man Europe/Istanbul Europe/Jersey Europe/Kaliningrad Europe/Kirov Europe/Kyiv Europe/Lisbon Europe/Ljubljana Europe/London Europe/Luxembourg Europe/Madrid Europe/Malta Europe/Mariehamn Europe/Minsk Europe/Monaco Europe/Moscow Europe/Oslo Europe/Paris Europe/Podgorica Europe/Prague Europe/Riga Europe/Rome Europe/Samara Europe/San_Marino Europe/Sarajevo Europe/Saratov Europe/Simferopol Europe/Skopje Europe/Sofia Europe/Stockholm Europe/Tallinn Europe/Tirane Europe/Ulyanovsk Europe/Vaduz Europe/Vatican Europe/Vienna Europe/Vilnius Europe/Volgograd Europe/Warsaw Europe/Zagreb Europe/Zurich GMT Indian/Antananarivo Indian/Chagos Indian/Christmas Indian/Cocos Indian/Comoro Indian/Kerguelen Indian/Mahe Indian/Maldives Indian/Mauritius Indian/Mayotte Indian/Reunion Pacific/Apia Pacific/Auckland Pacific/Bougainville Pacific/Chatham Pacific/Chuuk Pacific/Easter Pacific/Efate Pacific/Fakaofo Pacific/Fiji Pacific/Funafuti Pacific/Galapagos Pacific/Gambier Pacific/Guadalcanal Pacific/Guam Pacific/Honolulu Pacific/Kanton Pacific/Kiritimati Pacific/Kosrae Pacific/Kwajalein Pacific/Majuro Pacific/Marquesas Pacific/Midway Pacific/Nauru Pacific/Niue Pacific/Norfolk Pacific/Noumea Pacific/Pago_Pago Pacific/Palau Pacific/Pitcairn Pacific/Pohnpei Pacific/Port_Moresby Pacific/Rarotonga Pacific/Saipan Pacific/Tahiti Pacific/Tarawa Pacific/Tongatapu Pacific/Wake Pacific/Wallis UTC';

/** Metadata keys strict mode rejects (cal.com deletes, drops or fails on them). */
export const METADATA_FORBIDDEN_KEYS = ['constructor', 'prototype', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf'];

// An issue's optional members in the order its wire form writes them (src/issue.rs `MEMBERS`):
// [name, shape]; ARG members go in the issue's `args` object.
export const ARG = 0;
export const ONE = 1;
export const LIST = 2;
export const CONSTRAINTS = 3;
export const ISSUE_MEMBERS = [['input', ARG], ['field', ARG], ['count', ARG], ['stored', ARG], ['expected', ONE], ['received', ONE], ['minimum', ONE], ['maximum', ONE], ['unit', ONE], ['values', LIST], ['suggestions', LIST], ['canonical', ONE], ['keys', LIST], ['position', ONE], ['calcom', CONSTRAINTS]];

// Fast-path kinds (src/rules/mod.rs `Fast`): [kind, ...arguments]; null: the core only.
export const TEXT = 1;
export const ONE_OF = 2;
export const INT_RANGE = 3;
export const INTEGER = 4;
export const NUMBER = 5;
export const TIME_ZONE = 6;
export const METADATA = 7;

const LIST_0 = [12, 24];
const LIST_1 = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LIST_2 = ['ar', 'ca', 'de', 'es', 'eu', 'he', 'id', 'ja', 'lv', 'pl', 'ro', 'sr', 'th', 'vi', 'az', 'cs', 'el', 'es-419', 'fi', 'hr', 'it', 'km', 'nl', 'pt', 'ru', 'sv', 'tr', 'zh-CN', 'bg', 'da', 'en', 'et', 'fr', 'hu', 'iw', 'ko', 'no', 'pt-BR', 'sk', 'ta', 'uk', 'zh-TW', 'bn'];

/** A schema's table: whether it is a request body (cal.com's body limit applies), and its fields in order. */
const schema = (request, fields) =>
  Object.freeze({ request, fields: fields.map(([name, presence, nulls, fast]) => Object.freeze({ name, presence, null: nulls, fast })) });

/** The schemas by id. */
export const SCHEMAS = [
  // UPDATE_ME: UpdateMeInput
  schema(true, [['email', 'optional', 'not-null-column', null], ['name', 'optional', 'clears', [TEXT]], ['timeFormat', 'optional', 'breaks', [ONE_OF, LIST_0]], ['defaultScheduleId', 'optional', 'clears-with-warning', [INT_RANGE, 1, 2147483647]], ['weekStart', 'optional', 'not-null-column', [ONE_OF, LIST_1]], ['timeZone', 'optional', 'not-null-column', [TIME_ZONE]], ['locale', 'optional', 'clears', [ONE_OF, LIST_2]], ['avatarUrl', 'optional', 'clears', null], ['bio', 'optional', 'clears', [TEXT]], ['metadata', 'optional', 'breaks', [METADATA]]]),
  // ME: Me
  schema(false, [['id', 'required', 'rejected', [INTEGER]], ['email', 'required', 'rejected', [TEXT]], ['username', 'required', 'rejected', [TEXT]], ['name', 'required', 'clears', [TEXT]], ['avatarUrl', 'required', 'clears', null], ['bio', 'required', 'clears', [TEXT]], ['timeFormat', 'required', 'rejected', null], ['defaultScheduleId', 'required', 'clears', [INTEGER]], ['weekStart', 'required', 'rejected', null], ['timeZone', 'required', 'rejected', null], ['locale', 'optional', 'clears', [ONE_OF, LIST_2]], ['organizationId', 'required', 'clears', [NUMBER]], ['organization', 'optional', 'rejected', null]]),
  // CREATE_MANAGED_USER: CreateManagedUserInput
  schema(true, [['email', 'required', 'rejected', null], ['name', 'required', 'rejected', [TEXT]], ['timeFormat', 'optional', 'breaks', [ONE_OF, LIST_0]], ['weekStart', 'optional', 'not-null-column', [ONE_OF, LIST_1]], ['timeZone', 'optional-with-warning', 'absent', [TIME_ZONE]], ['locale', 'optional', 'clears', [ONE_OF, LIST_2]], ['avatarUrl', 'optional', 'clears', null], ['bio', 'optional', 'clears', [TEXT]], ['metadata', 'optional', 'breaks', [METADATA]]]),
  // MANAGED_USER: ManagedUser
  schema(false, [['id', 'required', 'rejected', [NUMBER]], ['email', 'required', 'rejected', null], ['username', 'required', 'clears', [TEXT]], ['name', 'required', 'clears', [TEXT]], ['bio', 'required', 'clears', [TEXT]], ['timeZone', 'required', 'rejected', null], ['weekStart', 'required', 'rejected', null], ['createdDate', 'required', 'rejected', null], ['timeFormat', 'required', 'clears', [NUMBER]], ['defaultScheduleId', 'required', 'clears', [NUMBER]], ['locale', 'required', 'clears', [ONE_OF, LIST_2]], ['avatarUrl', 'optional', 'clears', [TEXT]], ['metadata', 'optional', 'rejected', [METADATA]]]),
  // V1_USER_CREATE: V1UserCreateInput
  schema(true, [['name', 'optional', 'clears', [TEXT]], ['email', 'required', 'rejected', null], ['username', 'required', 'rejected', null], ['bio', 'optional', 'clears', [TEXT]], ['timeZone', 'optional', 'rejected', null], ['weekStart', 'optional', 'rejected', [ONE_OF, LIST_1]], ['theme', 'optional', 'clears', null], ['appTheme', 'optional', 'clears', null], ['defaultScheduleId', 'optional', 'clears', null], ['locale', 'optional', 'rejected', null], ['hideBranding', 'optional', 'rejected', null], ['timeFormat', 'optional', 'rejected', null], ['brandColor', 'optional', 'rejected', null], ['darkBrandColor', 'optional', 'rejected', null], ['allowDynamicBooking', 'optional', 'breaks', null], ['role', 'optional', 'rejected', null], ['createdDate', 'optional', 'rejected', null]]),
  // V1_USER_EDIT: V1UserEditInput
  schema(true, [['name', 'optional', 'clears', [TEXT]], ['email', 'optional', 'rejected', null], ['username', 'optional', 'rejected', null], ['bio', 'optional', 'clears', [TEXT]], ['timeZone', 'optional', 'rejected', null], ['weekStart', 'optional', 'rejected', [ONE_OF, LIST_1]], ['theme', 'optional', 'clears', null], ['appTheme', 'optional', 'clears', null], ['defaultScheduleId', 'optional', 'clears', null], ['locale', 'optional', 'clears', null], ['hideBranding', 'optional', 'rejected', null], ['timeFormat', 'optional', 'rejected', null], ['brandColor', 'optional', 'rejected', null], ['darkBrandColor', 'optional', 'rejected', null], ['allowDynamicBooking', 'optional', 'breaks', null], ['role', 'optional', 'rejected', null]]),
  // V1_USER: V1User
  schema(false, [['id', 'required', 'rejected', [INTEGER]], ['username', 'required', 'clears', [TEXT]], ['name', 'required', 'clears', [TEXT]], ['email', 'required', 'rejected', [TEXT]], ['emailVerified', 'optional', 'clears', [TEXT]], ['bio', 'optional', 'clears', [TEXT]], ['avatar', 'optional', 'clears', [TEXT]], ['timeZone', 'required', 'rejected', [TEXT]], ['weekStart', 'required', 'rejected', [TEXT]], ['endTime', 'optional', 'clears', [NUMBER]], ['bufferTime', 'optional', 'clears', [NUMBER]], ['appTheme', 'optional', 'clears', [TEXT]], ['theme', 'optional', 'clears', [TEXT]], ['defaultScheduleId', 'optional', 'clears', [NUMBER]], ['locale', 'optional', 'clears', [TEXT]], ['timeFormat', 'optional', 'clears', [NUMBER]], ['hideBranding', 'optional', 'clears', null], ['brandColor', 'optional', 'clears', [TEXT]], ['darkBrandColor', 'optional', 'clears', [TEXT]], ['allowDynamicBooking', 'optional', 'clears', null], ['createdDate', 'optional', 'clears', [TEXT]], ['verified', 'optional', 'clears', null], ['invitedTo', 'optional', 'clears', [NUMBER]], ['role', 'optional', 'clears', [TEXT]]]),
  // CREATED_MANAGED_USER: CreatedManagedUser
  schema(false, [['user', 'required', 'rejected', null], ['accessToken', 'required', 'rejected', [TEXT]], ['refreshToken', 'required', 'rejected', [TEXT]], ['accessTokenExpiresAt', 'required', 'rejected', [NUMBER]], ['refreshTokenExpiresAt', 'required', 'rejected', [NUMBER]]]),
  // BOOKING_LIMITS: BookingLimitsInput
  schema(true, [['perDay', 'optional', 'clears', [INT_RANGE, 1, 2147483647]], ['perWeek', 'optional', 'clears', [INT_RANGE, 1, 2147483647]], ['perMonth', 'optional', 'clears', [INT_RANGE, 1, 2147483647]], ['perYear', 'optional', 'clears', [INT_RANGE, 1, 2147483647]]]),
  // TEAM_BOOKING_LIMITS: TeamBookingLimitsInput
  schema(true, [['perDay', 'optional', 'clears', [INT_RANGE, 1, 2147483647]], ['perWeek', 'optional', 'clears', [INT_RANGE, 1, 2147483647]], ['perMonth', 'optional', 'clears', [INT_RANGE, 1, 2147483647]], ['perYear', 'optional', 'clears', [INT_RANGE, 1, 2147483647]]]),
  // BOOKING_LIMITS_RESPONSE: BookingLimits
  schema(false, [['perDay', 'required', 'clears', [INT_RANGE, 1, 2147483647]], ['perWeek', 'required', 'clears', [INT_RANGE, 1, 2147483647]], ['perMonth', 'required', 'clears', [INT_RANGE, 1, 2147483647]], ['perYear', 'required', 'clears', [INT_RANGE, 1, 2147483647]]]),
];
