// Português (Portugal). Formal address in the third person ("Introduza a sua…"), as cal.com's
// European Portuguese interface; angle quotes «…». European vocabulary and spelling ("pedido",
// "utilizador", "guardar", "base de dados", "carácter", "canónico").
// Numbers and plurals follow pt-PT (`intl`): 0 takes `other` ("0 chaves"), unlike Brazilian
// Portuguese; `many` is for millions ("1 000 000 de chaves").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'O corpo do pedido não é JSON válido (byte {position}): ';
const EMAIL = 'Introduza um endereço de email como name@example.com: «{input}» ';
const UNKNOWN = 'Chave desconhecida «{input}»';
const MEAN = ' (queria dizer {suggestion}?)';
const MODEL =
  ': não existe nesta versão do modelo, pelo que fica fora de data (o cal.com pode tê-la adicionado)';
const COMPAT = 'O cal.com aceita null aqui, mas ';
const NOT_NULL_COLUMN = '{field} não pode ser null: a coluna é NOT NULL, pelo que o cal.com falha com um erro 500';
const NOT_NULL_TIME_FORMAT =
  '{field} não pode ser null: o cal.com guarda o null e, a partir daí, todos os GET /v2/me falham';
const NOT_NULL_METADATA =
  "{field} não pode ser null: a base de dados rejeita um null JSON (erro 500); envie '{}' para limpar os metadados";
const DYNAMIC_BOOKING =
  ' é guardado e depois o cal.com lê-o como false (reservas de grupo dinâmicas desativadas): envie true ou false';
const WEEK_START = 'O início da semana tem de ser um destes valores: {values} (em inglês, com inicial maiúscula)';
const TIME_FORMAT_STRING = 'Esperava-se o número 12 ou 24, mas foi recebida a cadeia de caracteres «{input}»';

// "N caracteres" after "no máximo" / "pelo menos".
const chars = (n) => `{${n}, plural, one {# carácter} many {# de caracteres} other {# caracteres}}`;

