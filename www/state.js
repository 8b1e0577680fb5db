// The page's state, in one place. app.js and limits.js change it on the user's and the server's
// events; what the page shows about a form is drawn from that form's check (check.js), made once
// per change.

export const state = {
  /** Whether the language was picked in this tab (then a loaded profile's locale does not change it). */
  languagePicked: false,
  /** The API key as typed and the package's verdict on it (check.js `checkKey`). */
  key: null,
  /** The profile as last loaded or saved (cal.com's `Me`), or null before "Load profile". */
  me: null,
  /** The profile form's last check (check.js `checkProfile`), or null before a profile is loaded. */
  profile: null,
  /** A PATCH /v2/me is on its way. */
  saving: false,
  /** The booking limits as last loaded or saved, their form's last check, a PATCH on its way. */
  limits: { current: null, check: null, saving: false },
};
