// The bare "Intl approach" to time zones (class-validator's IsTimeZone, hence cal.com's):
// `Intl.DateTimeFormat(undefined, { timeZone })` inside try/catch. Scenario (d) only.
import { isTimeZone } from './rules.mjs';

export default {
  name: 'intl',
  timeZoneValid: isTimeZone,
};
