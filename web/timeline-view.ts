/**
 * The vis-timeline chart: items from `timeline-items.ts`, drawn in the article's zone (zoned moment), the
 * publication date as a labelled custom-time marker, labels rendered as text nodes, clustering when an
 * article has very many events, and a window that fits every item and the marker with labels visible.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { UNDATED_GROUP, type TimelineData, type TimelineGroup, type TimelineItem } from './timeline-items.js';
import { zonedMoment } from './zoned-moment.js';
import { el } from './dom.js';

const MARKER_ID = 'publication';
/** Above this many items, nearby items are clustered so the chart stays readable and fast. */
const CLUSTER_ABOVE = 150;

export interface TimelineViewHandlers {
  /** The reader selected an item (or cleared the selection). */
  onSelect(id: string | null): void;
}

export class TimelineView {
  private readonly items = new DataSet<TimelineItem, 'id'>();
  private readonly groups = new DataSet<TimelineGroup, 'id'>();
  private readonly timeline: Timeline;
  private markerAt: number | null = null;
  private zone = '';
  private clustered = false;

  constructor(
    private readonly container: HTMLElement,
    handlers: TimelineViewHandlers,
  ) {
    const options: TimelineOptions = {
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      zoomKey: 'ctrlKey',
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
      orientation: { axis: 'top' },
      minHeight: 220,
      maxHeight: 560,
      order: (a: TimelineItem, b: TimelineItem) => a.rank - b.rank,
      groupOrder: 'order',
      template: (item?: TimelineItem) => itemElement(item),
      xss: { disabled: false },
      dataAttributes: ['id', 'rank', 'from'],
    };
    this.timeline = new Timeline(container, this.items as never, this.groups as never, options);
    this.timeline.on('select', (properties?: { items?: Array<string | number> }) => {
      const id = properties?.items?.[0];
      handlers.onSelect(id === undefined ? null : String(id));
    });
  }

  /**
   * Replaces the chart's data. `fit` re-frames the window (a new article); otherwise the window stays.
   * Resolves once the chart is drawn (and framed).
   */
  async render(data: TimelineData, zone: string, publication: { at: number; label: string }, fit: boolean): Promise<void> {
    if (zone !== this.zone) {
      this.zone = zone;
      this.timeline.setOptions({ moment: zonedMoment(zone) as never });
    }
    const cluster = data.items.length > CLUSTER_ABOVE;
    if (cluster !== this.clustered) {
      this.clustered = cluster;
      this.timeline.setOptions({ cluster: cluster ? { maxItems: 3, titleTemplate: '{count} events — zoom in to see them', showStipes: true } : false } as never);
    }
    // Update lanes in place: re-creating them makes vis rebuild every label (the slowest part of a redraw).
    const laneIds = new Set(data.groups.map((group) => group.id));
    this.groups.remove(this.groups.getIds().filter((id) => !laneIds.has(String(id))));
    this.groups.update(data.groups);
    const ids = new Set(data.items.map((item) => item.id));
    this.items.remove(this.items.getIds().filter((id) => !ids.has(String(id))));
    this.items.update(data.items);
    this.setMarker(publication);
    this.container.dataset.items = String(data.items.length);
    // vis draws on data changes and frames the window itself on its first draw; ours comes after, when
    // the labels can be measured.
    await nextFrame();
    if (fit) await this.fit(data);
  }

  /** Selects an item (null clears), scrolling it into view when `focus`. */
  select(id: string | null, focus: boolean): void {
    this.timeline.setSelection(id === null ? [] : [id]);
    const item = id === null ? null : this.items.get(id);
    if (!focus || !item) return;
    const window = this.timeline.getWindow();
    const at = item.end === undefined ? item.start : (item.start + item.end) / 2;
    if (at < window.start.valueOf() || at > window.end.valueOf()) this.timeline.moveTo(at, { animation: false });
  }

