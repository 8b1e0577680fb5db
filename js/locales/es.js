// Español (España). Informal address ("tú": "Introduce…"), as cal.com's Spanish interface;
// Spanish angle quotes «…». Peninsular vocabulary ("petición", "ajustes", "¿querías decir…?").
// Plural: `one` is 1 only; `many` is for millions ("1.000.000 de claves").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'El cuerpo de la petición no es un JSON válido (byte {position}): ';
const EMAIL = 'Introduce una dirección de correo electrónico como name@example.com: «{input}» ';
const UNKNOWN = 'Clave desconocida «{input}»';
const MEAN = ' (¿querías decir {suggestion}?)';
const MODEL =
  ': no existe en esta versión del modelo, así que se omite en data (puede que cal.com la haya añadido)';
const COMPAT = 'cal.com acepta null aquí, pero ';
const NOT_NULL_COLUMN = '{field} no puede ser null: la columna es NOT NULL, así que cal.com falla con un error 500';
const NOT_NULL_TIME_FORMAT =
  '{field} no puede ser null: cal.com guarda el null y, a partir de ahí, todas las peticiones GET /v2/me fallan';
const NOT_NULL_METADATA =
  "{field} no puede ser null: la base de datos rechaza un null de JSON (error 500); envía '{}' para vaciar los metadatos";
const DYNAMIC_BOOKING =
  ' se guarda y después cal.com lo interpreta como false (reservas dinámicas de grupo desactivadas): envía true o false';
const WEEK_START = 'El inicio de la semana debe ser uno de estos valores: {values} (en inglés y con mayúscula inicial)';
const TIME_FORMAT_STRING = 'Se esperaba el número 12 o 24, pero se ha recibido la cadena «{input}»';

// "N caracteres" after "como máximo" / "al menos".
const chars = (n) => `{${n}, plural, one {# carácter} many {# de caracteres} other {# caracteres}}`;

