// Português (Brasil). Address with "você" and plain imperatives ("Insira sua…"), as cal.com's
// Brazilian Portuguese interface; double quotation marks “…”. Brazilian vocabulary and spelling
// ("requisição", "usuário", "salvar", "banco de dados", "caractere", "canônico", "string").
// Plural: `one` covers 0 and 1; `many` is for millions ("1.000.000 de chaves").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'O corpo da requisição não é um JSON válido (byte {position}): ';
const EMAIL = 'Insira um e-mail como name@example.com: “{input}” ';
const UNKNOWN = 'Chave desconhecida “{input}”';
const MEAN = ' (você quis dizer {suggestion}?)';
const MODEL =
  ': não existe nesta versão do modelo, então não é incluída em data (o cal.com pode tê-la adicionado)';
const COMPAT = 'O cal.com aceita null aqui, mas ';
const NOT_NULL_COLUMN = '{field} não pode ser null: a coluna é NOT NULL, então o cal.com falha com erro 500';
const NOT_NULL_TIME_FORMAT =
  '{field} não pode ser null: o cal.com salva o null e, depois disso, toda requisição GET /v2/me falha';
const NOT_NULL_METADATA =
  "{field} não pode ser null: o banco de dados rejeita um null do JSON (erro 500); envie '{}' para limpar os metadados";
const DYNAMIC_BOOKING =
  ' é salvo e depois o cal.com o lê como false (reservas dinâmicas em grupo desativadas): envie true ou false';
const WEEK_START = 'O início da semana precisa ser um destes valores: {values} (em inglês, com a inicial maiúscula)';
const TIME_FORMAT_STRING = 'O esperado era o número 12 ou 24, mas foi recebida a string “{input}”';

// "N caracteres" after "no máximo" / "pelo menos".
const chars = (n) => `{${n}, plural, one {# caractere} many {# de caracteres} other {# caracteres}}`;

