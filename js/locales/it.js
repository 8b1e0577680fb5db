// Italiano. Informal address ("tu": "Inserisci…"), as cal.com's Italian interface; Italian
// angle quotes «…». Plural: `one` is 1 only; `many` is for millions ("1.000.000 di chiavi").
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Il corpo della richiesta non è un JSON valido (byte {position}): ';
const EMAIL = 'Inserisci un indirizzo email come name@example.com: «{input}» ';
const UNKNOWN = 'Chiave sconosciuta «{input}»';
const MEAN = ' (forse intendevi {suggestion}?)';
const MODEL =
  ": non è presente in questa versione del modello, quindi viene esclusa da data (forse cal.com l'ha aggiunta)";
const COMPAT = 'Qui cal.com accetta null, ma ';
const NOT_NULL_COLUMN = '{field} non può essere null: la colonna è NOT NULL, quindi cal.com fallisce con un errore 500';
const NOT_NULL_TIME_FORMAT =
  '{field} non può essere null: cal.com salva il null e da quel momento ogni GET /v2/me fallisce';
const NOT_NULL_METADATA =
  "{field} non può essere null: il database rifiuta un null JSON (errore 500); invia '{}' per svuotare i metadati";
const DYNAMIC_BOOKING =
  ' viene salvato e poi cal.com lo legge come false (prenotazioni di gruppo dinamiche disattivate): invia true o false';
const WEEK_START =
  "L'inizio della settimana deve essere uno di questi valori: {values} (in inglese, con l'iniziale maiuscola)";
const TIME_FORMAT_STRING = 'Serve il numero 12 o 24, ma è arrivata la stringa «{input}»';

// "N caratteri" after "al massimo" / "almeno".
const chars = (n) => `{${n}, plural, one {# carattere} many {# di caratteri} other {# caratteri}}`;

