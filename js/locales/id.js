// Bahasa Indonesia. Polite "Anda" with plain imperatives ("Masukkan …", "Salin ulang …"), as
// cal.com's Indonesian interface; quotation marks “…” (CLDR id).
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.

import { catalog } from './format.js';

const JSON_ERROR = 'Isi permintaan bukan JSON yang valid (byte ke-{position}): ';
const EMAIL = 'Masukkan alamat email seperti name@example.com: “{input}” ';
const UNKNOWN = 'Kunci tidak dikenal “{input}”';
const MEAN = ' (maksud Anda {suggestion}?)';
const COMPAT = 'cal.com menerima null di sini, tetapi ';
const NOT_NULL_COLUMN =
  'tidak boleh null: kolom database-nya bersifat NOT NULL, sehingga cal.com gagal dengan kesalahan 500';
const NOT_NULL_TIME_FORMAT =
  'tidak boleh null: cal.com menyimpan null tersebut dan setiap GET /v2/me berikutnya akan gagal';
const NOT_NULL_METADATA =
  "tidak boleh null: database menolak null JSON (kesalahan 500); kirim '{}' untuk mengosongkannya";
const WEEK_START = 'Awal minggu harus salah satu dari {values} (dalam bahasa Inggris, diawali huruf kapital)';
const TIME_FORMAT_STRING = 'Seharusnya angka 12 atau 24, tetapi yang diterima string “{input}”';
const MODEL =
  ': tidak ada di versi model ini, sehingga tidak dimasukkan ke data (mungkin cal.com baru menambahkannya)';
const DYNAMIC_NULL =
  'disimpan, lalu cal.com membacanya sebagai false (pemesanan grup dinamis menjadi nonaktif): kirim true atau false';

