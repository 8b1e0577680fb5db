// The "Metadata" field: a key/value editor with live counters in UTF-16 code units (JavaScript's
// `.length`, the unit cal.com counts in). The counters only inform; the verdict on every limit
// comes from the cal-profile package.

import { h, setChildren } from './dom.js';
import { t } from './i18n.js';

/** cal.com's ValidateMetadata limits (calcom-rules.md §4), shown by the counters. */
export const LIMITS = Object.freeze({ keys: 50, keyLength: 40, valueLength: 500 });

const TYPES = ['string', 'number', 'boolean'];

export class MetadataEditor {
  /**
   * @param {{ rowsEl: HTMLElement, countEl: HTMLElement, addButton: HTMLButtonElement,
   *           resetButton: HTMLButtonElement, onChange: () => void }} options
   */
  constructor({ rowsEl, countEl, addButton, resetButton, onChange }) {
    this.rowsEl = rowsEl;
    this.countEl = countEl;
    this.onChange = onChange;
    this.rows = [];
    this.nextId = 1;
    this.touched = false;
    addButton.addEventListener('click', () => {
      const row = this.addRow();
      row.keyInput.focus();
      this.changed();
    });
    resetButton.addEventListener('click', () => {
      this.reset();
      addButton.focus();
      this.onChange();
    });
    this.addButton = addButton;
    this.render();
  }

  /** Back to "not sent": no rows, untouched. */
  reset() {
    this.rows = [];
    this.touched = false;
    this.rowsEl.replaceChildren();
    this.render();
  }

  /** Fills the editor from an object (touched: it will be sent). */
  load(object) {
    this.reset();
    for (const [key, value] of Object.entries(object)) {
      const type = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
      this.addRow({ key, type, value: String(value) });
    }
    this.touched = true;
    this.render();
  }

  addRow({ key = '', type = 'string', value = '' } = {}) {
    const id = this.nextId++;
    const row = { id };
    row.keyCount = h('span', { class: 'counter', id: `metadata-${id}-key-count` });
    row.valueCount = h('span', { class: 'counter', id: `metadata-${id}-value-count` });
    row.error = h('p', { class: 'error', id: `metadata-${id}-error` });
    row.keyInput = h('input', {
      type: 'text', class: 'metadata-key', autocomplete: 'off', spellcheck: 'false', value: key,
      'aria-describedby': `metadata-${id}-key-count metadata-${id}-error`,
      oninput: () => this.changed(),
    });
    row.typeSelect = h('select', { class: 'metadata-type', onchange: () => this.typeChanged(row) },
      TYPES.map((ty) => h('option', { value: ty, selected: ty === type }, t(`metadata.type.${ty}`))));
    row.valueCell = h('div', { class: 'metadata-value-cell' });
    row.removeButton = h('button', {
      type: 'button', class: 'secondary small', onclick: () => this.removeRow(row),
    }, t('metadata.remove'));
    row.el = h('div', { class: 'metadata-row', 'data-row': id },
      h('div', { class: 'metadata-key-cell' }, row.keyInput, row.keyCount),
      row.typeSelect,
      row.valueCell,
      row.removeButton,
      row.error);
    this.makeValueInput(row, type, value);
    this.rows.push(row);
    this.rowsEl.append(row.el);
    return row;
  }

  makeValueInput(row, type, value) {
    const common = {
      'aria-describedby': `metadata-${row.id}-value-count metadata-${row.id}-error`,
      oninput: () => this.changed(),
      onchange: () => this.changed(),
    };
    row.valueInput = type === 'boolean'
      ? h('select', { class: 'metadata-value', ...common },
        h('option', { value: 'true', selected: value !== 'false' }, 'true'),
        h('option', { value: 'false', selected: value === 'false' }, 'false'))
      : h('input', {
        type: 'text', class: 'metadata-value', autocomplete: 'off', value,
        inputmode: type === 'number' ? 'decimal' : undefined, ...common,
      });
    setChildren(row.valueCell, row.valueInput, row.valueCount);
  }

