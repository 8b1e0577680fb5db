// Ελληνικά. Formal address (second person plural: "Εισάγετε", "σας"), as cal.com's Greek interface
// ("Ελέγξτε το email σας", "Αποθηκεύστε αυτό το κλειδί API"); Greek quotation marks «…» (CLDR).
// The Greek semicolon is the ano teleia "·" (";" is the Greek question mark).
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Το σώμα του αιτήματος δεν είναι έγκυρο JSON (byte {position}): ';
const EMAIL = 'Εισάγετε μια διεύθυνση email όπως name@example.com: το «{input}» ';
const UNKNOWN = 'Άγνωστο κλειδί «{input}»';
const MEAN = ' (μήπως εννοείτε {suggestion};)';
const COMPAT = 'Το cal.com δέχεται εδώ null, αλλά ';
const COLUMN = 'δεν μπορεί να είναι null: η στήλη είναι NOT NULL, οπότε το cal.com αποτυγχάνει με σφάλμα 500';
const TIME_FORMAT_NULL =
  'δεν μπορεί να είναι null: το cal.com αποθηκεύει το null και κάθε επόμενο GET /v2/me αποτυγχάνει';
const METADATA_NULL =
  "δεν μπορεί να είναι null: η βάση δεδομένων απορρίπτει το null του JSON (σφάλμα 500)· στείλτε '{}' για να το αδειάσετε";
const WEEK_START =
  'Η αρχή της εβδομάδας πρέπει να είναι μία από τις τιμές {values} (στα αγγλικά, με κεφαλαίο το πρώτο γράμμα)';
const TIME_FORMAT_STRING = 'Αναμενόταν ο αριθμός 12 ή 24, ελήφθη η συμβολοσειρά «{input}»';
const MODEL =
  ': δεν υπάρχει σε αυτή την έκδοση του μοντέλου, οπότε παραλείπεται από το data (ίσως το πρόσθεσε πρόσφατα το cal.com)';
const DYNAMIC_NULL =
  'αποθηκεύεται και στη συνέχεια το cal.com το διαβάζει ως false (η δυναμική ομαδική κράτηση απενεργοποιείται): στείλτε true ή false';

// "at most / at least N characters" (accusative): χαρακτήρα, χαρακτήρες.
const chars = (n) => `{${n}, plural, one {# χαρακτήρα} other {# χαρακτήρες}}`;

