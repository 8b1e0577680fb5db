// Español (Latinoamérica). Informal address ("tú": "Ingresa…"), as cal.com's Latin-American
// Spanish interface; double quotation marks “…”. Latin-American vocabulary ("solicitud",
// "ingresar", "arreglo", "Configuración", "¿quisiste decir…?") and the simple past ("se recibió").
// Plural: `one` is 1 only; `many` is for millions ("1,000,000 de claves").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'El cuerpo de la solicitud no es un JSON válido (byte {position}): ';
const EMAIL = 'Ingresa un correo electrónico como name@example.com: “{input}” ';
const UNKNOWN = 'Clave desconocida “{input}”';
const MEAN = ' (¿quisiste decir {suggestion}?)';
const MODEL =
  ': no existe en esta versión del modelo, por lo que se omite en data (es posible que cal.com la haya agregado)';
const COMPAT = 'cal.com acepta null aquí, pero ';
const NOT_NULL_COLUMN = '{field} no puede ser null: la columna es NOT NULL, por lo que cal.com falla con un error 500';
const NOT_NULL_TIME_FORMAT =
  '{field} no puede ser null: cal.com almacena el null y después todas las solicitudes GET /v2/me fallan';
const NOT_NULL_METADATA =
  "{field} no puede ser null: la base de datos rechaza un null de JSON (error 500); envía '{}' para vaciar los metadatos";
const DYNAMIC_BOOKING =
  ' se almacena y luego cal.com lo interpreta como false (reservas grupales dinámicas desactivadas): envía true o false';
const WEEK_START = 'El inicio de la semana tiene que ser uno de estos valores: {values} (en inglés y con mayúscula inicial)';
const TIME_FORMAT_STRING = 'Se esperaba el número 12 o 24, pero se recibió la cadena “{input}”';

// "N caracteres" after "como máximo" / "al menos".
const chars = (n) => `{${n}, plural, one {# carácter} many {# de caracteres} other {# caracteres}}`;