  typeChanged(row) {
    const type = row.typeSelect.value;
    const old = row.valueInput.value;
    this.makeValueInput(row, type, type === 'boolean' ? 'true' : old === 'true' || old === 'false' ? '' : old);
    this.changed();
  }

  removeRow(row) {
    const index = this.rows.indexOf(row);
    this.rows.splice(index, 1);
    row.el.remove();
    const next = this.rows[index] ?? this.rows[index - 1];
    (next ? next.keyInput : this.addButton).focus();
    this.changed();
  }

  changed() {
    this.touched = true;
    this.render();
    this.onChange();
  }

  /**
   * The metadata to send, or `undefined` when untouched (then it is left out of the PATCH).
   * `localErrors` are problems the object form cannot carry (duplicate keys, unparsable numbers).
   */
  read() {
    const entries = [];
    const localErrors = new Map();
    const seen = new Set();
    for (const row of this.rows) {
      const key = row.keyInput.value;
      const type = row.typeSelect.value;
      const text = row.valueInput.value;
      let value = text;
      if (type === 'number') {
        value = text.trim() === '' ? NaN : Number(text);
        if (!Number.isFinite(value)) localErrors.set(row.id, t('metadata.notANumber'));
      } else if (type === 'boolean') {
        value = text === 'true';
      }
      if (seen.has(key)) {
        localErrors.set(row.id, t('metadata.duplicate', { key: excerpt(key) }));
      }
      seen.add(key);
      entries.push([key, value]);
    }
    // fromEntries defines own properties, so a key like "__proto__" stays a key (and the package flags it).
    return { value: this.touched ? Object.fromEntries(entries) : undefined, localErrors };
  }

  /** Shows `issuesByKey` (key → messages from the package) and `localErrors` (row id → message) on the rows. */
  showErrors(issuesByKey, localErrors) {
    for (const row of this.rows) {
      const messages = [...(issuesByKey.get(row.keyInput.value) ?? [])];
      if (localErrors.has(row.id)) messages.push(localErrors.get(row.id));
      row.error.textContent = messages.join(' ');
      const invalid = messages.length > 0;
      for (const input of [row.keyInput, row.valueInput]) {
        if (invalid) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
  }

  /** Keys on rows, to tell row issues from group issues. */
  hasKey(key) {
    return this.rows.some((row) => row.keyInput.value === key);
  }

  render() {
    this.rows.forEach((row, i) => {
      const n = i + 1;
      row.keyInput.setAttribute('aria-label', t('metadata.keyLabel', { n }));
      row.typeSelect.setAttribute('aria-label', t('metadata.typeLabel', { n }));
      row.valueInput.setAttribute('aria-label', t('metadata.valueLabel', { n }));
      row.removeButton.setAttribute('aria-label', t('metadata.removeLabel', { n }));
      setCounter(row.keyCount, row.keyInput.value.length, LIMITS.keyLength);
      if (row.typeSelect.value === 'string') setCounter(row.valueCount, row.valueInput.value.length, LIMITS.valueLength);
      else row.valueCount.textContent = '';
    });
    const n = this.rows.length;
    setCounter(this.countEl, n, LIMITS.keys, t(this.touched ? 'metadata.count.sent' : 'metadata.count.unsent', { count: n, max: LIMITS.keys }));
  }

  /** The page's language changed: the rows' words again. */
  refresh() {
    for (const row of this.rows) {
      row.removeButton.textContent = t('metadata.remove');
      for (const option of row.typeSelect.options) option.textContent = t(`metadata.type.${option.value}`);
    }
    this.render();
  }
}

function setCounter(el, value, max, text = `${value} / ${max}`) {
  el.textContent = text;
  el.classList.toggle('over', value > max);
}

function excerpt(s) {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