export default catalog('el', {
  messages: {
    type: 'Αναμενόταν {expected}, ελήφθη {received}',
    'type.integer': 'Αναμενόταν ακέραιος αριθμός',
    'type.array_body':
      'Αναμενόταν {expected}, ελήφθη {received} (το cal.com δεν ελέγχει σώμα αιτήματος που είναι πίνακας και στη συνέχεια αποτυγχάνει με σφάλμα 500)',
    unreadable: 'Δεν ήταν δυνατή η ανάγνωση αυτής της τιμής: ένας getter ή μια παγίδα (trap) του Proxy έριξε εξαίρεση',
    'unreadable.body':
      'Δεν ήταν δυνατή η ανάγνωση του σώματος του αιτήματος: ένας getter ή μια παγίδα (trap) του Proxy έριξε εξαίρεση',
    'unicode.lone_surrogate':
      'Το κείμενο περιέχει μεμονωμένο υποκατάστατο (surrogate) UTF-16 (μισό emoji;)· θα αποθηκευόταν ως \ufffd',
    required: 'Υποχρεωτικό πεδίο: το {field} λείπει',
    duplicate_key: 'Αυτό το κλειδί εμφανίζεται περισσότερες από μία φορές στο σώμα του αιτήματος· μετράει μόνο η τελευταία του τιμή',
    base_url: 'Το baseUrl πρέπει να είναι URL http(s), για παράδειγμα https://api.cal.com',
    more: '(+{count} ακόμη)',

    'body.too_large':
      'Το σώμα του αιτήματος έχει μέγεθος {count} byte σε JSON· το cal.com απορρίπτει με σφάλμα 413 κάθε σώμα πάνω από {maximum} byte (100 kB)',
    'json.not_utf8': JSON_ERROR + 'το κείμενο δεν είναι έγκυρο UTF-8',
    'json.trailing': JSON_ERROR + 'απρόσμενο κείμενο μετά την τιμή JSON',
    'json.unexpected_char': JSON_ERROR + 'απρόσμενος χαρακτήρας',
    'json.unexpected_end': JSON_ERROR + 'απρόσμενο τέλος δεδομένων',
    'json.invalid_literal': JSON_ERROR + 'μη έγκυρη σταθερή τιμή (literal)',
    'json.unknown_tag': JSON_ERROR + 'άγνωστη ετικέτα τιμής',
    'json.expected_key': JSON_ERROR + 'αναμενόταν κλειδί σε εισαγωγικά',
    'json.expected_colon': JSON_ERROR + "αναμενόταν ':' μετά από κλειδί",
    'json.expected_comma_brace': JSON_ERROR + "αναμενόταν ',' ή δεξί άγκιστρο",
    'json.expected_comma_bracket': JSON_ERROR + "αναμενόταν ',' ή δεξιά αγκύλη",
    'json.unterminated_string': JSON_ERROR + 'συμβολοσειρά που δεν κλείνει',
    'json.invalid_unicode_escape': JSON_ERROR + 'μη έγκυρη ακολουθία διαφυγής \\u',
    'json.invalid_escape': JSON_ERROR + 'μη έγκυρη ακολουθία διαφυγής',
    'json.control_char': JSON_ERROR + 'χαρακτήρας ελέγχου μέσα σε συμβολοσειρά',
    'json.invalid_number': JSON_ERROR + 'μη έγκυρος αριθμός',
    'json.number_fraction': JSON_ERROR + "μη έγκυρος αριθμός: μετά την '.' πρέπει να ακολουθούν ψηφία",
    'json.number_exponent': JSON_ERROR + 'μη έγκυρος αριθμός: ο εκθέτης χρειάζεται ψηφία',

    'key.forbidden':
      UNKNOWN + ': δεν επιτρέπεται (το cal.com το διαγράφει ή το αγνοεί, και σε κώδικα JavaScript μπορεί να αλλοιώσει πρωτότυπα)',
    'key.secret': UNKNOWN + ': ένα μοντέλο στην πλευρά του πελάτη δεν δέχεται ποτέ μυστικά διαπιστευτήρια',
    'key.unknown': UNKNOWN + ': το cal.com θα το αφαιρούσε αθόρυβα',
    'key.unknown.suggest': UNKNOWN + MEAN + ': το cal.com θα το αφαιρούσε αθόρυβα',
    'key.rejected': UNKNOWN + ': το cal.com απορρίπτει εδώ τα άγνωστα κλειδιά',
    'key.rejected.suggest': UNKNOWN + MEAN + ': το cal.com απορρίπτει εδώ τα άγνωστα κλειδιά',
    'key.stripped': UNKNOWN + ': το cal.com το αφαιρεί χωρίς μήνυμα σφάλματος',
    'key.stripped.suggest': UNKNOWN + MEAN + ': το cal.com το αφαιρεί χωρίς μήνυμα σφάλματος',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' στο organization' + MODEL,

    'null.column': 'Το πεδίο {field} ' + COLUMN,
    'null.column.compat': COMPAT + 'το πεδίο {field} ' + COLUMN,
    'null.time_format': 'Το πεδίο {field} ' + TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + 'το πεδίο {field} ' + TIME_FORMAT_NULL,
    'null.metadata': 'Το πεδίο {field} ' + METADATA_NULL,
    'null.metadata.compat': COMPAT + 'το πεδίο {field} ' + METADATA_NULL,
    'null.allow_dynamic_booking': 'Το null στο πεδίο {field} ' + DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + 'το null στο πεδίο {field} ' + DYNAMIC_NULL,

    'time_zone.unknown': 'Δεν είναι ζώνη ώρας IANA: «{input}»',
    'time_zone.unknown.suggest': 'Δεν είναι ζώνη ώρας IANA: «{input}»· μήπως εννοείτε {suggestions};',
    'time_zone.deprecated':
      'Το «{input}» είναι παρωχημένο όνομα για τη ζώνη «{canonical}»· λειτουργεί ακόμη, αλλά προτιμήστε το κανονικό όνομα',
    'time_zone.stored':
      'Το cal.com αποθηκεύει αυτή τη ζώνη ώρας ως «{stored}» και όχι με τη γραφή του IANA, «{canonical}»',
    'time_zone.absent':
      'Χωρίς ζώνη ώρας, το cal.com χρησιμοποιεί Europe/London και δεν δημιουργεί προεπιλεγμένο πρόγραμμα: δεν μπορεί να γίνει κράτηση με τον χρήστη μέχρι να υπάρξει ένα',
    'locale.unknown': 'Το cal.com δεν υποστηρίζει αυτή τη γλώσσα',
    'locale.unknown.suggest': 'Το cal.com δεν υποστηρίζει αυτή τη γλώσσα· μήπως εννοείτε {suggestions};',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '· μήπως εννοείτε {suggestion};',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '· χρησιμοποιήστε τον αριθμό {suggestion} (χωρίς εισαγωγικά)',
    'time_format.nan': 'Αναμενόταν ο αριθμός 12 ή 24, ελήφθη τιμή που δεν είναι αριθμός',
    time_format: 'Η μορφή ώρας πρέπει να είναι 12 ή 24',
    'time_format.coerced': 'Το cal.com μετατρέπει τη συμβολοσειρά «{input}» στον αριθμό {stored}',
    'schedule_id.integer': 'Το ID προγράμματος πρέπει να είναι ακέραιος αριθμός',
    'schedule_id.too_small': 'Το ID προγράμματος πρέπει να είναι τουλάχιστον {minimum}',
    'schedule_id.too_big': 'Το ID προγράμματος μπορεί να είναι το πολύ {maximum}',
    'schedule_id.unstorable':
      'Το cal.com δέχεται αυτόν τον αριθμό, αλλά η βάση δεδομένων δεν μπορεί να τον αποθηκεύσει ως ID προγράμματος: το αίτημα αποτυγχάνει με σφάλμα 500',
    'schedule_id.null': 'Χωρίς προεπιλεγμένο πρόγραμμα, δεν μπορεί να γίνει κράτηση με τον χρήστη μέχρι να οριστεί ένα',
    'booking_limit.integer': 'Το όριο κρατήσεων πρέπει να είναι ακέραιος αριθμός',
    'booking_limit.too_small': 'Το όριο κρατήσεων πρέπει να είναι τουλάχιστον {minimum}· στείλτε null για να μην υπάρχει όριο',
    'booking_limit.too_big': 'Το όριο κρατήσεων μπορεί να είναι το πολύ {maximum}· στείλτε null για να μην υπάρχει όριο',
    'team_id.integer': 'Το ID ομάδας πρέπει να είναι ακέραιος αριθμός',
    'team_id.too_small': 'Το ID ομάδας πρέπει να είναι τουλάχιστον {minimum}',
    'team_id.too_big': 'Το ID ομάδας μπορεί να είναι το πολύ {maximum}',
    'number.positive': 'Ο αριθμός πρέπει να είναι μεγαλύτερος από {minimum}',
    'avatar_url.too_long': 'Ένα URL μπορεί να έχει το πολύ ' + chars('maximum'),
    'avatar_url.invalid': 'Εισάγετε πλήρες URL εικόνας, όπως https://example.com/me.png, όχι «{input}»',
    'avatar_url.no_scheme':
      'Ξεκινήστε το URL με https:// (ή http://): χωρίς αυτό, η διεύθυνση ερμηνεύεται σε σχέση με τη σελίδα που εμφανίζει την εικόνα προφίλ',
    'avatar_url.credentials': 'Αφαιρέστε το τμήμα user:password@: θα δημοσιευόταν μαζί με την εικόνα προφίλ',
    'email.too_long': 'Μια διεύθυνση email μπορεί να έχει το πολύ ' + chars('maximum'),
    'email.invalid': 'Εισάγετε μια διεύθυνση email όπως name@example.com, όχι «{input}»',
    'email.no_at': EMAIL + 'δεν περιέχει @',
    'email.many_at': EMAIL + 'περιέχει περισσότερα από ένα @',
    'email.local_length': EMAIL + 'χρειάζεται 1 έως 64 χαρακτήρες πριν από το @',
    'email.local_char': EMAIL + 'περιέχει πριν από το @ χαρακτήρα που δεν επιτρέπεται',
    'email.local_dot': EMAIL + 'έχει τελεία σε λάθος θέση πριν από το @',
    'email.no_dot': EMAIL + 'χρειάζεται τομέα (domain) με τελεία, όπως example.com',
    'email.domain': EMAIL + 'έχει μη έγκυρο τομέα (domain)',
    'email.tld': EMAIL + 'χρειάζεται τομέα ανωτάτου επιπέδου από γράμματα, όπως .com',
    'email.managed_user': "Το email ενός διαχειριζόμενου χρήστη περιέχει +'{clientId}' πριν από το @",
    lowercased: 'Το cal.com το αποθηκεύει με πεζά γράμματα: «{stored}»',
    'api_key.empty': 'Εισάγετε το κλειδί API σας για το cal.com (ξεκινά με cal_)',
    'api_key.bearer': 'Παραλείψτε τη λέξη Bearer: δώστε μόνο το κλειδί',
    'api_key.spaces': 'Το κλειδί περιέχει κενά ή εισαγωγικά: αντιγράψτε το ξανά χωρίς αυτά',
    'api_key.chars': 'Το κλειδί περιέχει χαρακτήρες που δεν υπάρχουν ποτέ σε κλειδί API ή διακριτικό πρόσβασης',
    'api_key.truncated':
      'Αυτό το κλειδί cal_ φαίνεται περικομμένο ή κατεστραμμένο: αντιγράψτε το ξανά από Ρυθμίσεις → Προγραμματιστής → Κλειδιά API',
    'api_key.unknown': 'Δεν είναι ούτε κλειδί API (αυτά ξεκινούν με cal_) ούτε πλήρες διακριτικό πρόσβασης',
    'metadata.key_too_long': 'Ένα κλειδί μεταδεδομένων μπορεί να έχει το πολύ ' + chars('maximum') + ' (μονάδες κώδικα UTF-16)',
    'metadata.too_many_keys':
      'Τα μεταδεδομένα μπορούν να έχουν το πολύ {maximum, plural, one {# κλειδί} other {# κλειδιά}}· αυτά έχουν {count}',
    'metadata.value_too_long':
      'Μια τιμή μεταδεδομένων μπορεί να έχει το πολύ ' + chars('maximum') + ' (μονάδες κώδικα UTF-16)· αυτή έχει {count}',
    'metadata.duplicate_key':
      'Αυτό το κλειδί εμφανίζεται περισσότερες από μία φορές στο σώμα JSON· θα διατηρούνταν μόνο η τελευταία του τιμή',
    'metadata.constructor':
      'Το κλειδί «{input}» κάνει το cal.com να αποτύχει με σφάλμα 500 πριν από τον έλεγχο· μετονομάστε το',
    'metadata.forbidden':
      'Το κλειδί «{input}» δεν επιτρέπεται: το cal.com θα το αφαιρούσε αθόρυβα και ο κώδικας JavaScript μπορεί να το διαβάσει ως μέρος του πρωτοτύπου· μετονομάστε το',
    'metadata.stripped': 'Το cal.com αφαιρεί το κλειδί «{input}» χωρίς μήνυμα σφάλματος',
    'metadata.inexact_number':
      'Η JavaScript δεν μπορεί να αναπαραστήσει αυτόν τον αριθμό με ακρίβεια (πολύ μεγάλος, με πάρα πολλά δεκαδικά ή εκτός εύρους): στείλτε τον ως συμβολοσειρά',
    'metadata.infinite': 'Το cal.com αποθηκεύει αυτόν τον αριθμό ως null: το JSON δεν μπορεί να αναπαραστήσει άπειρο αριθμό',
    one_of: 'Αναμενόταν μία από τις τιμές {values}, ελήφθη «{input}»',
    brand_color: 'Χρησιμοποιήστε δεκαεξαδικό χρώμα: #RGB, #RGBA, #RRGGBB ή #RRGGBBAA',
    'zod.too_short': 'Η συμβολοσειρά πρέπει να περιέχει τουλάχιστον ' + chars('minimum'),
    'zod.too_long': 'Η συμβολοσειρά πρέπει να περιέχει το πολύ ' + chars('maximum'),
    'zod.invalid': 'Μη έγκυρη τιμή',
    iso_date: 'Αναμενόταν ημερομηνία ISO 8601, όπως 2024-05-01T09:30:00Z, ελήφθη «{input}»',
  },

  // After "Αναμενόταν …": the subject, nominative, without article.
  expected: {
    string: 'συμβολοσειρά',
    number: 'αριθμός',
    integer: 'ακέραιος αριθμός',
    boolean: 'λογική τιμή (boolean)',
    object: 'αντικείμενο',
    value: 'τιμή',
    'non-null value': 'τιμή διαφορετική από null',
    'string, number or boolean': 'συμβολοσειρά, αριθμός ή λογική τιμή',
    'number JavaScript holds exactly': 'αριθμός που η JavaScript αναπαριστά με ακρίβεια',
  },
  // After "ελήφθη": the kind of value alone, nominative.
  received: {
    null: 'null',
    boolean: 'λογική τιμή',
    number: 'αριθμός',
    string: 'συμβολοσειρά',
    array: 'πίνακας',
    object: 'αντικείμενο',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'ακέραιος BigInt',
    symbol: 'σύμβολο (Symbol)',
    function: 'συνάρτηση',
    Date: 'αντικείμενο Date',
    Map: 'αντικείμενο Map',
    Set: 'αντικείμενο Set',
    RegExp: 'κανονική έκφραση',
    'class instance': 'στιγμιότυπο κλάσης',
    'unreadable value': 'μη αναγνώσιμη τιμή',
  },
});