export default catalog('pt', {
  intl: 'pt-PT',
  messages: {
    type: 'Esperava-se {expected}; valor recebido: {received}',
    'type.integer': 'Esperava-se um número inteiro',
    'type.array_body':
      'Esperava-se {expected}; valor recebido: {received} (o cal.com não valida um corpo que seja um array e depois falha com um erro 500)',
    unreadable: 'Não foi possível ler este valor: um getter ou uma armadilha (trap) de Proxy lançou uma exceção',
    'unreadable.body':
      'Não foi possível ler o corpo do pedido: um getter ou uma armadilha (trap) de Proxy lançou uma exceção',
    'unicode.lone_surrogate':
      'O texto contém um substituto (surrogate) UTF-16 isolado (meio emoji?); seria guardado como \ufffd',
    required: 'Obrigatório: falta {field}',
    duplicate_key: 'Esta chave aparece mais do que uma vez no corpo do pedido; só conta o último valor',
    base_url: 'baseUrl tem de ser um URL http(s), por exemplo https://api.cal.com',
    more: '(e mais {count, plural, one {# erro} many {# de erros} other {# erros}})',

    'body.too_large':
      'O corpo do pedido tem {count, plural, one {# byte} many {# de bytes} other {# bytes}} em JSON; o cal.com recusa corpos com mais de {maximum, plural, one {# byte} many {# de bytes} other {# bytes}} (100 kB) com um erro 413',
    'json.not_utf8': JSON_ERROR + 'o texto não é UTF-8 válido',
    'json.trailing': JSON_ERROR + 'texto inesperado depois do valor JSON',
    'json.unexpected_char': JSON_ERROR + 'carácter inesperado',
    'json.unexpected_end': JSON_ERROR + 'os dados terminam antes do esperado',
    'json.invalid_literal': JSON_ERROR + 'literal inválido',
    'json.unknown_tag': JSON_ERROR + 'etiqueta de valor desconhecida',
    'json.expected_key': JSON_ERROR + 'esperava-se uma chave entre aspas',
    'json.expected_colon': JSON_ERROR + 'esperava-se «:» depois de uma chave',
    'json.expected_comma_brace': JSON_ERROR + 'esperava-se uma vírgula ou uma chaveta de fecho',
    'json.expected_comma_bracket': JSON_ERROR + 'esperava-se uma vírgula ou um parêntese reto de fecho',
    'json.unterminated_string': JSON_ERROR + 'cadeia de caracteres não terminada',
    'json.invalid_unicode_escape': JSON_ERROR + 'sequência de escape \\u inválida',
    'json.invalid_escape': JSON_ERROR + 'sequência de escape inválida',
    'json.control_char': JSON_ERROR + 'carácter de controlo numa cadeia de caracteres',
    'json.invalid_number': JSON_ERROR + 'número inválido',
    'json.number_fraction': JSON_ERROR + 'número inválido: faltam algarismos depois de «.»',
    'json.number_exponent': JSON_ERROR + 'número inválido: faltam algarismos no expoente',

    'key.forbidden':
      UNKNOWN + ': não permitida (o cal.com elimina-a ou ignora-a, e em código JavaScript pode alterar protótipos)',
    'key.secret': UNKNOWN + ': um modelo do lado do cliente nunca aceita segredos',
    'key.unknown': UNKNOWN + ': o cal.com iria descartá-la sem avisar',
    'key.unknown.suggest': UNKNOWN + MEAN + ': o cal.com iria descartá-la sem avisar',
    'key.rejected': UNKNOWN + ': aqui, o cal.com rejeita chaves desconhecidas',
    'key.rejected.suggest': UNKNOWN + MEAN + ': aqui, o cal.com rejeita chaves desconhecidas',
    'key.stripped': UNKNOWN + ': o cal.com descarta-a sem dar erro',
    'key.stripped.suggest': UNKNOWN + MEAN + ': o cal.com descarta-a sem dar erro',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' em organization' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'O null de {field}' + DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + 'o null de {field}' + DYNAMIC_BOOKING,

    'time_zone.unknown': 'Não é um fuso horário IANA: «{input}»',
    'time_zone.unknown.suggest': 'Não é um fuso horário IANA: «{input}»; queria dizer {suggestions}?',
    'time_zone.deprecated':
      '«{input}» é um nome obsoleto de «{canonical}»; ainda funciona, mas é preferível o nome canónico',
    'time_zone.stored': 'O cal.com guarda este fuso horário como «{stored}», e não com a grafia IANA «{canonical}»',
    'time_zone.absent':
      'Sem fuso horário, o cal.com usa Europe/London e não cria um horário predefinido: ninguém pode fazer reservas com o utilizador enquanto não existir um',
    'locale.unknown': 'Este idioma não é suportado pelo cal.com',
    'locale.unknown.suggest': 'Este idioma não é suportado pelo cal.com: queria dizer {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; queria dizer {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': use o número {suggestion} (sem aspas)',
    'time_format.nan': 'Esperava-se o número 12 ou 24, mas foi recebido um valor que não é um número',
    time_format: 'O formato de hora tem de ser 12 ou 24',
    'time_format.coerced': 'O cal.com converte a cadeia de caracteres «{input}» no número {stored}',
    'schedule_id.integer': 'O ID de um horário é um número inteiro',
    'schedule_id.too_small': 'O ID de um horário é, no mínimo, {minimum}',
    'schedule_id.too_big': 'O ID de um horário é, no máximo, {maximum}',
    'schedule_id.unstorable':
      'O cal.com aceita este número, mas a base de dados não o consegue guardar como ID de horário: o pedido falha com um erro 500',
    'schedule_id.null':
      'Sem horário predefinido, ninguém pode fazer reservas com o utilizador enquanto não for definido um',
    'booking_limit.too_small': 'Um limite de reservas é, no mínimo, {minimum}; envie null para não ter limite',
    'booking_limit.integer': 'Um limite de reservas é um número inteiro de reservas',
    'booking_limit.too_big': 'Um limite de reservas é, no máximo, {maximum}; envie null para não ter limite',
    'team_id.integer': 'O ID de uma equipa é um número inteiro',
    'team_id.too_small': 'O ID de uma equipa é, no mínimo, {minimum}',
    'team_id.too_big': 'O ID de uma equipa é, no máximo, {maximum}',
    'number.positive': 'O número tem de ser superior a {minimum}',
    'avatar_url.too_long': `Um URL tem, no máximo, ${chars('maximum')}`,
    'avatar_url.invalid':
      'Introduza o URL completo de uma imagem, como https://example.com/me.png, e não «{input}»',
    'avatar_url.no_scheme':
      'Comece o URL com https:// (ou http://): caso contrário, o endereço é resolvido em relação à página que mostra o avatar',
    'avatar_url.credentials': 'Remova a parte utilizador:palavra-passe@: seria publicada juntamente com o avatar',
    'email.too_long': `Um endereço de email tem, no máximo, ${chars('maximum')}`,
    'email.invalid': 'Introduza um endereço de email como name@example.com, e não «{input}»',
    'email.no_at': EMAIL + 'não tem @',
    'email.many_at': EMAIL + 'tem mais do que uma @',
    'email.local_length': EMAIL + 'precisa de 1 a 64 caracteres antes da @',
    'email.local_char': EMAIL + 'tem um carácter não permitido antes da @',
    'email.local_dot': EMAIL + 'tem um ponto mal colocado antes da @',
    'email.no_dot': EMAIL + 'precisa de um domínio com um ponto, como example.com',
    'email.domain': EMAIL + 'tem um domínio inválido',
    'email.tld': EMAIL + 'precisa de um domínio de topo formado por letras, como .com',
    'email.managed_user': "O email de um utilizador gerido tem +'{clientId}' antes da @",
    lowercased: 'O cal.com guarda este valor em minúsculas: «{stored}»',
    'api_key.empty': 'Introduza a sua chave de API do cal.com (começa por cal_)',
    'api_key.bearer': 'Retire a palavra Bearer: indique apenas a chave',
    'api_key.spaces': 'A chave contém espaços ou aspas: copie-a novamente sem eles',
    'api_key.chars': 'A chave contém caracteres que uma chave de API ou um token de acesso nunca têm',
    'api_key.truncated':
      'Esta chave cal_ parece truncada ou danificada: copie-a novamente em Definições → Programador → Chaves de API',
    'api_key.unknown': 'Não é uma chave de API (estas começam por cal_) nem um token de acesso completo',
    'metadata.key_too_long': `Uma chave de metadados tem, no máximo, ${chars('maximum')} (unidades de código UTF-16)`,
    'metadata.too_many_keys':
      'Os metadados têm, no máximo, {maximum, plural, one {# chave} many {# de chaves} other {# chaves}}; estes têm {count}',
    'metadata.value_too_long': `Um valor de metadados tem, no máximo, ${chars('maximum')} (unidades de código UTF-16); este tem {count}`,
    'metadata.duplicate_key':
      'Esta chave aparece mais do que uma vez no corpo JSON; só o último valor seria mantido',
    'metadata.constructor':
      'A chave «{input}» faz o cal.com falhar com um erro 500 antes da validação; mude-lhe o nome',
    'metadata.forbidden':
      'A chave «{input}» não é permitida: o cal.com iria descartá-la sem avisar, e o código JavaScript pode lê-la como parte do protótipo; mude-lhe o nome',
    'metadata.stripped': 'O cal.com descarta a chave «{input}» sem dar erro',
    'metadata.inexact_number':
      'O JavaScript não consegue representar este número com exatidão (demasiado grande, demasiado preciso ou fora do intervalo): envie-o como cadeia de caracteres',
    'metadata.infinite': 'O cal.com guarda este número como null: o JSON não consegue representar um número infinito',
    one_of: 'Esperava-se um destes valores: {values}; foi recebido «{input}»',
    brand_color: 'Use uma cor hexadecimal: #RGB, #RGBA, #RRGGBB ou #RRGGBBAA',
    'zod.too_short': `A cadeia de caracteres tem de conter pelo menos ${chars('minimum')}`,
    'zod.too_long': `A cadeia de caracteres pode conter, no máximo, ${chars('maximum')}`,
    'zod.invalid': 'Inválido',
    iso_date: 'Esperava-se uma data ISO 8601 como 2024-05-01T09:30:00Z, mas foi recebido «{input}»',
  },

  // After "Esperava-se": with the article.
  expected: {
    string: 'uma cadeia de caracteres',
    number: 'um número',
    integer: 'um número inteiro',
    boolean: 'um booleano',
    object: 'um objeto',
    value: 'um valor',
    'non-null value': 'um valor diferente de null',
    'string, number or boolean': 'uma cadeia de caracteres, um número ou um booleano',
    'number JavaScript holds exactly': 'um número que o JavaScript represente com exatidão',
  },
  // After "valor recebido:": with the article, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'um booleano',
    number: 'um número',
    string: 'uma cadeia de caracteres',
    array: 'um array',
    object: 'um objeto',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'um BigInt',
    symbol: 'um símbolo',
    function: 'uma função',
    Date: 'um objeto Date',
    Map: 'um objeto Map',
    Set: 'um objeto Set',
    RegExp: 'uma expressão regular',
    'class instance': 'uma instância de classe',
    'unreadable value': 'um valor ilegível',
  },
});
