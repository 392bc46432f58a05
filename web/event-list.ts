/**
 * The chronology as an ordered list, in step with the timeline: one option per event in chronological
 * order, arrow keys / Home / End move the selection, and each selection is announced in a live region.
 */
import type { ChronologyEntry } from './chronology.js';
import { el, replaceChildren } from './dom.js';

export class EventList {
  private entries: ChronologyEntry[] = [];
  private selected: string | null = null;

  constructor(
    private readonly list: HTMLElement,
    private readonly announcer: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    list.setAttribute('role', 'listbox');
    list.tabIndex = 0;
    list.addEventListener('keydown', (event) => this.onKey(event));
    list.addEventListener('click', (event) => {
      const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-event]') : null;
      if (option?.dataset.event) this.onSelect(option.dataset.event);
    });
  }

  /**
   * Shows `entries`. When the events are the same, in the same order (a re-resolve usually only moves
   * dates), only the options whose text or kind changed are replaced: a whole new list is that much more
   * layout for the timeline's next measurement.
   */
  render(entries: ChronologyEntry[]): void {
    const previous = this.entries;
    this.entries = entries;
    const options = this.list.children;
    const sameEvents = previous.length === entries.length && options.length === entries.length &&
      entries.every((entry, index) => previous[index]!.event.id === entry.event.id);
    if (sameEvents) {
      entries.forEach((entry, index) => {
        if (optionKey(entry) !== optionKey(previous[index]!)) options[index]!.replaceWith(option(entry));
      });
    } else {
      replaceChildren(this.list, ...entries.map(option));
    }
    if (this.selected !== null) this.show(this.selected, false);
  }

  /** Marks `id` selected (null clears); `announce` reads it out through the live region. */
  show(id: string | null, announce: boolean): void {
    this.selected = id;
    for (const option of this.list.querySelectorAll<HTMLElement>('[aria-selected="true"]')) option.setAttribute('aria-selected', 'false');
    const index = this.entries.findIndex((entry) => entry.event.id === id);
    const option = id === null ? null : document.getElementById(`option-${id}`);
    if (!option || index < 0) {
      this.list.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.list.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
    const entry = this.entries[index]!;
    if (announce) this.announcer.textContent = `Event ${index + 1} of ${this.entries.length}: ${entry.label}, ${entry.dateLabel}.`;
  }

  private onKey(event: KeyboardEvent): void {
    if (this.entries.length === 0) return;
    const current = this.entries.findIndex((entry) => entry.event.id === this.selected);
    const last = this.entries.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = current < 0 ? 0 : Math.min(last, current + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = current < 0 ? 0 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.onSelect(this.entries[next]!.event.id);
  }
}

/** What an option shows: equal keys, equal options. */
function optionKey(entry: ChronologyEntry): string {
  return JSON.stringify([entry.dated, entry.dateLabel, entry.label, entry.inferred, entry.event.when.basis]);
}

/** One option of the list (not selected). */
function option(entry: ChronologyEntry): HTMLLIElement {
  return el('li', { role: 'option', id: `option-${entry.event.id}`, 'data-event': entry.event.id, 'aria-selected': 'false', class: entry.dated ? 'dated' : 'undated' },
    el('span', { class: 'list-date' }, entry.dateLabel),
    ' ',
    el('span', { class: 'list-label' }, entry.label),
    entry.inferred && entry.dated ? el('span', { class: 'list-basis' }, ` (${entry.event.when.basis})`) : null);
}
