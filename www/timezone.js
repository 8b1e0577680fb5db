// The "Time zone" field: a searchable list (ARIA 1.2 combobox with a listbox popup) over the
// package's canonical zone names, each shown with its current local time.

import { h, setChildren } from './dom.js';

const MAX_OPTIONS = 50;
const formatters = new Map();

/** "Sat 14:05 (GMT+1)" for `zone` now, or null when the browser's ICU does not know the zone. */
export function localTime(zone, hour12, now = new Date()) {
  const key = `${zone}|${hour12}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat(undefined, {
        timeZone: zone, weekday: 'short', hour: 'numeric', minute: '2-digit', hour12, timeZoneName: 'shortOffset',
      });
    } catch {
      return null;
    }
    formatters.set(key, fmt);
  }
  return fmt.format(now);
}

const fold = (s) => s.trim().toLowerCase().replace(/[\s_]+/g, '_');

/** Zones matching `query`, best first: exact, prefix, a path segment's prefix, then substring. */
export function searchZones(zones, query) {
  const q = fold(query);
  if (!q) return zones.slice(0, MAX_OPTIONS);
  const scored = [];
  for (const zone of zones) {
    const z = zone.toLowerCase();
    let score;
    if (z === q) score = 0;
    else if (z.startsWith(q)) score = 1;
    else if (z.split('/').some((part) => part.startsWith(q))) score = 2;
    else if (z.includes(q)) score = 3;
    else continue;
    scored.push([score, zone]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return scored.slice(0, MAX_OPTIONS).map(([, zone]) => zone);
}

export class TimeZonePicker {
  /**
   * @param {{ input: HTMLInputElement, list: HTMLElement, zones: string[],
   *           hour12: () => boolean, onChange: () => void,
   *           suggest: (query: string) => string[] }} options
   * `suggest` supplies "did you mean" candidates when no zone name contains the query (typos).
   */
  constructor({ input, list, zones, hour12, onChange, suggest }) {
    this.input = input;
    this.suggest = suggest;
    this.list = list;
    this.zones = zones;
    this.hour12 = hour12;
    this.onChange = onChange;
    this.options = [];
    this.active = -1;

    input.addEventListener('input', () => {
      this.open(this.matches());
      this.onChange();
    });
    input.addEventListener('keydown', (event) => this.onKeyDown(event));
    input.addEventListener('blur', () => this.close());
    // Keep focus in the input while the pointer picks an option.
    list.addEventListener('mousedown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.pick(option.dataset.zone);
    });
  }

  matches() {
    const found = searchZones(this.zones, this.input.value);
    return found.length > 0 || !this.input.value.trim() ? found : this.suggest(this.input.value);
  }

  get isOpen() {
    return !this.list.hidden;
  }

  onKeyDown(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.isOpen) this.open(this.matches());
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.isOpen) this.open(this.matches());
        this.move(-1);
        break;
      case 'Enter':
        if (this.isOpen) {
          event.preventDefault();
          if (this.active >= 0) this.pick(this.options[this.active]);
          else this.close();
        }
        break;
      case 'Escape':
        if (this.isOpen) {
          event.preventDefault();
          this.close();
        }
        break;
      default:
        break;
    }
  }

  open(zones) {
    this.options = zones;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (zones.length === 0) {
      this.close();
      return;
    }
    const hour12 = this.hour12();
    const now = new Date();
    setChildren(this.list, zones.map((zone, i) => h('li', {
      id: `${this.list.id}-option-${i}`,
      role: 'option',
      'aria-selected': 'false',
      'data-zone': zone,
      class: 'option',
    }, h('span', { class: 'option-name' }, zone), h('span', { class: 'option-meta' }, localTime(zone, hour12, now) ?? ''))));
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  move(delta) {
    const n = this.options.length;
    if (n === 0) return;
    const items = this.list.children;
    if (this.active >= 0) items[this.active].setAttribute('aria-selected', 'false');
    this.active = this.active < 0 ? (delta > 0 ? 0 : n - 1) : (this.active + delta + n) % n;
    const item = items[this.active];
    item.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', item.id);
    item.scrollIntoView({ block: 'nearest' });
  }

  pick(zone) {
    this.input.value = zone;
    this.close();
    this.input.focus();
    this.onChange();
  }
}
