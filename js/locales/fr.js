// Français. Formal address ("vous"), as cal.com's French interface; French quotation marks « … ».
// French typography: a no-break space (U+00A0) before ":" and inside « », a narrow no-break
// space (U+202F) before ";", "?" and "!". Plural: `one` covers 0 and 1; `many` is for millions
// ("1 000 000 de clés").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = "Le corps de la requête n'est pas un JSON valide (octet {position}) : ";
const EMAIL = 'Saisissez une adresse e-mail comme name@example.com : « {input} » ';
const UNKNOWN = 'Clé inconnue « {input} »';
const MEAN = ' (vouliez-vous dire {suggestion} ?)';
const MODEL =
  " : elle ne figure pas dans cette version du modèle et est donc omise de data (cal.com l'a peut-être ajoutée)";
const COMPAT = 'cal.com accepte null ici, mais ';
const NOT_NULL_COLUMN = '{field} ne peut pas être null : la colonne est NOT NULL, donc cal.com échoue avec une erreur 500';
const NOT_NULL_TIME_FORMAT =
  '{field} ne peut pas être null : cal.com enregistre le null, puis chaque GET /v2/me échoue';
const NOT_NULL_METADATA =
  "{field} ne peut pas être null : la base de données refuse un null JSON (erreur 500) ; envoyez '{}' pour vider les métadonnées";
const DYNAMIC_BOOKING =
  '{field} à null est enregistré, puis cal.com le lit comme false (réservation de groupe dynamique désactivée) ; envoyez true ou false';
const WEEK_START =
  "Le début de semaine doit être l'une de ces valeurs : {values} (en anglais, avec une majuscule initiale)";
const TIME_FORMAT_STRING = 'Le nombre 12 ou 24 est attendu, mais la valeur reçue est la chaîne « {input} »';

// "N caractères" after "au plus" / "au moins".
const chars = (n) => `{${n}, plural, one {# caractère} many {# de caractères} other {# caractères}}`;

