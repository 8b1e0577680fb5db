// Suomi. Informal address (sinä: "Anna", "kopioi"), as cal.com's Finnish interface; quotation marks ”…”.
// Format and rules: js/locales/README.md. Ids and arguments: js/locales/messages.json.
// Inserted names are never inflected: they follow a noun that takes the case ("kenttä {field}",
// "avain ”{input}”") or a colon ("tarkoititko: {suggestion}?").
// `expected` is in the partitive (after "Odotettiin"), `received` in the nominative (after "saatiin").

import { catalog } from './format.js';

const BODY = 'Pyynnön runko';
const JSON_ERROR = BODY + ' ei ole kelvollista JSON-dataa (tavu {position}): ';
const EMAIL = 'Anna sähköpostiosoite muodossa name@example.com: ”{input}” ';
const UNKNOWN = 'Tuntematon avain ”{input}”';
const MEAN = ' (tarkoititko: {suggestion}?)';
const DROPPED = ': cal.com poistaisi sen huomaamatta';
const REJECTED = ': cal.com hylkää tässä tuntemattomat avaimet';
const STRIPPED = ': cal.com poistaa sen ilman virheilmoitusta';
const NOT_IN_MODEL = ': ei kuulu mallin tähän versioon, joten se jätetään pois objektista data (cal.com on ehkä lisännyt sen)';
const COMPAT = 'cal.com hyväksyy tässä arvon null, mutta k';
const COLUMN = 'entän {field} arvo ei voi olla null: sarake on NOT NULL, joten cal.com epäonnistuu virheellä 500';
const TIME_FORMAT_NULL =
  'entän {field} arvo ei voi olla null: cal.com tallentaa arvon null, ja sen jälkeen jokainen GET /v2/me epäonnistuu';
const METADATA_NULL =
  "entän {field} arvo ei voi olla null: tietokanta hylkää JSON-arvon null (virhe 500); tyhjennä kenttä lähettämällä '{}'";
const DYNAMIC_BOOKING_NULL =
  'entän {field} arvo null tallennetaan, ja cal.com lukee sen myöhemmin arvona false (dynaamiset ryhmävaraukset pois käytöstä): lähetä true tai false';
const WEEK_START = 'Viikon alun on oltava jokin näistä: {values} (englanniksi, isolla alkukirjaimella)';
const TIME_FORMAT_STRING = 'Odotettiin lukua 12 tai 24, mutta saatiin merkkijono ”{input}”';
const chars = (n) => `{${n}, plural, one {# merkki} other {# merkkiä}}`;