export default catalog('pt-BR', {
  messages: {
    type: 'Esperado: {expected}; recebido: {received}',
    'type.integer': 'Esperado: um número inteiro',
    'type.array_body':
      'Esperado: {expected}; recebido: {received} (o cal.com não valida um corpo que seja um array e depois falha com erro 500)',
    unreadable: 'Não foi possível ler este valor: um getter ou uma trap de Proxy lançou uma exceção',
    'unreadable.body': 'Não foi possível ler o corpo da requisição: um getter ou uma trap de Proxy lançou uma exceção',
    'unicode.lone_surrogate':
      'O texto tem um surrogate UTF-16 isolado (metade de um emoji?); ele seria salvo como \ufffd',
    required: 'Obrigatório: {field} está faltando',
    duplicate_key: 'Esta chave aparece mais de uma vez no corpo da requisição; só o último valor vale',
    base_url: 'baseUrl precisa ser uma URL http(s), como https://api.cal.com',
    more: '(e mais {count, plural, one {# erro} many {# de erros} other {# erros}})',

    'body.too_large':
      'O corpo da requisição tem {count, plural, one {# byte} many {# de bytes} other {# bytes}} em JSON; o cal.com recusa corpos acima de {maximum, plural, one {# byte} many {# de bytes} other {# bytes}} (100 kB) com erro 413',
    'json.not_utf8': JSON_ERROR + 'o texto não está em UTF-8 válido',
    'json.trailing': JSON_ERROR + 'texto inesperado após o valor JSON',
    'json.unexpected_char': JSON_ERROR + 'caractere inesperado',
    'json.unexpected_end': JSON_ERROR + 'os dados terminaram antes do esperado',
    'json.invalid_literal': JSON_ERROR + 'literal inválido',
    'json.unknown_tag': JSON_ERROR + 'tag de valor desconhecida',
    'json.expected_key': JSON_ERROR + 'era esperada uma chave entre aspas',
    'json.expected_colon': JSON_ERROR + 'eram esperados dois-pontos (“:”) após uma chave',
    'json.expected_comma_brace': JSON_ERROR + 'era esperada uma vírgula ou o fechamento do objeto',
    'json.expected_comma_bracket': JSON_ERROR + 'era esperada uma vírgula ou um colchete de fechamento',
    'json.unterminated_string': JSON_ERROR + 'string não terminada',
    'json.invalid_unicode_escape': JSON_ERROR + 'sequência de escape \\u inválida',
    'json.invalid_escape': JSON_ERROR + 'sequência de escape inválida',
    'json.control_char': JSON_ERROR + 'caractere de controle dentro de uma string',
    'json.invalid_number': JSON_ERROR + 'número inválido',
    'json.number_fraction': JSON_ERROR + 'número inválido: faltam dígitos depois do “.”',
    'json.number_exponent': JSON_ERROR + 'número inválido: faltam dígitos no expoente',

    'key.forbidden':
      UNKNOWN + ': não é permitida (o cal.com a exclui ou ignora, e em código JavaScript ela pode alterar protótipos)',
    'key.secret': UNKNOWN + ': um modelo do lado do cliente nunca aceita segredos',
    'key.unknown': UNKNOWN + ': o cal.com a descartaria sem avisar',
    'key.unknown.suggest': UNKNOWN + MEAN + ': o cal.com a descartaria sem avisar',
    'key.rejected': UNKNOWN + ': o cal.com rejeita chaves desconhecidas aqui',
    'key.rejected.suggest': UNKNOWN + MEAN + ': o cal.com rejeita chaves desconhecidas aqui',
    'key.stripped': UNKNOWN + ': o cal.com a descarta sem gerar erro',
    'key.stripped.suggest': UNKNOWN + MEAN + ': o cal.com a descarta sem gerar erro',
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

    'time_zone.unknown': 'Não é um fuso horário da IANA: “{input}”',
    'time_zone.unknown.suggest': 'Não é um fuso horário da IANA: “{input}”; você quis dizer {suggestions}?',
    'time_zone.deprecated':
      '“{input}” é um nome antigo de “{canonical}”; ainda funciona, mas prefira o nome canônico',
    'time_zone.stored': 'O cal.com salva este fuso horário como “{stored}”, e não na grafia da IANA “{canonical}”',
    'time_zone.absent':
      'Sem fuso horário, o cal.com usa Europe/London e não cria uma agenda padrão: ninguém consegue agendar com o usuário até que exista uma',
    'locale.unknown': 'O cal.com não oferece suporte a este idioma',
    'locale.unknown.suggest': 'O cal.com não oferece suporte a este idioma: você quis dizer {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; você quis dizer {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': use o número {suggestion} (sem aspas)',
    'time_format.nan': 'O esperado era o número 12 ou 24, mas foi recebido um valor que não é número',
    time_format: 'O formato de hora precisa ser 12 ou 24',
    'time_format.coerced': 'O cal.com converte a string “{input}” no número {stored}',
    'schedule_id.integer': 'O ID de uma agenda é um número inteiro',
    'schedule_id.too_small': 'O ID de uma agenda é no mínimo {minimum}',
    'schedule_id.too_big': 'O ID de uma agenda é no máximo {maximum}',
    'schedule_id.unstorable':
      'O cal.com aceita este número, mas o banco de dados não consegue salvá-lo como ID de agenda: a requisição falha com erro 500',
    'schedule_id.null': 'Sem agenda padrão, ninguém consegue agendar com o usuário até que uma seja definida',
    'booking_limit.too_small': 'Um limite de reservas é no mínimo {minimum}; envie null para não ter limite',
    'booking_limit.integer': 'Um limite de reservas é um número inteiro de reservas',
    'booking_limit.too_big': 'Um limite de reservas é no máximo {maximum}; envie null para não ter limite',
    'team_id.integer': 'O ID de uma equipe é um número inteiro',
    'team_id.too_small': 'O ID de uma equipe é no mínimo {minimum}',
    'team_id.too_big': 'O ID de uma equipe é no máximo {maximum}',
    'number.positive': 'O número precisa ser maior que {minimum}',
    'avatar_url.too_long': `Uma URL tem no máximo ${chars('maximum')}`,
    'avatar_url.invalid': 'Insira a URL completa de uma imagem, como https://example.com/me.png, e não “{input}”',
    'avatar_url.no_scheme':
      'Comece a URL com https:// (ou http://): sem isso, o endereço é resolvido em relação à página que exibe o avatar',
    'avatar_url.credentials': 'Remova a parte usuário:senha@: ela seria publicada junto com o avatar',
    'email.too_long': `Um e-mail tem no máximo ${chars('maximum')}`,
    'email.invalid': 'Insira um e-mail como name@example.com, e não “{input}”',
    'email.no_at': EMAIL + 'não tem @',
    'email.many_at': EMAIL + 'tem mais de uma @',
    'email.local_length': EMAIL + 'precisa ter de 1 a 64 caracteres antes da @',
    'email.local_char': EMAIL + 'tem um caractere não permitido antes da @',
    'email.local_dot': EMAIL + 'tem um ponto fora do lugar antes da @',
    'email.no_dot': EMAIL + 'precisa de um domínio com ponto, como example.com',
    'email.domain': EMAIL + 'tem um domínio inválido',
    'email.tld': EMAIL + 'precisa de um domínio de nível superior só com letras, como .com',
    'email.managed_user': "O e-mail de um usuário gerenciado tem +'{clientId}' antes da @",
    lowercased: 'O cal.com salva este valor em letras minúsculas: “{stored}”',
    'api_key.empty': 'Insira sua chave de API do cal.com (ela começa com cal_)',
    'api_key.bearer': 'Tire a palavra Bearer: informe só a chave',
    'api_key.spaces': 'A chave contém espaços ou aspas: copie-a de novo sem eles',
    'api_key.chars': 'A chave contém caracteres que uma chave de API ou um token de acesso nunca contêm',
    'api_key.truncated':
      'Esta chave cal_ parece cortada ou corrompida: copie-a de novo em Configurações → Desenvolvedor → Chaves de API',
    'api_key.unknown': 'Não é uma chave de API (que começa com cal_) nem um token de acesso completo',
    'metadata.key_too_long': `Uma chave de metadados tem no máximo ${chars('maximum')} (unidades de código UTF-16)`,
    'metadata.too_many_keys':
      'Os metadados têm no máximo {maximum, plural, one {# chave} many {# de chaves} other {# chaves}}; estes têm {count}',
    'metadata.value_too_long': `Um valor de metadados tem no máximo ${chars('maximum')} (unidades de código UTF-16); este tem {count}`,
    'metadata.duplicate_key': 'Esta chave aparece mais de uma vez no corpo JSON; só o último valor seria mantido',
    'metadata.constructor': 'A chave “{input}” faz o cal.com falhar com erro 500 antes da validação; renomeie a chave',
    'metadata.forbidden':
      'A chave “{input}” não é permitida: o cal.com a descartaria sem avisar, e o código JavaScript pode lê-la como parte do protótipo; renomeie a chave',
    'metadata.stripped': 'O cal.com descarta a chave “{input}” sem gerar erro',
    'metadata.inexact_number':
      'O JavaScript não consegue representar este número com exatidão (grande demais, preciso demais ou fora do intervalo): envie-o como string',
    'metadata.infinite': 'O cal.com salva este número como null: o JSON não tem como representar um número infinito',
    one_of: 'Esperado um destes valores: {values}; recebido: “{input}”',
    brand_color: 'Use uma cor em hexadecimal: #RGB, #RGBA, #RRGGBB ou #RRGGBBAA',
    'zod.too_short': `A string precisa ter pelo menos ${chars('minimum')}`,
    'zod.too_long': `A string pode ter no máximo ${chars('maximum')}`,
    'zod.invalid': 'Inválido',
    iso_date: 'Esperado: uma data ISO 8601 como 2024-05-01T09:30:00Z; recebido: “{input}”',
  },

  // After "Esperado:": with the article.
  expected: {
    string: 'uma string',
    number: 'um número',
    integer: 'um número inteiro',
    boolean: 'um booleano',
    object: 'um objeto',
    value: 'um valor',
    'non-null value': 'um valor diferente de null',
    'string, number or boolean': 'uma string, um número ou um booleano',
    'number JavaScript holds exactly': 'um número que o JavaScript represente com exatidão',
  },
  // After "recebido:": with the article, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'um booleano',
    number: 'um número',
    string: 'uma string',
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
