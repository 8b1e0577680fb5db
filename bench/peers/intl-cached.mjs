// The cached "Intl approach" to time zones, as a performance-aware developer writes it (and as
// every JS peer of the bench checks `timeZone`): a Set of `Intl.supportedValuesOf('timeZone')`
// built once, then a memoised `Intl.DateTimeFormat` fallback for links and other casings.
// Scenario (d): the baseline of the time-zone target.
import { isTimeZoneCached } from './rules.mjs';

export default {
  name: 'intl-cached',
  timeZoneValid: isTimeZoneCached,
};
