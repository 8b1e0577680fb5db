// The bare "Intl approach" to time zones (class-validator's IsTimeZone, hence cal.com's):
// `Intl.DateTimeFormat(undefined, { timeZone })` inside try/catch, a new formatter per call.
// Scenario (d) only, informational: no performance-aware peer checks time zones this way (see
// intl-cached.mjs).
import { isTimeZone } from './rules.mjs';

export default {
  name: 'intl',
  timeZoneValid: isTimeZone,
};
