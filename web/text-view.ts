/**
 * The article beside the chart, with time expressions and event triggers highlighted. Built from text nodes
 * only. Clicking a trigger selects its event; hovering or focusing a time expression shows its details;
 * selecting an event highlights its sentence and trigger and scrolls them into view.
 */
import type { Analysis } from '../src/index.js';
import { el, replaceChildren } from './dom.js';
import { textSegments } from './text-segments.js';
import { timexDetails } from './timex-details.js';

export interface TextViewHandlers {
  onSelectEvent(id: string): void;
  onChooseReading(timexId: string, index: number): void;
}

export class TextView {
  private analysis: Analysis | null = null;
  private hideTimer: number | undefined;
  /** What the drawn text depends on (text, segments, which phrases are ambiguous). */
  private layout = '';

  constructor(
    private readonly container: HTMLElement,
    private readonly details: HTMLElement,
    private readonly handlers: TextViewHandlers,
  ) {
    container.addEventListener('click', (event) => this.onActivate(event));
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.onActivate(event);
    });
    container.addEventListener('mouseover', (event) => this.showFor(event.target));
    container.addEventListener('focusin', (event) => this.showFor(event.target));
    container.addEventListener('mouseout', () => this.hideSoon());
    container.addEventListener('focusout', () => this.hideSoon());
    details.addEventListener('mouseenter', () => window.clearTimeout(this.hideTimer));
    details.addEventListener('mouseleave', () => this.hideSoon());
    details.addEventListener('focusin', () => window.clearTimeout(this.hideTimer));
    details.addEventListener('focusout', () => this.hideSoon());
  }

  /**
   * Draws `text` with the highlights of `analysis`. When only values changed (a new publication date: same
   * phrases, events and sentences), the text is left as it is and only the details read the new analysis.
   */
  render(text: string, analysis: Analysis): void {
    this.analysis = analysis;
    this.hide();
    const timexes = new Map(analysis.timexes.map((timex) => [timex.id, timex]));
    const segments = textSegments(text, analysis);
    const layout = JSON.stringify([text, segments, analysis.timexes.map((timex) => Boolean(timex.alternatives?.length))]);
    if (layout === this.layout) return;
    this.layout = layout;
    const nodes = segments.map((segment) => {
      const run = text.slice(segment.start, segment.end);
      if (segment.timexId === undefined && segment.eventId === undefined && segment.sentenceOf.length === 0) return run;
      const classes = [];
      const attributes: Record<string, string | number | undefined> = { 'data-sentence-of': segment.sentenceOf.join(' ') || undefined };
      if (segment.timexId !== undefined) {
        const timex = timexes.get(segment.timexId);
        classes.push('timex', timex?.alternatives?.length ? 'ambiguous' : '');
        attributes['data-timex'] = segment.timexId;
        attributes.tabindex = 0;
        attributes['aria-describedby'] = this.details.id;
      }
      if (segment.eventId !== undefined) {
        classes.push('trigger');
        attributes['data-event'] = segment.eventId;
        attributes.role = 'button';
        attributes.tabindex = 0;
      }
      attributes.class = classes.filter(Boolean).join(' ') || undefined;
      return el('span', attributes, run);
    });
    replaceChildren(this.container, ...nodes);
  }

  /** Highlights the sentence and trigger of `eventId` (null clears), scrolling them into view when `scroll`. */
  highlight(eventId: string | null, scroll: boolean): void {
    for (const node of this.container.querySelectorAll('.sentence-active, .trigger-active')) {
      node.classList.remove('sentence-active', 'trigger-active');
    }
    if (eventId === null) return;
    const sentence = [...this.container.querySelectorAll<HTMLElement>('[data-sentence-of]')].filter((node) =>
      (node.dataset.sentenceOf ?? '').split(' ').includes(eventId),
    );
    sentence.forEach((node) => node.classList.add('sentence-active'));
    const triggers = [...this.container.querySelectorAll<HTMLElement>('[data-event]')].filter((node) => node.dataset.event === eventId);
    triggers.forEach((node) => node.classList.add('trigger-active'));
    if (scroll) (triggers[0] ?? sentence[0])?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }

  private onActivate(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-event]') : null;
    if (!target?.dataset.event) return;
    event.preventDefault();
    this.handlers.onSelectEvent(target.dataset.event);
  }

  private showFor(target: EventTarget | null): void {
    const span = target instanceof Element ? target.closest<HTMLElement>('[data-timex]') : null;
    const timex = span && this.analysis?.timexes.find((candidate) => candidate.id === span.dataset.timex);
    if (!span || !timex || !this.analysis) return;
    window.clearTimeout(this.hideTimer);
    replaceChildren(this.details, timexDetails(timex, this.analysis, (id, index) => this.handlers.onChooseReading(id, index)));
    const box = span.getBoundingClientRect();
    const host = this.details.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0 };
    this.details.style.left = `${Math.max(0, box.left - host.left)}px`;
    this.details.style.top = `${box.bottom - host.top + 4}px`;
    this.details.hidden = false;
  }

  private hideSoon(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 400);
  }

  private hide(): void {
    this.details.hidden = true;
  }
}