export default catalog('es', {
  messages: {
    type: 'Se esperaba {expected}, pero se ha recibido {received}',
    'type.integer': 'Se esperaba un número entero',
    'type.array_body':
      'Se esperaba {expected}, pero se ha recibido {received} (cal.com no valida un cuerpo que sea un array y después falla con un error 500)',
    unreadable: 'No se ha podido leer este valor: un getter o una trampa (trap) de Proxy ha lanzado una excepción',
    'unreadable.body':
      'No se ha podido leer el cuerpo de la petición: un getter o una trampa (trap) de Proxy ha lanzado una excepción',
    'unicode.lone_surrogate':
      'El texto contiene un sustituto (surrogate) UTF-16 suelto (¿medio emoji?); se guardaría como \ufffd',
    required: 'Obligatorio: falta {field}',
    duplicate_key: 'Esta clave aparece más de una vez en el cuerpo de la petición; solo cuenta su último valor',
    base_url: 'baseUrl debe ser una URL http(s), por ejemplo https://api.cal.com',
    more: '(y {count, plural, one {# error más} many {# de errores más} other {# errores más}})',

    'body.too_large':
      'El cuerpo de la petición ocupa {count, plural, one {# byte} many {# de bytes} other {# bytes}} en JSON; cal.com rechaza los cuerpos de más de {maximum, plural, one {# byte} many {# de bytes} other {# bytes}} (100 kB) con un error 413',
    'json.not_utf8': JSON_ERROR + 'el texto no es UTF-8 válido',
    'json.trailing': JSON_ERROR + 'hay texto inesperado después del valor JSON',
    'json.unexpected_char': JSON_ERROR + 'carácter inesperado',
    'json.unexpected_end': JSON_ERROR + 'los datos terminan antes de tiempo',
    'json.invalid_literal': JSON_ERROR + 'literal no válido',
    'json.unknown_tag': JSON_ERROR + 'etiqueta de valor desconocida',
    'json.expected_key': JSON_ERROR + 'se esperaba una clave entre comillas',
    'json.expected_colon': JSON_ERROR + 'se esperaba «:» después de una clave',
    'json.expected_comma_brace': JSON_ERROR + 'se esperaba una coma o una llave de cierre',
    'json.expected_comma_bracket': JSON_ERROR + 'se esperaba una coma o un corchete de cierre',
    'json.unterminated_string': JSON_ERROR + 'cadena sin cerrar',
    'json.invalid_unicode_escape': JSON_ERROR + 'secuencia de escape \\u no válida',
    'json.invalid_escape': JSON_ERROR + 'secuencia de escape no válida',
    'json.control_char': JSON_ERROR + 'carácter de control dentro de una cadena',
    'json.invalid_number': JSON_ERROR + 'número no válido',
    'json.number_fraction': JSON_ERROR + 'número no válido: faltan dígitos después de «.»',
    'json.number_exponent': JSON_ERROR + 'número no válido: faltan dígitos en el exponente',

    'key.forbidden':
      UNKNOWN + ': no está permitida (cal.com la elimina o la ignora, y en código JavaScript puede alterar prototipos)',
    'key.secret': UNKNOWN + ': un modelo del lado del cliente nunca acepta secretos',
    'key.unknown': UNKNOWN + ': cal.com la descartaría sin avisar',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com la descartaría sin avisar',
    'key.rejected': UNKNOWN + ': aquí cal.com rechaza las claves desconocidas',
    'key.rejected.suggest': UNKNOWN + MEAN + ': aquí cal.com rechaza las claves desconocidas',
    'key.stripped': UNKNOWN + ': cal.com la descarta sin dar ningún error',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com la descarta sin dar ningún error',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' en organization' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'El null de {field}' + DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + 'el null de {field}' + DYNAMIC_BOOKING,

    'time_zone.unknown': 'No es una zona horaria IANA: «{input}»',
    'time_zone.unknown.suggest': 'No es una zona horaria IANA: «{input}»; ¿querías decir {suggestions}?',
    'time_zone.deprecated':
      '«{input}» es un nombre antiguo de «{canonical}»; todavía funciona, pero es mejor usar el nombre canónico',
    'time_zone.stored':
      'cal.com guarda esta zona horaria como «{stored}», no con su grafía IANA «{canonical}»',
    'time_zone.absent':
      'Sin zona horaria, cal.com usa Europe/London y no crea ningún horario predeterminado: nadie podrá reservar con este usuario hasta que tenga uno',
    'locale.unknown': 'cal.com no admite este idioma',
    'locale.unknown.suggest': 'cal.com no admite este idioma: ¿querías decir {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; ¿querías decir {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': usa el número {suggestion} (sin comillas)',
    'time_format.nan': 'Se esperaba el número 12 o 24, pero se ha recibido un valor que no es un número',
    time_format: 'El formato de hora debe ser 12 o 24',
    'time_format.coerced': 'cal.com convierte la cadena «{input}» en el número {stored}',
    'schedule_id.integer': 'El ID de un horario es un número entero',
    'schedule_id.too_small': 'El ID de un horario es como mínimo {minimum}',
    'schedule_id.too_big': 'El ID de un horario es como máximo {maximum}',
    'schedule_id.unstorable':
      'cal.com acepta este número, pero la base de datos no puede guardarlo como ID de horario: la petición falla con un error 500',
    'schedule_id.null': 'Sin horario predeterminado, nadie podrá reservar con este usuario hasta que se defina uno',
    'booking_limit.too_small': 'Un límite de reservas es como mínimo {minimum}; envía null para no poner ningún límite',
    'booking_limit.integer': 'Un límite de reservas es un número entero de reservas',
    'booking_limit.too_big': 'Un límite de reservas es como máximo {maximum}; envía null para no poner ningún límite',
    'team_id.integer': 'El ID de un equipo es un número entero',
    'team_id.too_small': 'El ID de un equipo es como mínimo {minimum}',
    'team_id.too_big': 'El ID de un equipo es como máximo {maximum}',
    'number.positive': 'El número debe ser mayor que {minimum}',
    'avatar_url.too_long': `Una URL tiene como máximo ${chars('maximum')}`,
    'avatar_url.invalid':
      'Introduce la URL completa de una imagen, como https://example.com/me.png, y no «{input}»',
    'avatar_url.no_scheme':
      'Empieza la URL por https:// (o http://): si no, la dirección se interpreta respecto a la página que muestra el avatar',
    'avatar_url.credentials': 'Quita la parte usuario:contraseña@: se publicaría junto con el avatar',
    'email.too_long': `Una dirección de correo electrónico tiene como máximo ${chars('maximum')}`,
    'email.invalid': 'Introduce una dirección de correo electrónico como name@example.com, y no «{input}»',
    'email.no_at': EMAIL + 'no tiene @',
    'email.many_at': EMAIL + 'tiene más de una @',
    'email.local_length': EMAIL + 'necesita de 1 a 64 caracteres antes de la @',
    'email.local_char': EMAIL + 'tiene un carácter no permitido antes de la @',
    'email.local_dot': EMAIL + 'tiene un punto mal colocado antes de la @',
    'email.no_dot': EMAIL + 'necesita un dominio con un punto, como example.com',
    'email.domain': EMAIL + 'tiene un dominio no válido',
    'email.tld': EMAIL + 'necesita un dominio de nivel superior formado por letras, como .com',
    'email.managed_user': "El correo electrónico de un usuario gestionado lleva +'{clientId}' antes de la @",
    lowercased: 'cal.com guarda este valor en minúsculas: «{stored}»',
    'api_key.empty': 'Introduce tu clave API de cal.com (empieza por cal_)',
    'api_key.bearer': 'Quita la palabra Bearer: pon solo la clave',
    'api_key.spaces': 'La clave contiene espacios o comillas: vuelve a copiarla sin ellos',
    'api_key.chars': 'La clave contiene caracteres que nunca aparecen en una clave API ni en un token de acceso',
    'api_key.truncated':
      'Esta clave cal_ parece cortada o dañada: vuelve a copiarla desde Ajustes → Desarrollador → Claves API',
    'api_key.unknown': 'No es una clave API (empiezan por cal_) ni un token de acceso completo',
    'metadata.key_too_long': `Una clave de metadatos tiene como máximo ${chars('maximum')} (unidades de código UTF-16)`,
    'metadata.too_many_keys':
      'Los metadatos tienen como máximo {maximum, plural, one {# clave} many {# de claves} other {# claves}}; estos tienen {count}',
    'metadata.value_too_long': `Un valor de metadatos tiene como máximo ${chars('maximum')} (unidades de código UTF-16); este tiene {count}`,
    'metadata.duplicate_key':
      'Esta clave aparece más de una vez en el cuerpo JSON; solo se conservaría su último valor',
    'metadata.constructor': 'La clave «{input}» hace que cal.com falle con un error 500 antes de validar; cámbiale el nombre',
    'metadata.forbidden':
      'La clave «{input}» no está permitida: cal.com la descartaría sin avisar, y el código JavaScript podría leerla como parte del prototipo; cámbiale el nombre',
    'metadata.stripped': 'cal.com descarta la clave «{input}» sin dar ningún error',
    'metadata.inexact_number':
      'JavaScript no puede representar este número con exactitud (demasiado grande, demasiado preciso o fuera de rango): envíalo como cadena',
    'metadata.infinite': 'cal.com guarda este número como null: JSON no puede representar un número infinito',
    one_of: 'Se esperaba uno de estos valores: {values}; se ha recibido «{input}»',
    brand_color: 'Usa un color hexadecimal: #RGB, #RGBA, #RRGGBB o #RRGGBBAA',
    'zod.too_short': `La cadena debe contener al menos ${chars('minimum')}`,
    'zod.too_long': `La cadena debe contener como máximo ${chars('maximum')}`,
    'zod.invalid': 'No válido',
    iso_date: 'Se esperaba una fecha ISO 8601 como 2024-05-01T09:30:00Z, pero se ha recibido «{input}»',
  },

  // After "Se esperaba": with the article.
  expected: {
    string: 'una cadena de texto',
    number: 'un número',
    integer: 'un número entero',
    boolean: 'un booleano',
    object: 'un objeto',
    value: 'un valor',
    'non-null value': 'un valor distinto de null',
    'string, number or boolean': 'una cadena, un número o un booleano',
    'number JavaScript holds exactly': 'un número que JavaScript pueda representar con exactitud',
  },
  // After "se ha recibido": with the article, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'un booleano',
    number: 'un número',
    string: 'una cadena',
    array: 'un array',
    object: 'un objeto',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'un BigInt',
    symbol: 'un símbolo',
    function: 'una función',
    Date: 'un objeto Date',
    Map: 'un objeto Map',
    Set: 'un objeto Set',
    RegExp: 'una expresión regular',
    'class instance': 'una instancia de clase',
    'unreadable value': 'un valor ilegible',
  },
});