export default catalog('fr', {
  messages: {
    type: 'Attendu : {expected} ; reçu : {received}',
    'type.integer': 'Un nombre entier est attendu',
    'type.array_body':
      'Attendu : {expected} ; reçu : {received} (cal.com ne valide pas un corps de requête qui est un tableau, puis échoue avec une erreur 500)',
    unreadable: 'Impossible de lire cette valeur : un getter ou un piège (trap) de Proxy a levé une exception',
    'unreadable.body':
      'Impossible de lire le corps de la requête : un getter ou un piège (trap) de Proxy a levé une exception',
    'unicode.lone_surrogate':
      "Le texte contient un demi-caractère UTF-16 isolé (surrogate), peut-être la moitié d'un emoji ; il serait enregistré sous la forme \ufffd",
    required: 'Obligatoire : {field} est absent',
    duplicate_key: 'Cette clé apparaît plusieurs fois dans le corps de la requête ; seule sa dernière valeur compte',
    base_url: 'baseUrl doit être une URL http(s), par exemple https://api.cal.com',
    more: "(+{count, plural, one {# autre} many {# d'autres} other {# autres}})",

    'body.too_large':
      "Le corps de la requête fait {count, plural, one {# octet} many {# d'octets} other {# octets}} en JSON ; cal.com refuse tout corps de plus de {maximum, plural, one {# octet} many {# d'octets} other {# octets}} (100 Ko) avec une erreur 413",
    'json.not_utf8': JSON_ERROR + "le texte n'est pas de l'UTF-8 valide",
    'json.trailing': JSON_ERROR + 'texte inattendu après la valeur JSON',
    'json.unexpected_char': JSON_ERROR + 'caractère inattendu',
    'json.unexpected_end': JSON_ERROR + 'fin inattendue des données',
    'json.invalid_literal': JSON_ERROR + 'littéral invalide',
    'json.unknown_tag': JSON_ERROR + 'étiquette de valeur inconnue',
    'json.expected_key': JSON_ERROR + 'une clé entre guillemets est attendue ici',
    'json.expected_colon': JSON_ERROR + '« : » est attendu après une clé',
    'json.expected_comma_brace': JSON_ERROR + 'une virgule ou une accolade fermante est attendue ici',
    'json.expected_comma_bracket': JSON_ERROR + 'une virgule ou un crochet fermant est attendu ici',
    'json.unterminated_string': JSON_ERROR + 'chaîne non terminée',
    'json.invalid_unicode_escape': JSON_ERROR + "séquence d'échappement \\u invalide",
    'json.invalid_escape': JSON_ERROR + "séquence d'échappement invalide",
    'json.control_char': JSON_ERROR + 'caractère de contrôle dans une chaîne',
    'json.invalid_number': JSON_ERROR + 'nombre invalide',
    'json.number_fraction': JSON_ERROR + 'nombre invalide : des chiffres sont attendus après « . »',
    'json.number_exponent': JSON_ERROR + "nombre invalide : des chiffres sont attendus dans l'exposant",

    'key.forbidden':
      UNKNOWN + " : non autorisée (cal.com la supprime ou l'ignore, et dans du code JavaScript elle peut modifier des prototypes)",
    'key.secret': UNKNOWN + " : un modèle côté client n'accepte jamais de secrets",
    'key.unknown': UNKNOWN + ' : cal.com la supprimerait sans rien signaler',
    'key.unknown.suggest': UNKNOWN + MEAN + ' : cal.com la supprimerait sans rien signaler',
    'key.rejected': UNKNOWN + ' : cal.com refuse ici les clés inconnues',
    'key.rejected.suggest': UNKNOWN + MEAN + ' : cal.com refuse ici les clés inconnues',
    'key.stripped': UNKNOWN + " : cal.com la supprime sans renvoyer d'erreur",
    'key.stripped.suggest': UNKNOWN + MEAN + " : cal.com la supprime sans renvoyer d'erreur",
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' dans organization' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_BOOKING,

    'time_zone.unknown': "Ce n'est pas un fuseau horaire IANA : « {input} »",
    'time_zone.unknown.suggest': "Ce n'est pas un fuseau horaire IANA : « {input} » ; vouliez-vous dire {suggestions} ?",
    'time_zone.deprecated':
      '« {input} » est un ancien nom de « {canonical} » ; il fonctionne encore, mais préférez le nom canonique',
    'time_zone.stored':
      'cal.com enregistre ce fuseau horaire sous la forme « {stored} », et non sous sa graphie IANA « {canonical} »',
    'time_zone.absent':
      "Sans fuseau horaire, cal.com utilise Europe/London et ne crée aucun planning par défaut : personne ne peut réserver auprès de l'utilisateur tant qu'il n'en a pas",
    'locale.unknown': "Cette langue n'est pas prise en charge par cal.com",
    'locale.unknown.suggest': "Cette langue n'est pas prise en charge par cal.com : vouliez-vous dire {suggestions} ?",
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + ' ; vouliez-vous dire {suggestion} ?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ' : utilisez le nombre {suggestion} (sans guillemets)',
    'time_format.nan': "Le nombre 12 ou 24 est attendu, mais la valeur reçue n'est pas un nombre",
    time_format: "Le format de l'heure doit être 12 ou 24",
    'time_format.coerced': 'cal.com convertit la chaîne « {input} » en nombre, soit {stored}',
    'schedule_id.integer': "L'ID d'un planning est un nombre entier",
    'schedule_id.too_small': "L'ID d'un planning vaut au moins {minimum}",
    'schedule_id.too_big': "L'ID d'un planning vaut au plus {maximum}",
    'schedule_id.unstorable':
      "cal.com accepte ce nombre, mais la base de données ne peut pas l'enregistrer comme ID de planning : la requête échoue avec une erreur 500",
    'schedule_id.null':
      "Sans planning par défaut, personne ne peut réserver auprès de l'utilisateur tant qu'aucun n'est défini",
    'booking_limit.too_small': 'Une limite de réservations vaut au moins {minimum} ; envoyez null pour ne fixer aucune limite',
    'booking_limit.integer': 'Une limite de réservations est un nombre entier de réservations',
    'booking_limit.too_big': 'Une limite de réservations vaut au plus {maximum} ; envoyez null pour ne fixer aucune limite',
    'team_id.integer': "L'ID d'une équipe est un nombre entier",
    'team_id.too_small': "L'ID d'une équipe vaut au moins {minimum}",
    'team_id.too_big': "L'ID d'une équipe vaut au plus {maximum}",
    'number.positive': 'Le nombre doit être supérieur à {minimum}',
    'avatar_url.too_long': `Une URL compte au plus ${chars('maximum')}`,
    'avatar_url.invalid':
      "Saisissez l'URL complète d'une image, par exemple https://example.com/me.png, et non « {input} »",
    'avatar_url.no_scheme':
      "Commencez l'URL par https:// (ou http://) : sinon, l'adresse est résolue par rapport à la page qui affiche l'avatar",
    'avatar_url.credentials': "Retirez la partie utilisateur:motdepasse@ : elle serait publiée avec l'avatar",
    'email.too_long': `Une adresse e-mail compte au plus ${chars('maximum')}`,
    'email.invalid': 'Saisissez une adresse e-mail comme name@example.com, et non « {input} »',
    'email.no_at': EMAIL + 'ne contient pas de signe @',
    'email.many_at': EMAIL + 'contient plusieurs signes @',
    'email.local_length': EMAIL + 'doit compter de 1 à 64 caractères avant le signe @',
    'email.local_char': EMAIL + 'contient un caractère non autorisé avant le signe @',
    'email.local_dot': EMAIL + 'contient un point mal placé avant le signe @',
    'email.no_dot': EMAIL + 'doit avoir un domaine avec un point, comme example.com',
    'email.domain': EMAIL + 'a un domaine invalide',
    'email.tld': EMAIL + 'doit avoir un domaine de premier niveau composé de lettres, comme .com',
    'email.managed_user': "L'adresse e-mail d'un utilisateur géré contient +'{clientId}' avant le signe @",
    lowercased: 'cal.com enregistre cette valeur en minuscules : « {stored} »',
    'api_key.empty': 'Saisissez votre clé API cal.com (elle commence par cal_)',
    'api_key.bearer': 'Retirez le mot Bearer : indiquez la clé seule',
    'api_key.spaces': 'La clé contient des espaces ou des guillemets : copiez-la de nouveau, sans eux',
    'api_key.chars': "La clé contient des caractères qu'une clé API ou un jeton d'accès ne contient jamais",
    'api_key.truncated':
      'Cette clé cal_ semble tronquée ou abîmée : copiez-la de nouveau depuis Paramètres → Développeur → Clés API',
    'api_key.unknown': "Ce n'est ni une clé API (elles commencent par cal_) ni un jeton d'accès complet",
    'metadata.key_too_long': `Une clé de métadonnées compte au plus ${chars('maximum')} (unités de code UTF-16)`,
    'metadata.too_many_keys':
      'Les métadonnées comptent au plus {maximum, plural, one {# clé} many {# de clés} other {# clés}} ; celles-ci en comptent {count}',
    'metadata.value_too_long': `Une valeur de métadonnées compte au plus ${chars('maximum')} (unités de code UTF-16) ; celle-ci en compte {count}`,
    'metadata.duplicate_key':
      'Cette clé apparaît plusieurs fois dans le corps JSON ; seule sa dernière valeur serait conservée',
    'metadata.constructor':
      'La clé « {input} » fait échouer cal.com avec une erreur 500 avant toute validation ; renommez-la',
    'metadata.forbidden':
      "La clé « {input} » n'est pas autorisée : cal.com la supprimerait sans rien signaler, et du code JavaScript pourrait la lire comme une partie du prototype ; renommez-la",
    'metadata.stripped': "cal.com supprime la clé « {input} » sans renvoyer d'erreur",
    'metadata.inexact_number':
      'JavaScript ne peut pas représenter ce nombre exactement (trop grand, trop précis ou hors limites) : envoyez-le sous forme de chaîne',
    'metadata.infinite': 'cal.com enregistre ce nombre comme null : JSON ne peut pas représenter un nombre infini',
    one_of: "Attendu : l'une des valeurs {values} ; reçu : « {input} »",
    brand_color: 'Utilisez une couleur hexadécimale : #RGB, #RGBA, #RRGGBB ou #RRGGBBAA',
    'zod.too_short': `La chaîne doit contenir au moins ${chars('minimum')}`,
    'zod.too_long': `La chaîne doit contenir au plus ${chars('maximum')}`,
    'zod.invalid': 'Invalide',
    iso_date: 'Attendu : une date ISO 8601 comme 2024-05-01T09:30:00Z ; reçu : « {input} »',
  },

  // After "Attendu :": with the article.
  expected: {
    string: 'une chaîne de caractères',
    number: 'un nombre',
    integer: 'un nombre entier',
    boolean: 'un booléen',
    object: 'un objet',
    value: 'une valeur',
    'non-null value': 'une valeur non null',
    'string, number or boolean': 'une chaîne, un nombre ou un booléen',
    'number JavaScript holds exactly': 'un nombre que JavaScript représente exactement',
  },
  // After "reçu :": with the article, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'un booléen',
    number: 'un nombre',
    string: 'une chaîne',
    array: 'un tableau',
    object: 'un objet',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'un BigInt',
    symbol: 'un symbole',
    function: 'une fonction',
    Date: 'un objet Date',
    Map: 'un objet Map',
    Set: 'un objet Set',
    RegExp: 'une expression régulière',
    'class instance': 'une instance de classe',
    'unreadable value': 'une valeur illisible',
  },
});
