/**
 * The view's controller: reads the state from the URL, validates what the reader types, asks the engine
 * worker for an analysis, applies chosen readings and keeps the timeline, the text, the ordered list and
 * the URL in step. Every selection, from any of the three views, goes through `select`.
 */
import type { Analysis } from '../src/index.js';
import { parseReference } from '../src/reference.js';
import type { BundledArticle } from './articles.js';
import { checkArticleFields, type FieldName } from './article-fields.js';
import { chronology, type ChronologyEntry } from './chronology.js';
import { warmZone } from './date-labels.js';
import { renderDiagnostics } from './diagnostics-view.js';
import { el, replaceChildren } from './dom.js';
import type { Engine } from './engine-client.js';
import type { EventList } from './event-list.js';
import { applyReadings } from './readings.js';
import { inputOf, openingOf } from './opening.js';
import { renderReadingsPanel } from './readings-panel.js';
import type { TextView } from './text-view.js';
import { timelineData, type TimelineData } from './timeline-items.js';
import type { TimelineView } from './timeline-view.js';
import { formatViewState, parseViewState, type ViewState } from './view-state.js';

export const OWN_TEXT = '__own__';

export interface AppElements {
  picker: HTMLSelectElement;
  date: HTMLInputElement;
  zone: HTMLInputElement;
  text: HTMLTextAreaElement;
  textField: HTMLElement;
  errors: Record<FieldName, HTMLElement>;
  status: HTMLElement;
  title: HTMLElement;
  diagnostics: HTMLElement;
  readings: HTMLElement;
}

/** The text and list views (light, attached at once); the timeline arrives with vis (see main.ts). */
export interface AppViews {
  text: TextView;
  list: EventList;
}

/** What the timeline is to show next: drawn as soon as it is attached. */
interface TimelineFrame {
  data: TimelineData;
  zone: string;
  publication: { at: number; label: string };
  fit: boolean;
}

/** What is on screen: the analysed text, the engine's analysis and the one shown (readings applied). */
export interface Shown {
  text: string;
  raw: Analysis;
  analysis: Analysis;
  title: string;
  /** How long the engine took, in the worker. */
  ms: number;
}

export class ChronicleApp {
  shown: Shown | null = null;
  private state: ViewState = { readings: {} };
  private selected: string | null = null;
  /** The views arrive after the first analysis request is out (see main.ts); until then nothing is drawn. */
  private views: AppViews | null = null;
  private timeline: TimelineView | null = null;
  /** The typed zone and about when the article was published, to prepare the chart before the analysis arrives. */
  private expected: { zone: string; around: number } | null = null;
  private frame: TimelineFrame | null = null;
  private urlPending = false;
  /** Counts draws, so that a part of an older draw is not drawn over a newer one. */
  private generation = 0;
  private drawn = { timeline: false, page: false };

  constructor(
    private readonly articles: BundledArticle[],
    private readonly elements: AppElements,
    private readonly engine: Engine,
  ) {
    const options = articles.map((article) => el('option', { value: article.id }, article.document.title));
    replaceChildren(elements.picker, ...options, el('option', { value: OWN_TEXT }, 'Your own text…'));
    elements.picker.addEventListener('change', () => this.pickArticle(elements.picker.value));
    elements.date.addEventListener('input', () => void this.run(false));
    elements.zone.addEventListener('input', () => void this.run(false));
    let typing: number | undefined;
    elements.text.addEventListener('input', () => {
      window.clearTimeout(typing);
      typing = window.setTimeout(() => void this.run(true), 250);
    });
  }

  /** Opens the view the URL hash describes. */
  async open(hash: string): Promise<void> {
    const state = parseViewState(hash);
    const opening = openingOf(state, this.articles);
    this.elements.picker.value = opening.article?.id ?? OWN_TEXT;
    this.elements.text.value = opening.ownText;
    this.elements.date.value = opening.date;
    this.elements.zone.value = opening.zone;
    this.state = { ...state, readings: state.readings };
    this.selected = state.event ?? null;
    await this.run(true);
  }

  /** Hands the app its text and list views and draws what has already been analysed. */
  attach(views: AppViews): void {
    this.views = views;
    this.draw(true);
  }

  /** Hands the app the timeline (vis loads after the rest); prepares or draws it. */
  attachTimeline(timeline: TimelineView): void {
    performance.mark('view:attached');
    this.timeline = timeline;
    if (this.frame) {
      this.drawTimeline();
      return;
    }
    if (!this.expected) return;
    timeline.prepare(this.expected.zone, this.expected.around);
    // The page now waits for the engine, which is still loading or analysing.
    warmZone(this.expected.zone);
  }

