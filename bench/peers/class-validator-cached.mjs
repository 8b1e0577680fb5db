// class-validator with the same DTO as class-validator.mjs, except `timeZone`: a custom decorator
// over the cached time-zone check (Set of Intl.supportedValuesOf + memoised Intl fallback) instead
// of class-validator's IsTimeZone. What a performance-aware class-validator user could write.
import { makeClassValidatorPeer, IsTimeZoneCached } from './class-validator.mjs';
import { isTimeZoneCached } from './rules.mjs';

export default makeClassValidatorPeer('class-validator-cached', IsTimeZoneCached, isTimeZoneCached);
