// עברית (iw, cal.com's older code for Hebrew) — the same words as he.js, modern Hebrew software register.
export { default } from './he.js';