export default catalog('it', {
  messages: {
    type: 'Previsto: {expected}; ricevuto: {received}',
    'type.integer': 'Previsto: un numero intero',
    'type.array_body':
      'Previsto: {expected}; ricevuto: {received} (cal.com non convalida un corpo che sia un array e poi fallisce con un errore 500)',
    unreadable: "Impossibile leggere questo valore: un getter o una trap di Proxy ha generato un'eccezione",
    'unreadable.body':
      "Impossibile leggere il corpo della richiesta: un getter o una trap di Proxy ha generato un'eccezione",
    'unicode.lone_surrogate':
      'Il testo contiene un surrogato UTF-16 isolato (mezza emoji?); verrebbe salvato come \ufffd',
    required: 'Obbligatorio: manca {field}',
    duplicate_key: 'Questa chiave compare più di una volta nel corpo della richiesta; conta solo il suo ultimo valore',
    base_url: 'baseUrl deve essere un URL http(s), ad esempio https://api.cal.com',
    more: '(e {count, plural, one {# altro errore} many {# di altri errori} other {# altri errori}})',

    'body.too_large':
      'Il corpo della richiesta occupa {count, plural, one {# byte} many {# di byte} other {# byte}} in JSON; cal.com rifiuta i corpi oltre {maximum} byte (100 kB) con un errore 413',
    'json.not_utf8': JSON_ERROR + 'il testo non è UTF-8 valido',
    'json.trailing': JSON_ERROR + 'testo imprevisto dopo il valore JSON',
    'json.unexpected_char': JSON_ERROR + 'carattere imprevisto',
    'json.unexpected_end': JSON_ERROR + 'i dati finiscono prima del previsto',
    'json.invalid_literal': JSON_ERROR + 'letterale non valido',
    'json.unknown_tag': JSON_ERROR + 'etichetta di valore sconosciuta',
    'json.expected_key': JSON_ERROR + 'qui è prevista una chiave tra virgolette',
    'json.expected_colon': JSON_ERROR + 'dopo una chiave sono previsti i due punti («:»)',
    'json.expected_comma_brace': JSON_ERROR + 'qui è prevista una virgola o una parentesi graffa di chiusura',
    'json.expected_comma_bracket': JSON_ERROR + 'qui è prevista una virgola o una parentesi quadra di chiusura',
    'json.unterminated_string': JSON_ERROR + 'stringa non chiusa',
    'json.invalid_unicode_escape': JSON_ERROR + 'sequenza di escape \\u non valida',
    'json.invalid_escape': JSON_ERROR + 'sequenza di escape non valida',
    'json.control_char': JSON_ERROR + 'carattere di controllo in una stringa',
    'json.invalid_number': JSON_ERROR + 'numero non valido',
    'json.number_fraction': JSON_ERROR + 'numero non valido: dopo il punto («.») servono delle cifre',
    'json.number_exponent': JSON_ERROR + "numero non valido: l'esponente deve contenere delle cifre",

    'key.forbidden':
      UNKNOWN + ': non consentita (cal.com la elimina o la ignora, e nel codice JavaScript può alterare i prototipi)',
    'key.secret': UNKNOWN + ': un modello lato client non accetta mai dati segreti',
    'key.unknown': UNKNOWN + ': cal.com la scarterebbe senza avvisare',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com la scarterebbe senza avvisare',
    'key.rejected': UNKNOWN + ': qui cal.com rifiuta le chiavi sconosciute',
    'key.rejected.suggest': UNKNOWN + MEAN + ': qui cal.com rifiuta le chiavi sconosciute',
    'key.stripped': UNKNOWN + ': cal.com la scarta senza segnalare errori',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com la scarta senza segnalare errori',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' in organization' + MODEL,

    'null.column': NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + NOT_NULL_COLUMN,
    'null.time_format': NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + NOT_NULL_TIME_FORMAT,
    'null.metadata': NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Il null di {field}' + DYNAMIC_BOOKING,
    'null.allow_dynamic_booking.compat': COMPAT + 'il null di {field}' + DYNAMIC_BOOKING,

    'time_zone.unknown': 'Non è un fuso orario IANA: «{input}»',
    'time_zone.unknown.suggest': 'Non è un fuso orario IANA: «{input}»; forse intendevi {suggestions}?',
    'time_zone.deprecated':
      '«{input}» è un vecchio nome di «{canonical}»; funziona ancora, ma è meglio usare il nome canonico',
    'time_zone.stored': 'cal.com salva questo fuso orario come «{stored}», non con la grafia IANA «{canonical}»',
    'time_zone.absent':
      "Senza fuso orario cal.com usa Europe/London e non crea un programma predefinito: nessuno può prenotare con l'utente finché non ne esiste uno",
    'locale.unknown': 'cal.com non supporta questa lingua',
    'locale.unknown.suggest': 'cal.com non supporta questa lingua: forse intendevi {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; forse intendevi {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + ': usa il numero {suggestion} (senza virgolette)',
    'time_format.nan': 'Serve il numero 12 o 24, ma è arrivato un valore che non è un numero',
    time_format: "Il formato dell'ora deve essere 12 o 24",
    'time_format.coerced': 'cal.com converte la stringa «{input}» nel numero {stored}',
    'schedule_id.integer': "L'ID di un programma è un numero intero",
    'schedule_id.too_small': "L'ID di un programma è almeno {minimum}",
    'schedule_id.too_big': "L'ID di un programma è al massimo {maximum}",
    'schedule_id.unstorable':
      'cal.com accetta questo numero, ma il database non può salvarlo come ID di un programma: la richiesta fallisce con un errore 500',
    'schedule_id.null':
      "Senza un programma predefinito nessuno può prenotare con l'utente finché non ne viene impostato uno",
    'booking_limit.too_small': 'Un limite di prenotazioni è almeno {minimum}; invia null per non avere limiti',
    'booking_limit.integer': 'Un limite di prenotazioni è un numero intero di prenotazioni',
    'booking_limit.too_big': 'Un limite di prenotazioni è al massimo {maximum}; invia null per non avere limiti',
    'team_id.integer': "L'ID di un team è un numero intero",
    'team_id.too_small': "L'ID di un team è almeno {minimum}",
    'team_id.too_big': "L'ID di un team è al massimo {maximum}",
    'number.positive': 'Il numero deve essere maggiore di {minimum}',
    'avatar_url.too_long': `Un URL ha al massimo ${chars('maximum')}`,
    'avatar_url.invalid':
      "Inserisci l'URL completo di un'immagine, ad esempio https://example.com/me.png, non «{input}»",
    'avatar_url.no_scheme':
      "Inizia l'URL con https:// (o http://): altrimenti l'indirizzo viene risolto rispetto alla pagina che mostra l'avatar",
    'avatar_url.credentials': "Rimuovi la parte utente:password@: verrebbe pubblicata insieme all'avatar",
    'email.too_long': `Un indirizzo email ha al massimo ${chars('maximum')}`,
    'email.invalid': 'Inserisci un indirizzo email come name@example.com, non «{input}»',
    'email.no_at': EMAIL + 'non contiene la @',
    'email.many_at': EMAIL + 'contiene più di una @',
    'email.local_length': EMAIL + 'deve avere da 1 a 64 caratteri prima della @',
    'email.local_char': EMAIL + 'contiene un carattere non consentito prima della @',
    'email.local_dot': EMAIL + 'ha un punto nella posizione sbagliata prima della @',
    'email.no_dot': EMAIL + 'deve avere un dominio con un punto, come example.com',
    'email.domain': EMAIL + 'ha un dominio non valido',
    'email.tld': EMAIL + 'deve avere un dominio di primo livello fatto di lettere, come .com',
    'email.managed_user': "L'email di un utente gestito contiene +'{clientId}' prima della @",
    lowercased: 'cal.com salva questo valore in minuscolo: «{stored}»',
    'api_key.empty': 'Inserisci la tua chiave API di cal.com (inizia con cal_)',
    'api_key.bearer': 'Togli la parola Bearer: indica solo la chiave',
    'api_key.spaces': 'La chiave contiene spazi o virgolette: copiala di nuovo senza',
    'api_key.chars': 'La chiave contiene caratteri che una chiave API o un token di accesso non hanno mai',
    'api_key.truncated':
      'Questa chiave cal_ sembra troncata o danneggiata: copiala di nuovo da Impostazioni → Sviluppatore → Chiavi API',
    'api_key.unknown': 'Non è né una chiave API (le chiavi iniziano con cal_) né un token di accesso completo',
    'metadata.key_too_long': `Una chiave dei metadati ha al massimo ${chars('maximum')} (unità di codice UTF-16)`,
    'metadata.too_many_keys':
      'I metadati hanno al massimo {maximum, plural, one {# chiave} many {# di chiavi} other {# chiavi}}; questi ne hanno {count}',
    'metadata.value_too_long': `Un valore dei metadati ha al massimo ${chars('maximum')} (unità di codice UTF-16); questo ne ha {count}`,
    'metadata.duplicate_key':
      'Questa chiave compare più di una volta nel corpo JSON; verrebbe mantenuto solo il suo ultimo valore',
    'metadata.constructor':
      'La chiave «{input}» fa fallire cal.com con un errore 500 prima ancora della convalida; rinominala',
    'metadata.forbidden':
      'La chiave «{input}» non è consentita: cal.com la scarterebbe senza avvisare e il codice JavaScript potrebbe leggerla come parte del prototipo; rinominala',
    'metadata.stripped': 'cal.com scarta la chiave «{input}» senza segnalare errori',
    'metadata.inexact_number':
      'JavaScript non può rappresentare esattamente questo numero (troppo grande, troppo preciso o fuori intervallo): invialo come stringa',
    'metadata.infinite': 'cal.com salva questo numero come null: JSON non può rappresentare un numero infinito',
    one_of: 'Previsto uno di questi valori: {values}; ricevuto: «{input}»',
    brand_color: 'Usa un colore esadecimale: #RGB, #RGBA, #RRGGBB o #RRGGBBAA',
    'zod.too_short': `La stringa deve contenere almeno ${chars('minimum')}`,
    'zod.too_long': `La stringa deve contenere al massimo ${chars('maximum')}`,
    'zod.invalid': 'Non valido',
    iso_date: 'Prevista una data ISO 8601 come 2024-05-01T09:30:00Z; ricevuto: «{input}»',
  },

  // After "Previsto:": with the article.
  expected: {
    string: 'una stringa',
    number: 'un numero',
    integer: 'un numero intero',
    boolean: 'un booleano',
    object: 'un oggetto',
    value: 'un valore',
    'non-null value': 'un valore diverso da null',
    'string, number or boolean': 'una stringa, un numero o un booleano',
    'number JavaScript holds exactly': 'un numero che JavaScript rappresenti esattamente',
  },
  // After "ricevuto:": with the article, except JavaScript's own names of values.
  received: {
    null: 'null',
    boolean: 'un booleano',
    number: 'un numero',
    string: 'una stringa',
    array: 'un array',
    object: 'un oggetto',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'un BigInt',
    symbol: 'un simbolo',
    function: 'una funzione',
    Date: 'un oggetto Date',
    Map: 'un oggetto Map',
    Set: 'un oggetto Set',
    RegExp: "un'espressione regolare",
    'class instance': "un'istanza di classe",
    'unreadable value': 'un valore illeggibile',
  },
});
