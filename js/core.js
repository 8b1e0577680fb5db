// The core's exports as the JS layer calls them: each call first makes sure the wasm is
// instantiated (instance.js `ready`). The Node entry defers that to the first call that needs the
// core, so importing the package and confirming plainly valid bodies compile no wasm; every other
// entry instantiates at import, and `ready` is one comparison.

import * as glue from './cal_profile.js';
import { ready } from './instance.js';

// Four parameters cover every export (the glue ignores the ones a function does not take).
const lazy = (f) => (a, b, c, d) => {
  ready();
  return f(a, b, c, d);
};

export const __check = lazy(glue.__check);
export const __checkTimeZone = lazy(glue.__checkTimeZone);
export const __defaultSchedule = lazy(glue.__defaultSchedule);
export const __diffUpdate = lazy(glue.__diffUpdate);
export const __inputBuffer = lazy(glue.__inputBuffer);
export const __jsonSchema = lazy(glue.__jsonSchema);
export const __lists = lazy(glue.__lists);
export const __openApi = lazy(glue.__openApi);
export const __plainUtf16 = lazy(glue.__plainUtf16);
export const __utf16 = lazy(glue.__utf16);
export const __validate = lazy(glue.__validate);
export const __validateBytes = lazy(glue.__validateBytes);
export const __validateInput = lazy(glue.__validateInput);
export const __validateJson = lazy(glue.__validateJson);