  /** Selects an event from any view (null clears) and brings the other views along. */
  select(id: string | null, from: 'timeline' | 'text' | 'list' | 'url'): void {
    this.selected = id;
    this.writeUrlSoon();
    this.timeline?.select(id, from !== 'timeline');
    if (!this.views) return;
    this.views.list.show(id, from !== 'url');
    this.views.text.highlight(id, from !== 'text');
  }

  /** Switches a time expression to one of its alternative readings (index in the shown alternatives). */
  chooseReading(timexId: string, index: number): void {
    const readings = { ...this.state.readings };
    const current = readings[timexId];
    // The shown alternatives list the engine's reading at the chosen index; choosing it again switches back.
    if (current === index) delete readings[timexId];
    else readings[timexId] = index;
    this.state = { ...this.state, readings };
    this.draw(false);
  }

  private pickArticle(id: string): void {
    const article = this.articles.find((candidate) => candidate.id === id);
    if (article) {
      this.elements.date.value = article.document.publicationDate;
      this.elements.zone.value = article.document.timeZone;
    } else if (this.elements.text.value.trim() === '' && this.shown) {
      this.elements.text.value = this.shown.text;
    }
    this.state = { readings: {} };
    this.selected = null;
    void this.run(true);
  }

  private currentArticle(): BundledArticle | undefined {
    return this.articles.find((article) => article.id === this.elements.picker.value);
  }

  /** Validates the fields and, when they are valid, analyses and draws; `fit` re-frames the timeline. */
  private async run(fit: boolean): Promise<void> {
    const article = this.currentArticle();
    this.elements.textField.hidden = article !== undefined;
    const text = article ? article.document.text : this.elements.text.value;
    const fields = { text, publicationDate: this.elements.date.value, timeZone: this.elements.zone.value };
    // The engine validates too; the page's own check (luxon) waits for its answer: the first zone lookup in
    // a thread costs tens of milliseconds (Intl's time zone data), and by then the worker has paid it.
    // Built as the worker builds its first request (inputOf), so that its answer is recognised and reused.
    const pending = this.engine.analyze(inputOf({ article, ownText: this.elements.text.value, date: fields.publicationDate, zone: fields.timeZone }));
    this.writeUrlSoon();
    if (!this.shown) {
      const around = roughInstant(fields.publicationDate.trim());
      if (around !== null) {
        this.expected = { zone: fields.timeZone.trim(), around };
        this.timeline?.prepare(this.expected.zone, around);
      }
    }
    const result = await pending;
    if (result.ok === 'stale') return;
    const check = checkArticleFields(fields);
    this.showErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    if (!result.ok) {
      const errors: Partial<Record<FieldName, string>> = {};
      for (const issue of result.issues) errors[fieldOf(issue.field)] = issue.message;
      this.showErrors(errors);
      return;
    }
    this.shown = { text, raw: result.value, analysis: result.value, title: article?.document.title ?? 'Your article', ms: result.ms };
    this.draw(fit);
  }

  /**
   * Draws the shown analysis: the timeline first, then, once its frame is drawn, the text, the list and the
   * panels (on a long article they are thousands of elements, whose style and layout would hold the chart's
   * first frame back by hundreds of milliseconds). Without a timeline yet (vis still loading), the text and
   * list are drawn at once. The page is `ready` when both parts are drawn.
   */
  private draw(fit: boolean): void {
    if (!this.shown || !this.views) return;
    if (document.body.dataset.status !== 'ready') performance.mark('view:first-draw-begins');
    const { raw, text } = this.shown;
    const analysis = applyReadings(raw, this.state.readings);
    this.shown = { ...this.shown, analysis };
    const entries = chronology(analysis, text);
    const publication = publicationMarker(analysis.publicationDate, analysis.timeZone);
    if (this.selected !== null && !analysis.events.some((event) => event.id === this.selected)) this.selected = null;
    // A frame not yet drawn (vis still loading) keeps its request to fit.
    this.frame = { data: timelineData(entries, publication.at), zone: analysis.timeZone, publication, fit: fit || (this.frame?.fit ?? false) };
    const generation = ++this.generation;
    this.drawn = { timeline: false, page: false };
    const page = () => {
      if (generation === this.generation) this.drawPage(analysis, entries);
    };
    if (!this.drawTimeline(page)) page();
  }

