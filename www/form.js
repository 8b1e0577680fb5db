// The profile form's controls: the lists the package supplies, the profile written into the
// controls, and the controls read back as the update the user wants. It neither validates nor
// shows issues (check.js, render.js).

import { $, h } from './dom.js';
import { nativeName, t } from './i18n.js';
import { TimeZonePicker } from './timezone.js';
import { MetadataEditor } from './metadata.js';

/** The fields whose control's text is the value. */
const TEXT = ['name', 'email', 'timeZone', 'avatarUrl', 'bio'];

export class ProfileForm {
  /**
   * `cp`: the package; `fields`: the PATCH fields (the package's, each with a control whose id is
   * its name, and a label `field.<name>`); `onEdit()`: the user changed something.
   */
  constructor({ cp, fields, onEdit }) {
    this.fields = fields;
    this.inputs = Object.fromEntries(fields.filter((k) => k !== 'metadata').map((k) => [k, $(k)]));
    // An emptied text field clears its column (null) where cal.com takes null for it.
    this.clearable = new Set(TEXT.filter((k) => cp.UpdateMeSchema.shape[k]['~standard'].validate(null).issues === undefined));

    const { locale, weekStart } = this.inputs;
    locale.append(h('option', { value: '', id: 'locale-unchanged' }));
    // By code, so that typing "d" on the list reaches "de"; each with its name in its own language.
    for (const code of [...cp.locales()].sort()) {
      locale.append(h('option', { value: code }, `${code} — ${nativeName(code)}`));
    }
    // The days are values cal.com stores in English, shown as such.
    for (const day of cp.weekDays()) weekStart.append(h('option', { value: day }, day));

    this.picker = new TimeZonePicker({
      input: this.inputs.timeZone,
      list: $('timeZone-list'),
      zones: cp.timeZones(),
      hour12: () => this.hour12(),
      suggest: (query) => cp.checkTimeZone(query).suggestions ?? [],
      onChange: onEdit,
    });
    this.metadata = new MetadataEditor({
      rowsEl: $('metadata-rows'),
      countEl: $('metadata-count'),
      addButton: $('metadata-add'),
      resetButton: $('metadata-reset'),
      onChange: onEdit,
    });
    for (const key of ['name', 'email', 'defaultScheduleId', 'avatarUrl', 'bio']) {
      this.inputs[key].addEventListener('input', onEdit);
    }
    for (const key of ['locale', 'weekStart', 'timeFormat']) {
      this.inputs[key].addEventListener('change', onEdit);
    }
  }

  /** The words of the controls that depend on the page's language. */
  refresh() {
    $('locale-unchanged').textContent = t('locale.unchanged');
    this.metadata.refresh();
  }

  hour12() {
    return this.inputs.timeFormat.value === '12';
  }

  /** Shows `me` (cal.com's `Me`) in the controls; metadata is not in `Me`, so it is left unsent. */
  fill(me) {
    const { inputs } = this;
    inputs.name.value = me.name ?? '';
    inputs.email.value = me.email ?? '';
    inputs.timeZone.value = me.timeZone ?? '';
    // cal.com's API reference lists locale in Me; where a deployment leaves it out (or it is null),
    // "unchanged" is shown and nothing is sent unless the user picks one.
    inputs.locale.value = typeof me.locale === 'string' ? me.locale : '';
    inputs.weekStart.value = me.weekStart ?? '';
    inputs.timeFormat.value = String(me.timeFormat ?? 12);
    inputs.defaultScheduleId.value = me.defaultScheduleId === null || me.defaultScheduleId === undefined ? '' : String(me.defaultScheduleId);
    inputs.avatarUrl.value = me.avatarUrl ?? '';
    inputs.bio.value = me.bio ?? '';
    this.metadata.reset();
  }

  /**
   * The controls as the update the user wants, before diffing against `me`; `localMetadataErrors`
   * are the metadata rows' problems the object cannot carry (metadata.js).
   */
  read(me) {
    const { inputs } = this;
    const desired = {};
    for (const key of TEXT) {
      const value = inputs[key].value;
      // A stored "" stays "" when the field is left empty: only an emptied value is a clearing.
      desired[key] = value === '' && this.clearable.has(key) && me[key] !== '' ? null : value;
    }
    desired.weekStart = inputs.weekStart.value;
    desired.timeFormat = Number(inputs.timeFormat.value);
    const schedule = inputs.defaultScheduleId.value.trim();
    // Digits become a number; anything else goes to the validator as typed, which explains the problem.
    desired.defaultScheduleId = schedule === '' ? null : /^[+-]?\d+$/.test(schedule) ? Number(schedule) : inputs.defaultScheduleId.value;
    if (inputs.locale.value) desired.locale = inputs.locale.value;
    const md = this.metadata.read();
    if (md.value !== undefined) desired.metadata = md.value;
    return { desired, localMetadataErrors: md.localErrors };
  }

  /** The element that carries `field`'s invalid state. */
  control(field) {
    return field === 'metadata' ? $('metadata') : this.inputs[field];
  }

  focus(field) {
    if (field === 'metadata') {
      const invalid = $('metadata').querySelector('[aria-invalid="true"]');
      (invalid ?? $('metadata-add')).focus();
    } else {
      this.inputs[field].focus();
    }
  }
}