  /** Ids of the dated items, left to right (ties by rank), as drawn. */
  drawnOrder(): string[] {
    return this.items
      .get()
      .sort((a, b) => a.start - b.start || a.rank - b.rank)
      .map((item) => item.id);
  }

  private setMarker(publication: { at: number; label: string }): void {
    if (this.markerAt === null) this.timeline.addCustomTime(publication.at, MARKER_ID);
    else if (this.markerAt !== publication.at) this.timeline.setCustomTime(publication.at, MARKER_ID);
    this.markerAt = publication.at;
    // Present at run time on Timeline (inherited from Core) but missing from its type declarations.
    (this.timeline as unknown as MarkerApi).setCustomTimeMarker(publication.label, MARKER_ID, false);
  }

  /**
   * Fits every item and the marker, then widens the window so every label and the marker's label are
   * inside the chart (vis's own fit underestimates labels drawn beyond narrow items). Labels keep their
   * pixel width when the scale changes, so the window that fits them is computed in one step.
   */
  private async fit(data: TimelineData): Promise<void> {
    const day = 86_400_000;
    if (data.items.length === 0) this.timeline.setWindow(data.extent.start - 3 * day, data.extent.end + 3 * day, { animation: false });
    else this.timeline.fit({ animation: false });
    await nextFrame();
    const panel = this.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!panel || panel.width < 100) return;
    const { start, end } = this.windowMs();
    const msPerPx = (end - start) / panel.width;
    const margin = 12;
    const width = panel.width - margin;
    const labels = this.labelBoxes(panel).map((box) => ({ at: start + (box.left - panel.left) * msPerPx, px: Math.min(box.width, width / 2) }));
    const marker = this.markerAt ?? start;
    let newStart = Math.min(start, marker, ...labels.map((label) => label.at)) - margin * msPerPx;
    if (!Number.isFinite(newStart)) newStart = start;
    // A label starting at `at` and `px` wide fits when (at − start') · W / (end' − start') + px ≤ W.
    let newEnd = Math.max(end, marker + margin * msPerPx);
    for (const label of labels) newEnd = Math.max(newEnd, newStart + ((label.at - newStart) * width) / (width - label.px));
    this.timeline.setWindow(newStart, newEnd, { animation: false });
    await nextFrame();
  }

  /** Boxes of the item labels (and the marker label) to keep inside the chart. */
  private labelBoxes(panel: DOMRect): DOMRect[] {
    const boxes: DOMRect[] = [];
    const faces = this.container.querySelectorAll<HTMLElement>('.vis-item.event:not(.undated) .vis-item-content, .vis-custom-time-marker');
    for (const face of faces) {
      const box = face.getBoundingClientRect();
      // Faces of items vis has not placed report far-off positions; open ranges fade out on purpose.
      if (box.right < panel.left - panel.width || box.left > panel.right + panel.width) continue;
      const item = face.closest('.vis-item');
      if (item?.classList.contains('open-start') || item?.classList.contains('open-end')) continue;
      boxes.push(box);
    }
    return boxes;
  }

  private windowMs(): { start: number; end: number } {
    const window = this.timeline.getWindow();
    return { start: window.start.valueOf(), end: window.end.valueOf() };
  }
}

function nextFrame(): Promise<void> {
  return new Promise((settle) => requestAnimationFrame(() => settle()));
}

interface MarkerApi {
  setCustomTimeMarker(title: string, id: string, editable: boolean): void;
}

/** The item's face: its label and date as text nodes (never HTML). */
function itemElement(item: TimelineItem | undefined): HTMLElement {
  if (!item?.label) return el('span', {}, '');
  // Undated items are dots in text order; their words are in the list and the tooltip.
  if (item.group === UNDATED_GROUP) return el('span', { class: 'item-face undated-face', title: `${item.label} — undated` });
  return el('span', { class: 'item-face', title: `${item.label} — ${item.dateLabel}` },
    el('span', { class: 'item-label' }, item.label),
    el('span', { class: 'item-date' }, item.dateLabel));
}