export default catalog('es-419', {
  messages: {
    type: 'Se esperaba {expected}, pero se recibió {received}',
    'type.integer': 'Se esperaba un número entero',
    'type.array_body':
      'Se esperaba {expected}, pero se recibió {received} (cal.com no valida un cuerpo que sea un arreglo y luego falla con un error 500)',
    unreadable: 'No se pudo leer este valor: un getter o una trampa (trap) de Proxy lanzó una excepción',
    'unreadable.body':
      'No se pudo leer el cuerpo de la solicitud: un getter o una trampa (trap) de Proxy lanzó una excepción',
    'unicode.lone_surrogate':
      'El texto contiene un surrogate UTF-16 aislado (¿la mitad de un emoji?); se almacenaría como \ufffd',
    required: 'Obligatorio: falta {field}',
    duplicate_key: 'Esta clave aparece más de una vez en el cuerpo de la solicitud; solo se toma en cuenta su último valor',
    base_url: 'baseUrl tiene que ser una URL http(s), por ejemplo, https://api.cal.com',
    more: '(y {count, plural, one {# error más} many {# de errores más} other {# errores más}})',

    'body.too_large':
      'El cuerpo de la solicitud pesa {count, plural, one {# byte} many {# de bytes} other {# bytes}} en JSON; cal.com rechaza con un error 413 todo cuerpo de más de {maximum, plural, one {# byte} many {# de bytes} other {# bytes}} (100 kB)',
    'json.not_utf8': JSON_ERROR + 'el texto no es UTF-8 válido',
    'json.trailing': JSON_ERROR + 'hay texto inesperado después del valor JSON',
    'json.unexpected_char': JSON_ERROR + 'carácter inesperado',
    'json.unexpected_end': JSON_ERROR + 'los datos terminan de forma inesperada',
    'json.invalid_literal': JSON_ERROR + 'literal inválido',
    'json.unknown_tag': JSON_ERROR + 'etiqueta de valor desconocida',
    'json.expected_key': JSON_ERROR + 'se esperaba una clave entre comillas',
    'json.expected_colon': JSON_ERROR + 'se esperaba “:” después de una clave',
    'json.expected_comma_brace': JSON_ERROR + 'se esperaba una coma o una llave de cierre',
    'json.expected_comma_bracket': JSON_ERROR + 'se esperaba una coma o un corchete de cierre',
    'json.unterminated_string': JSON_ERROR + 'cadena sin cerrar',
    'json.invalid_unicode_escape': JSON_ERROR + 'secuencia de escape \\u inválida',
    'json.invalid_escape': JSON_ERROR + 'secuencia de escape inválida',
    'json.control_char': JSON_ERROR + 'carácter de control dentro de una cadena',
    'json.invalid_number': JSON_ERROR + 'número inválido',
    'json.number_fraction': JSON_ERROR + 'número inválido: faltan dígitos después del “.”',
    'json.number_exponent': JSON_ERROR + 'número inválido: faltan dígitos en el exponente',

    'key.forbidden':
      UNKNOWN + ': no está permitida (cal.com la borra o la ignora, y en código JavaScript puede modificar prototipos)',
    'key.secret': UNKNOWN + ': un modelo del lado del cliente nunca acepta secretos',
    'key.unknown': UNKNOWN + ': cal.com la descartaría sin avisarte',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com la descartaría sin avisarte',
    'key.rejected': UNKNOWN + ': cal.com no acepta claves desconocidas aquí',
    'key.rejected.suggest': UNKNOWN + MEAN + ': cal.com no acepta claves desconocidas aquí',
    'key.stripped': UNKNOWN + ': cal.com la descarta sin mostrar ningún error',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com la descarta sin mostrar ningún error',
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

    'time_zone.unknown': 'No es una zona horaria de IANA: “{input}”',
    'time_zone.unknown.suggest': 'No es una zona horaria de IANA: “{input}”; ¿quisiste decir {suggestions}?',
    'time_zone.deprecated':
      '“{input}” es un nombre obsoleto de “{canonical}”; todavía funciona, pero conviene usar el nombre canónico',
    'time_zone.stored':
      'cal.com almacena esta zona horaria como “{stored}”, no con su escritura de IANA “{canonical}”',
    'time_zone.absent':
      'Sin zona horaria, cal.com usa Europe/London y no crea ningún horario predeterminado: nadie podrá agendar con este usuario hasta que tenga uno',
    'locale.unknown': 'cal.com no es compatible con este idioma',
    'locale.unknown.suggest': 'cal.com no es compatible con este idioma: ¿quisiste decir {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; ¿quisiste decir {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': usa el número {suggestion} (sin comillas)',
    'time_format.nan': 'Se esperaba el número 12 o 24, pero se recibió un valor que no es un número',
    time_format: 'El formato de hora tiene que ser 12 o 24',
    'time_format.coerced': 'cal.com convierte la cadena “{input}” al número {stored}',
    'schedule_id.integer': 'El ID de un horario es un número entero',
    'schedule_id.too_small': 'El ID de un horario es {minimum} o mayor',
    'schedule_id.too_big': 'El ID de un horario es {maximum} como máximo',
    'schedule_id.unstorable':
      'cal.com acepta este número, pero la base de datos no puede almacenarlo como ID de horario: la solicitud falla con un error 500',
    'schedule_id.null': 'Sin horario predeterminado, nadie podrá agendar con este usuario hasta que se configure uno',
    'booking_limit.too_small': 'Un límite de reservas es {minimum} o mayor; envía null para no tener ningún límite',
    'booking_limit.integer': 'Un límite de reservas es un número entero de reservas',
    'booking_limit.too_big': 'Un límite de reservas es {maximum} como máximo; envía null para no tener ningún límite',
    'team_id.integer': 'El ID de un equipo es un número entero',
    'team_id.too_small': 'El ID de un equipo es {minimum} o mayor',
    'team_id.too_big': 'El ID de un equipo es {maximum} como máximo',
    'number.positive': 'El número tiene que ser mayor que {minimum}',
    'avatar_url.too_long': `Una URL tiene ${chars('maximum')} como máximo`,
    'avatar_url.invalid':
      'Ingresa la URL completa de una imagen, como https://example.com/me.png, en lugar de “{input}”',
    'avatar_url.no_scheme':
      'Comienza la URL con https:// (o http://): de lo contrario, la dirección se resuelve en relación con la página que muestra el avatar',
    'avatar_url.credentials': 'Elimina la parte usuario:contraseña@: se publicaría junto con el avatar',
    'email.too_long': `Un correo electrónico tiene ${chars('maximum')} como máximo`,
    'email.invalid': 'Ingresa un correo electrónico como name@example.com, en lugar de “{input}”',
    'email.no_at': EMAIL + 'no tiene ninguna arroba (@)',
    'email.many_at': EMAIL + 'tiene más de una @',
    'email.local_length': EMAIL + 'necesita entre 1 y 64 caracteres antes de la @',
    'email.local_char': EMAIL + 'tiene un carácter no permitido antes de la @',
    'email.local_dot': EMAIL + 'tiene un punto fuera de lugar antes de la @',
    'email.no_dot': EMAIL + 'necesita un dominio con punto, como example.com',
    'email.domain': EMAIL + 'tiene un dominio inválido',
    'email.tld': EMAIL + 'necesita un dominio de nivel superior hecho de letras, como .com',
    'email.managed_user': "El correo electrónico de un usuario administrado lleva +'{clientId}' antes de la @",
    lowercased: 'cal.com almacena este valor en minúsculas: “{stored}”',
    'api_key.empty': 'Ingresa tu clave de API de cal.com (comienza con cal_)',
    'api_key.bearer': 'No incluyas la palabra Bearer: ingresa solo la clave',
    'api_key.spaces': 'La clave contiene espacios o comillas: cópiala de nuevo sin ellos',
    'api_key.chars': 'La clave contiene caracteres que una clave de API o un token de acceso nunca tienen',
    'api_key.truncated':
      'Esta clave cal_ parece incompleta o dañada: cópiala de nuevo desde Configuración → Desarrollador → Claves de API',
    'api_key.unknown': 'No es una clave de API (comienzan con cal_) ni un token de acceso completo',
    'metadata.key_too_long': `Una clave de metadatos tiene ${chars('maximum')} como máximo (unidades de código UTF-16)`,
    'metadata.too_many_keys':
      'Los metadatos tienen {maximum, plural, one {# clave} many {# de claves} other {# claves}} como máximo; estos tienen {count}',
    'metadata.value_too_long': `Un valor de metadatos tiene ${chars('maximum')} como máximo (unidades de código UTF-16); este tiene {count}`,
    'metadata.duplicate_key':
      'Esta clave aparece más de una vez en el cuerpo JSON; solo se conservaría su último valor',
    'metadata.constructor':
      'La clave “{input}” hace que cal.com falle con un error 500 antes de validar; renómbrala',
    'metadata.forbidden':
      'La clave “{input}” no está permitida: cal.com la descartaría sin avisarte, y el código JavaScript podría leerla como parte del prototipo; renómbrala',
    'metadata.stripped': 'cal.com descarta la clave “{input}” sin mostrar ningún error',
    'metadata.inexact_number':
      'JavaScript no puede representar este número con exactitud (es demasiado grande, demasiado preciso o está fuera de rango): envíalo como cadena',
    'metadata.infinite': 'cal.com almacena este número como null: JSON no puede representar un número infinito',
    one_of: 'Se esperaba uno de estos valores: {values}, pero se recibió “{input}”',
    brand_color: 'Usa un color en formato hexadecimal: #RGB, #RGBA, #RRGGBB o #RRGGBBAA',
    'zod.too_short': `La cadena tiene que contener al menos ${chars('minimum')}`,
    'zod.too_long': `La cadena puede contener ${chars('maximum')} como máximo`,
    'zod.invalid': 'Inválido',
    iso_date: 'Se esperaba una fecha ISO 8601 como 2024-05-01T09:30:00Z, pero se recibió “{input}”',
  },

  // After "Se esperaba": with the article.
  expected: {
    string: 'una cadena de texto',
    number: 'un número',
    integer: 'un número entero',
    boolean: 'un booleano',
    object: 'un objeto',
    value: 'un valor',
    'non-null value': 'un valor que no sea null',
    'string, number or boolean': 'una cadena, un número o un booleano',
    'number JavaScript holds exactly': 'un número que JavaScript pueda representar con exactitud',
  },
  // After "se recibió": with the article, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'un booleano',
    number: 'un número',
    string: 'una cadena',
    array: 'un arreglo',
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