export default catalog('id', {
  messages: {
    type: 'Seharusnya {expected}, tetapi yang diterima {received}',
    'type.integer': 'Seharusnya bilangan bulat',
    'type.array_body':
      'Seharusnya {expected}, tetapi yang diterima {received} (cal.com tidak memvalidasi isi permintaan yang berupa array, lalu gagal dengan kesalahan 500)',
    unreadable: 'Nilai ini tidak dapat dibaca: sebuah getter atau trap Proxy melempar pengecualian',
    'unreadable.body': 'Isi permintaan tidak dapat dibaca: sebuah getter atau trap Proxy melempar pengecualian',
    'unicode.lone_surrogate':
      'Teks berisi surrogate UTF-16 tunggal (separuh emoji?); teks ini akan tersimpan sebagai \ufffd',
    required: 'Wajib diisi: {field} tidak ada',
    duplicate_key: 'Kunci ini muncul lebih dari sekali di isi permintaan; hanya nilai terakhirnya yang berlaku',
    base_url: 'baseUrl harus berupa URL http(s), misalnya https://api.cal.com',
    more: '(+{count} lainnya)',

    'body.too_large':
      'Isi permintaan berukuran {count} byte sebagai JSON; cal.com menolak isi di atas {maximum} byte (100 kB) dengan kesalahan 413',
    'json.not_utf8': JSON_ERROR + 'teks bukan UTF-8 yang valid',
    'json.trailing': JSON_ERROR + 'ada teks tak terduga setelah nilai JSON',
    'json.unexpected_char': JSON_ERROR + 'karakter tak terduga',
    'json.unexpected_end': JSON_ERROR + 'data berakhir secara tak terduga',
    'json.invalid_literal': JSON_ERROR + 'literal tidak valid',
    'json.unknown_tag': JSON_ERROR + 'tag nilai tidak dikenal',
    'json.expected_key': JSON_ERROR + 'seharusnya ada kunci dalam tanda kutip',
    'json.expected_colon': JSON_ERROR + "seharusnya ada ':' setelah kunci",
    'json.expected_comma_brace': JSON_ERROR + "seharusnya ada ',' atau kurung kurawal penutup",
    'json.expected_comma_bracket': JSON_ERROR + "seharusnya ada ',' atau kurung siku penutup",
    'json.unterminated_string': JSON_ERROR + 'string tidak ditutup',
    'json.invalid_unicode_escape': JSON_ERROR + 'urutan escape \\u tidak valid',
    'json.invalid_escape': JSON_ERROR + 'urutan escape tidak valid',
    'json.control_char': JSON_ERROR + 'karakter kontrol di dalam string',
    'json.invalid_number': JSON_ERROR + 'angka tidak valid',
    'json.number_fraction': JSON_ERROR + "angka tidak valid: setelah '.' harus ada digit",
    'json.number_exponent': JSON_ERROR + 'angka tidak valid: eksponen harus berisi digit',

    'key.forbidden':
      UNKNOWN + ': tidak diizinkan (cal.com menghapus atau mengabaikannya, dan di kode JavaScript kunci ini dapat mengubah prototipe)',
    'key.secret': UNKNOWN + ': model sisi klien tidak pernah menerima data rahasia',
    'key.unknown': UNKNOWN + ': cal.com akan membuangnya diam-diam',
    'key.unknown.suggest': UNKNOWN + MEAN + ': cal.com akan membuangnya diam-diam',
    'key.rejected': UNKNOWN + ': cal.com menolak kunci yang tidak dikenal di sini',
    'key.rejected.suggest': UNKNOWN + MEAN + ': cal.com menolak kunci yang tidak dikenal di sini',
    'key.stripped': UNKNOWN + ': cal.com membuangnya tanpa pesan kesalahan',
    'key.stripped.suggest': UNKNOWN + MEAN + ': cal.com membuangnya tanpa pesan kesalahan',
    'key.unknown_model': UNKNOWN + MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + MODEL,
    'key.unknown_model.organization': UNKNOWN + ' di organization' + MODEL,

    'null.column': 'Bidang {field} ' + NOT_NULL_COLUMN,
    'null.column.compat': COMPAT + 'bidang {field} ' + NOT_NULL_COLUMN,
    'null.time_format': 'Bidang {field} ' + NOT_NULL_TIME_FORMAT,
    'null.time_format.compat': COMPAT + 'bidang {field} ' + NOT_NULL_TIME_FORMAT,
    'null.metadata': 'Bidang {field} ' + NOT_NULL_METADATA,
    'null.metadata.compat': COMPAT + 'bidang {field} ' + NOT_NULL_METADATA,
    'null.allow_dynamic_booking': 'Nilai null pada bidang {field} ' + DYNAMIC_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + 'nilai null pada bidang {field} ' + DYNAMIC_NULL,

    'time_zone.unknown': 'Bukan zona waktu IANA: “{input}”',
    'time_zone.unknown.suggest': 'Bukan zona waktu IANA: “{input}”; maksud Anda {suggestions}?',
    'time_zone.deprecated':
      '“{input}” adalah nama usang untuk “{canonical}”; nama ini masih berfungsi, tetapi sebaiknya gunakan nama kanonisnya',
    'time_zone.stored': 'cal.com menyimpan zona waktu ini sebagai “{stored}”, bukan dengan ejaan IANA-nya, “{canonical}”',
    'time_zone.absent':
      'Tanpa zona waktu, cal.com memakai Europe/London dan tidak membuat jadwal default: tidak ada yang dapat memesan waktu dengan pengguna ini sampai jadwal tersedia',
    'locale.unknown': 'Bahasa ini tidak didukung cal.com',
    'locale.unknown.suggest': 'Bahasa ini tidak didukung cal.com; maksud Anda {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; maksud Anda {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; gunakan angka {suggestion} (tanpa tanda kutip)',
    'time_format.nan': 'Seharusnya angka 12 atau 24, tetapi yang diterima bukan angka',
    time_format: 'Format waktu harus 12 atau 24',
    'time_format.coerced': 'cal.com mengubah string “{input}” menjadi angka {stored}',
    'schedule_id.integer': 'ID jadwal harus berupa bilangan bulat',
    'schedule_id.too_small': 'ID jadwal harus bernilai minimal {minimum}',
    'schedule_id.too_big': 'ID jadwal harus bernilai maksimal {maximum}',
    'schedule_id.unstorable':
      'cal.com menerima angka ini, tetapi database tidak dapat menyimpannya sebagai ID jadwal: permintaan gagal dengan kesalahan 500',
    'schedule_id.null': 'Tanpa jadwal default, tidak ada yang dapat memesan waktu dengan pengguna ini sampai jadwal ditetapkan',
    'booking_limit.integer': 'Batas pemesanan harus berupa bilangan bulat',
    'booking_limit.too_small': 'Batas pemesanan harus bernilai minimal {minimum}; kirim null jika tidak ingin ada batas',
    'booking_limit.too_big': 'Batas pemesanan harus bernilai maksimal {maximum}; kirim null jika tidak ingin ada batas',
    'team_id.integer': 'ID tim harus berupa bilangan bulat',
    'team_id.too_small': 'ID tim harus bernilai minimal {minimum}',
    'team_id.too_big': 'ID tim harus bernilai maksimal {maximum}',
    'number.positive': 'Angka harus lebih besar dari {minimum}',
    'avatar_url.too_long': 'URL boleh berisi paling banyak {maximum} karakter',
    'avatar_url.invalid': 'Masukkan URL gambar lengkap seperti https://example.com/me.png, bukan “{input}”',
    'avatar_url.no_scheme':
      'Awali URL dengan https:// (atau http://): tanpa itu, alamat akan dibaca relatif terhadap halaman yang menampilkan avatar',
    'avatar_url.credentials': 'Hapus bagian “pengguna:sandi@”: bagian ini akan ikut dipublikasikan bersama avatar',
    'email.too_long': 'Alamat email boleh berisi paling banyak {maximum} karakter',
    'email.invalid': 'Masukkan alamat email seperti name@example.com, bukan “{input}”',
    'email.no_at': EMAIL + 'tidak mengandung @',
    'email.many_at': EMAIL + 'mengandung lebih dari satu @',
    'email.local_length': EMAIL + 'memerlukan 1 hingga 64 karakter sebelum @',
    'email.local_char': EMAIL + 'mengandung karakter yang tidak diizinkan sebelum @',
    'email.local_dot': EMAIL + 'memiliki titik yang salah letak sebelum @',
    'email.no_dot': EMAIL + 'memerlukan domain dengan titik, seperti example.com',
    'email.domain': EMAIL + 'memiliki domain yang tidak valid',
    'email.tld': EMAIL + 'memerlukan domain tingkat teratas yang terdiri dari huruf, seperti .com',
    'email.managed_user': "Email pengguna terkelola memuat +'{clientId}' sebelum @",
    lowercased: 'cal.com menyimpan ini dalam huruf kecil: “{stored}”',
    'api_key.empty': 'Masukkan kunci API cal.com Anda (diawali cal_)',
    'api_key.bearer': 'Hilangkan kata Bearer: cukup berikan kuncinya saja',
    'api_key.spaces': 'Kunci mengandung spasi atau tanda kutip: salin ulang tanpa karakter tersebut',
    'api_key.chars': 'Kunci mengandung karakter yang tidak pernah ada dalam kunci API atau token akses',
    'api_key.truncated':
      'Kunci cal_ ini tampaknya terpotong atau rusak: salin ulang dari Pengaturan → Pengembang → Kunci API',
    'api_key.unknown': 'Bukan kunci API (yang diawali cal_) dan bukan pula token akses lengkap',
    'metadata.key_too_long': 'Kunci metadata boleh berisi paling banyak {maximum} karakter (unit kode UTF-16)',
    'metadata.too_many_keys': 'Metadata boleh berisi paling banyak {maximum} kunci; yang ini berisi {count}',
    'metadata.value_too_long':
      'Nilai metadata boleh berisi paling banyak {maximum} karakter (unit kode UTF-16); nilai ini berisi {count}',
    'metadata.duplicate_key': 'Kunci ini muncul lebih dari sekali di isi JSON; hanya nilai terakhirnya yang akan disimpan',
    'metadata.constructor': 'Kunci “{input}” membuat cal.com gagal dengan kesalahan 500 sebelum validasi; ganti namanya',
    'metadata.forbidden':
      'Kunci “{input}” tidak diizinkan: cal.com akan membuangnya diam-diam, dan kode JavaScript dapat membacanya sebagai bagian dari prototipe; ganti namanya',
    'metadata.stripped': 'Kunci “{input}” dibuang oleh cal.com tanpa pesan kesalahan',
    'metadata.inexact_number':
      'JavaScript tidak dapat menyimpan angka ini secara persis (terlalu besar, terlalu presisi, atau di luar rentang): kirim sebagai string',
    'metadata.infinite': 'cal.com menyimpan angka ini sebagai null: JSON tidak dapat memuat angka tak hingga',
    one_of: 'Seharusnya salah satu dari {values}, tetapi yang diterima “{input}”',
    brand_color: 'Gunakan warna heksadesimal: #RGB, #RGBA, #RRGGBB, atau #RRGGBBAA',
    'zod.too_short': 'String harus berisi minimal {minimum} karakter',
    'zod.too_long': 'String harus berisi maksimal {maximum} karakter',
    'zod.invalid': 'Tidak valid',
    iso_date: 'Seharusnya tanggal ISO 8601 seperti 2024-05-01T09:30:00Z, tetapi yang diterima “{input}”',
  },

  // After "Seharusnya …": a bare noun phrase.
  expected: {
    string: 'string',
    number: 'angka',
    integer: 'bilangan bulat',
    boolean: 'nilai boolean',
    object: 'objek',
    value: 'sebuah nilai',
    'non-null value': 'nilai selain null',
    'string, number or boolean': 'string, angka, atau nilai boolean',
    'number JavaScript holds exactly': 'angka yang dapat disimpan JavaScript secara persis',
  },
  // After "yang diterima": the kind of value alone.
  received: {
    null: 'null',
    boolean: 'nilai boolean',
    number: 'angka',
    string: 'nilai string',
    array: 'nilai array',
    object: 'objek',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'bilangan BigInt',
    symbol: 'simbol (Symbol)',
    function: 'fungsi',
    Date: 'objek Date',
    Map: 'objek Map',
    Set: 'objek Set',
    RegExp: 'ekspresi reguler',
    'class instance': 'instans kelas',
    'unreadable value': 'nilai yang tidak dapat dibaca',
  },
});