  /** The text, the list, the panels and the status line of `analysis`. */
  private drawPage(analysis: Analysis, entries: ChronologyEntry[]): void {
    if (!this.shown || !this.views) return;
    this.views.text.render(this.shown.text, analysis);
    this.views.list.render(entries);
    this.elements.title.textContent = this.shown.title;
    renderReadingsPanel(this.elements.readings, analysis, new Set(Object.keys(this.state.readings)),
      (id, index) => this.chooseReading(id, index),
      () => { this.state = { ...this.state, readings: {} }; this.draw(false); });
    renderDiagnostics(this.elements.diagnostics, analysis.diagnostics);
    this.elements.status.textContent = `${analysis.events.length} events, ${analysis.timexes.length} time expressions · analysed in ${this.shown.ms.toFixed(0)} ms`;
    this.select(this.selected, 'url');
    const generation = this.generation;
    // Drawn once the frame that shows it has been rendered (style, layout and paint included).
    requestAnimationFrame(() => setTimeout(() => {
      if (generation === this.generation) this.partDrawn('page');
    }, 0));
  }

  /**
   * Draws the pending frame on the timeline, once it is attached, then calls `then`; false when there is
   * nothing to draw or no timeline yet.
   */
  private drawTimeline(then?: () => void): boolean {
    const frame = this.frame;
    if (!frame || !this.timeline) return false;
    this.frame = null;
    const generation = this.generation;
    const drawn = this.timeline.render(frame.data, frame.zone, frame.publication, frame.fit);
    this.timeline.select(this.selected, false);
    void drawn.then(() => {
      if (document.body.dataset.drawnAt === undefined) performance.mark('view:first-drawn');
      document.body.dataset.drawnAt = String(performance.now());
      then?.();
      if (generation === this.generation) this.partDrawn('timeline');
    });
    return true;
  }

  /** Marks the page `ready` (and the time it was) when the timeline and the rest of the latest draw are drawn. */
  private partDrawn(part: 'timeline' | 'page'): void {
    this.drawn[part] = true;
    if (!this.drawn.timeline || !this.drawn.page) return;
    if (document.body.dataset.status !== 'ready') performance.mark('view:page-drawn');
    document.body.dataset.status = 'ready';
    document.body.dataset.pageDrawnAt = String(performance.now());
  }

  private showErrors(errors: Partial<Record<FieldName, string>>): void {
    const inputs: Record<FieldName, HTMLElement> = { text: this.elements.text, publicationDate: this.elements.date, timeZone: this.elements.zone };
    for (const field of ['text', 'publicationDate', 'timeZone'] as const) {
      const message = errors[field] ?? '';
      this.elements.errors[field].textContent = message;
      if (message) inputs[field].setAttribute('aria-invalid', 'true');
      else inputs[field].removeAttribute('aria-invalid');
    }
  }

  /**
   * Writes the URL in a task of its own: `history.replaceState` takes ~10 ms, which a date change would
   * otherwise wait for; by then the engine is still working. Several requests in one task write once.
   */
  private writeUrlSoon(): void {
    if (this.urlPending) return;
    this.urlPending = true;
    setTimeout(() => {
      this.urlPending = false;
      this.writeUrl();
    }, 0);
  }

  /** Keeps the URL hash in step: article (or own text), typed date and zone, selection, readings. */
  private writeUrl(): void {
    const article = this.currentArticle();
    const state: ViewState = {
      ...(article ? { article: article.id } : { text: this.elements.text.value }),
      date: this.elements.date.value,
      zone: this.elements.zone.value,
      ...(this.selected !== null ? { event: this.selected } : {}),
      readings: this.state.readings,
    };
    const hash = formatViewState(state);
    if (hash !== window.location.hash) history.replaceState(null, '', hash);
  }
}

/**
 * Epoch ms of the typed publication date's calendar day at UTC midnight (within a day of the real instant,
 * enough to frame the chart before the analysis arrives), without luxon; null unless it starts YYYY-MM-DD.
 */
function roughInstant(publicationDate: string): number | null {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(publicationDate)?.[0];
  const millis = day === undefined ? Number.NaN : Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(millis) ? millis : null;
}

/** The publication marker: noon of a date-only publication date, else its instant, with its label. */
function publicationMarker(publicationDate: string, timeZone: string): { at: number; label: string } {
  const reference = parseReference(publicationDate, timeZone);
  const marker = reference.dateOnly ? reference.dateTime.startOf('day').plus({ hours: 12 }) : reference.dateTime;
  return { at: marker.toMillis(), label: `Published ${reference.dateTime.toFormat('ccc d LLL yyyy')}` };
}

function fieldOf(field: string): FieldName {
  if (field === 'timeZone') return 'timeZone';
  if (field === 'text') return 'text';
  return 'publicationDate';
}