export default catalog('fi', {
  messages: {
    type: 'Odotettiin {expected}, mutta saatiin {received}',
    'type.integer': 'Odotettiin kokonaislukua',
    'type.array_body':
      'Odotettiin {expected}, mutta saatiin {received} (cal.com ei validoi taulukkomuotoista pyynnön runkoa ja epäonnistuu sitten virheellä 500)',
    unreadable: 'Tätä arvoa ei voitu lukea: getter tai Proxy-ansa heitti virheen',
    'unreadable.body': 'Pyynnön runkoa ei voitu lukea: getter tai Proxy-ansa heitti virheen',
    'unicode.lone_surrogate':
      'Teksti sisältää yksinäisen UTF-16-surrogaatin (puolikas emoji?); se tallennettaisiin merkkinä \ufffd',
    required: 'Pakollinen: kenttä {field} puuttuu',
    duplicate_key: 'Tämä avain esiintyy pyynnön rungossa useammin kuin kerran; vain viimeinen arvo jää voimaan',
    base_url: 'baseUrl-arvon on oltava http(s)-URL, esimerkiksi https://api.cal.com',
    more: '(ja {count, plural, one {# muu} other {# muuta}})',

    'body.too_large':
      BODY + ' on JSON-muodossa {count, plural, one {# tavu} other {# tavua}}; cal.com hylkää yli {maximum} tavun (100 kB) rungot virheellä 413',
    'json.not_utf8': JSON_ERROR + 'teksti ei ole kelvollista UTF-8-koodausta',
    'json.trailing': JSON_ERROR + 'odottamatonta tekstiä JSON-arvon jälkeen',
    'json.unexpected_char': JSON_ERROR + 'odottamaton merkki',
    'json.unexpected_end': JSON_ERROR + 'odottamaton loppu',
    'json.invalid_literal': JSON_ERROR + 'virheellinen literaali',
    'json.unknown_tag': JSON_ERROR + 'tuntematon arvon tunniste',
    'json.expected_key': JSON_ERROR + 'tässä odotetaan lainausmerkeissä olevaa avainta',
    'json.expected_colon': JSON_ERROR + "avaimen jälkeen odotetaan merkkiä ':'",
    'json.expected_comma_brace': JSON_ERROR + "tässä odotetaan merkkiä ',' tai sulkevaa aaltosuljetta",
    'json.expected_comma_bracket': JSON_ERROR + "tässä odotetaan merkkiä ',' tai sulkevaa hakasuljetta",
    'json.unterminated_string': JSON_ERROR + 'päättymätön merkkijono',
    'json.invalid_unicode_escape': JSON_ERROR + 'virheellinen \\u-escape-sekvenssi',
    'json.invalid_escape': JSON_ERROR + 'virheellinen escape-sekvenssi',
    'json.control_char': JSON_ERROR + 'ohjausmerkki merkkijonossa',
    'json.invalid_number': JSON_ERROR + 'virheellinen luku',
    'json.number_fraction': JSON_ERROR + "virheellinen luku: merkin '.' jälkeen tarvitaan numeroita",
    'json.number_exponent': JSON_ERROR + 'virheellinen luku: eksponentista puuttuvat numerot',

    'key.forbidden':
      UNKNOWN + ': ei sallittu (cal.com poistaa tai ohittaa sen, ja JavaScript-koodissa se voi muuttaa prototyyppejä)',
    'key.secret': UNKNOWN + ': asiakaspuolen malli ei koskaan hyväksy salaisuuksia',
    'key.unknown': UNKNOWN + DROPPED,
    'key.unknown.suggest': UNKNOWN + MEAN + DROPPED,
    'key.rejected': UNKNOWN + REJECTED,
    'key.rejected.suggest': UNKNOWN + MEAN + REJECTED,
    'key.stripped': UNKNOWN + STRIPPED,
    'key.stripped.suggest': UNKNOWN + MEAN + STRIPPED,
    'key.unknown_model': UNKNOWN + NOT_IN_MODEL,
    'key.unknown_model.suggest': UNKNOWN + MEAN + NOT_IN_MODEL,
    'key.unknown_model.organization': UNKNOWN + ' objektissa organization' + NOT_IN_MODEL,

    'null.column': 'K' + COLUMN,
    'null.column.compat': COMPAT + COLUMN,
    'null.time_format': 'K' + TIME_FORMAT_NULL,
    'null.time_format.compat': COMPAT + TIME_FORMAT_NULL,
    'null.metadata': 'K' + METADATA_NULL,
    'null.metadata.compat': COMPAT + METADATA_NULL,
    'null.allow_dynamic_booking': 'K' + DYNAMIC_BOOKING_NULL,
    'null.allow_dynamic_booking.compat': COMPAT + DYNAMIC_BOOKING_NULL,

    'time_zone.unknown': '”{input}” ei ole IANA-aikavyöhyke',
    'time_zone.unknown.suggest': '”{input}” ei ole IANA-aikavyöhyke; tarkoititko: {suggestions}?',
    'time_zone.deprecated':
      'Nimi ”{input}” on vanhentunut muoto nimestä ”{canonical}”; se toimii yhä, mutta käytä mieluummin virallista nimeä',
    'time_zone.stored': 'cal.com tallentaa tämän aikavyöhykkeen muodossa ”{stored}” eikä IANA-kirjoitusasussa ”{canonical}”',
    'time_zone.absent':
      'Ilman aikavyöhykettä cal.com käyttää aikavyöhykettä Europe/London eikä luo oletusaikataulua: käyttäjältä ei voi varata aikaa ennen kuin aikataulu on olemassa',
    'locale.unknown': 'cal.com ei tue tätä kieltä',
    'locale.unknown.suggest': 'cal.com ei tue tätä kieltä; tarkoititko: {suggestions}?',
    week_start: WEEK_START,
    'week_start.suggest': WEEK_START + '; tarkoititko: {suggestion}?',
    'time_format.string': TIME_FORMAT_STRING,
    'time_format.string.hint': TIME_FORMAT_STRING + '; käytä lukua {suggestion} (ilman lainausmerkkejä)',
    'time_format.nan': 'Odotettiin lukua 12 tai 24, mutta saatiin arvo, joka ei ole luku',
    time_format: 'Aikamuodon on oltava 12 tai 24',
    'time_format.coerced': 'cal.com muuntaa merkkijonon ”{input}” luvuksi {stored}',
    'schedule_id.integer': 'Aikataulun ID on kokonaisluku',
    'schedule_id.too_small': 'Aikataulun ID on vähintään {minimum}',
    'schedule_id.too_big': 'Aikataulun ID on enintään {maximum}',
    'schedule_id.unstorable':
      'cal.com hyväksyy tämän luvun, mutta tietokanta ei voi tallentaa sitä aikataulun ID:ksi: pyyntö epäonnistuu virheellä 500',
    'schedule_id.null': 'Ilman oletusaikataulua käyttäjältä ei voi varata aikaa ennen kuin aikataulu on asetettu',
    'team_id.integer': 'Tiimin ID on kokonaisluku',
    'team_id.too_small': 'Tiimin ID on vähintään {minimum}',
    'team_id.too_big': 'Tiimin ID on enintään {maximum}',
    'booking_limit.too_small': 'Varausraja on vähintään {minimum}; lähetä null, jos et halua rajaa',
    'booking_limit.integer': 'Varausraja on varausten määrä kokonaislukuna',
    'booking_limit.too_big': 'Varausraja on enintään {maximum}; lähetä null, jos et halua rajaa',
    'number.positive': 'Luvun on oltava suurempi kuin {minimum}',
    'avatar_url.too_long': 'URL-osoitteessa voi olla enintään ' + chars('maximum'),
    'avatar_url.invalid': 'Anna kuvan koko URL-osoite, esimerkiksi https://example.com/me.png; ”{input}” ei kelpaa',
    'avatar_url.no_scheme':
      'Aloita URL-osoite merkeillä https:// (tai http://): muuten osoite tulkitaan suhteessa sivuun, jolla profiilikuva näkyy',
    'avatar_url.credentials': 'Poista osa käyttäjä:salasana@: se julkaistaisiin profiilikuvan mukana',
    'email.too_long': 'Sähköpostiosoitteessa voi olla enintään ' + chars('maximum'),
    'email.invalid': 'Anna sähköpostiosoite muodossa name@example.com; ”{input}” ei kelpaa',
    'email.no_at': EMAIL + 'ei sisällä @-merkkiä',
    'email.many_at': EMAIL + 'sisältää useamman kuin yhden @-merkin',
    'email.local_length': EMAIL + 'tarvitsee ennen @-merkkiä 1–64 merkkiä',
    'email.local_char': EMAIL + 'sisältää ennen @-merkkiä merkin, joka ei ole sallittu',
    'email.local_dot': EMAIL + 'sisältää ennen @-merkkiä pisteen väärässä kohdassa',
    'email.no_dot': EMAIL + 'tarvitsee verkkotunnuksen, jossa on piste, esimerkiksi example.com',
    'email.domain': EMAIL + 'sisältää virheellisen verkkotunnuksen',
    'email.tld': EMAIL + 'tarvitsee kirjaimista koostuvan ylätason verkkotunnuksen, esimerkiksi .com',
    'email.managed_user': "Hallinnoidun käyttäjän sähköpostiosoitteessa on ennen @-merkkiä +'{clientId}'",
    lowercased: 'cal.com tallentaa tämän pienillä kirjaimilla: ”{stored}”',
    'api_key.empty': 'Anna cal.com-API-avaimesi (se alkaa merkeillä cal_)',
    'api_key.bearer': 'Jätä sana Bearer pois: anna pelkkä avain',
    'api_key.spaces': 'Avaimessa on välilyöntejä tai lainausmerkkejä: kopioi se uudelleen ilman niitä',
    'api_key.chars': 'Avaimessa on merkkejä, joita API-avaimessa tai käyttöoikeustunnuksessa ei koskaan ole',
    'api_key.truncated':
      'Tämä cal_-avain näyttää katkenneelta tai vioittuneelta: kopioi se uudelleen kohdasta Asetukset → Kehittäjä → API-avaimet',
    'api_key.unknown': 'Ei API-avain (ne alkavat merkeillä cal_) eikä kokonainen käyttöoikeustunnus',
    'metadata.key_too_long':
      'Metatietojen avaimessa voi olla enintään ' + chars('maximum') + ' (UTF-16-koodiyksikköinä)',
    'metadata.too_many_keys':
      'Metatiedoissa voi olla enintään {maximum, plural, one {# avain} other {# avainta}}; näissä on {count}',
    'metadata.value_too_long':
      'Metatietojen arvossa voi olla enintään ' + chars('maximum') + ' (UTF-16-koodiyksikköinä); tässä on {count}',
    'metadata.duplicate_key': 'Tämä avain esiintyy JSON-rungossa useammin kuin kerran; vain viimeinen arvo säilyisi',
    'metadata.constructor':
      'Avain ”{input}” saa cal.com-palvelun epäonnistumaan virheellä 500 jo ennen validointia; nimeä avain uudelleen',
    'metadata.forbidden':
      'Avain ”{input}” ei ole sallittu: cal.com poistaisi sen huomaamatta, ja JavaScript-koodi voi lukea sen osana prototyyppiä; nimeä avain uudelleen',
    'metadata.stripped': 'cal.com poistaa avaimen ”{input}” ilman virheilmoitusta',
    'metadata.inexact_number':
      'JavaScript ei pysty esittämään tätä lukua tarkasti (liian suuri, liian tarkka tai sallitun alueen ulkopuolella): lähetä se merkkijonona',
    'metadata.infinite': 'cal.com tallentaa tämän luvun arvona null: JSON ei voi sisältää ääretöntä lukua',
    one_of: 'Odotettiin jotakin näistä: {values}, mutta saatiin ”{input}”',
    brand_color: 'Käytä heksadesimaalista värikoodia: #RGB, #RGBA, #RRGGBB tai #RRGGBBAA',
    'zod.too_short': 'Merkkijonossa on oltava vähintään ' + chars('minimum'),
    'zod.too_long': 'Merkkijonossa saa olla enintään ' + chars('maximum'),
    'zod.invalid': 'Virheellinen',
    iso_date: 'Odotettiin ISO 8601 -päivämäärää, kuten 2024-05-01T09:30:00Z, mutta saatiin ”{input}”',
  },

  // After "Odotettiin": partitive.
  expected: {
    string: 'merkkijonoa',
    number: 'lukua',
    integer: 'kokonaislukua',
    boolean: 'totuusarvoa',
    object: 'objektia',
    value: 'arvoa',
    'non-null value': 'muuta arvoa kuin null',
    'string, number or boolean': 'merkkijonoa, lukua tai totuusarvoa',
    'number JavaScript holds exactly': 'lukua, jonka JavaScript pystyy esittämään tarkasti',
  },
  // After "saatiin": nominative, the kind of value alone.
  received: {
    null: 'null',
    boolean: 'totuusarvo',
    number: 'luku',
    string: 'merkkijono',
    array: 'taulukko',
    object: 'objekti',
    undefined: 'undefined',
    NaN: 'NaN',
    Infinity: 'Infinity',
    '-Infinity': '-Infinity',
    bigint: 'BigInt-luku',
    symbol: 'Symbol-arvo',
    function: 'funktio',
    Date: 'Date-objekti',
    Map: 'Map-objekti',
    Set: 'Set-objekti',
    RegExp: 'säännöllinen lauseke',
    'class instance': 'luokan ilmentymä',
    'unreadable value': 'lukukelvoton arvo',
  },
});
