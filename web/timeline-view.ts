/**
 * The vis-timeline chart: items from `timeline-items.ts`, drawn in the article's zone (zoned moment), the
 * publication date as a labelled custom-time marker, labels rendered as text nodes, clustering when an
 * article has very many events, and a window that fits every item and the marker with labels visible.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import { UNDATED_GROUP, type TimelineData, type TimelineGroup, type TimelineItem } from './timeline-items.js';
import { knownToMoment, zonedMoment } from './zoned-moment.js';
import { el } from './dom.js';

const MARKER_ID = 'publication';
/** Above this many items, nearby items are clustered so the chart stays readable and fast. */
const CLUSTER_ABOVE = 150;
const CLUSTERING = { maxItems: 3, titleTemplate: '{count} events — zoom in to see them', showStipes: true };

export interface TimelineViewHandlers {
  /** The reader selected an item (or cleared the selection). */
  onSelect(id: string | null): void;
}

export class TimelineView {
  private readonly items = new DataSet<TimelineItem, 'id'>();
  private readonly groups = new DataSet<TimelineGroup, 'id'>();
  private timeline: Timeline | null = null;
  /** The items as last handed to vis, to update only those that changed. */
  private shown = new Map<string, string>();
  private markerAt: number | null = null;
  private markerLabel = '';
  private zone = '';
  private clustered = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: TimelineViewHandlers,
  ) {}

  /**
   * Builds the chart before the analysis arrives (the zone and about when the article was published are
   * known from the fields): vis's set-up and axis are then done while the engine works, and the analysis
   * only adds items and the marker.
   */
  prepare(zone: string, around: number): void {
    if (!knownToMoment(zone)) return;
    const day = 86_400_000;
    this.chart(zone, around - 3 * day, around + 3 * day);
  }

  /**
   * Shows `data`, updating only the items that changed. `fit` frames the window on every item, the marker
   * and their labels (a new article); otherwise the window stays. Resolves once the chart is drawn.
   */
  async render(data: TimelineData, zone: string, publication: { at: number; label: string }, fit: boolean): Promise<void> {
    // A little room on both sides, and at least a day, so the marker's whole day is on the axis.
    const pad = Math.max((data.extent.end - data.extent.start) * 0.03, 86_400_000);
    const timeline = this.chart(zone, data.extent.start - pad, data.extent.end + pad);
    if (zone !== this.zone) {
      this.zone = zone;
      timeline.setOptions({ moment: zonedMoment(zone) as never });
    }
    const cluster = data.items.length > CLUSTER_ABOVE;
    if (cluster !== this.clustered) {
      this.clustered = cluster;
      timeline.setOptions({ cluster: cluster ? CLUSTERING : false } as never);
    }
    // Frame the extent before the items arrive, so vis lays them out once at (nearly) the final scale.
    if (fit) timeline.setWindow(data.extent.start - pad, data.extent.end + pad, { animation: false });
    this.updateData(data, timeline);
    this.setMarker(publication);
    this.container.dataset.items = String(data.items.length);
    // vis draws on data changes; labels can be measured once they are laid out.
    await nextFrame();
    if (fit) await this.fitLabels(timeline);
  }

  /** The vis chart, created on first use with the zone's moment and an initial window (no auto-fit). */
  private chart(zone: string, start: number, end: number): Timeline {
    if (this.timeline) return this.timeline;
    this.zone = zone;
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
      moment: zonedMoment(zone) as never,
      start,
      end,
    };
    const timeline = new Timeline(this.container, this.items as never, this.groups as never, options);
    timeline.on('select', (properties?: { items?: Array<string | number> }) => {
      const id = properties?.items?.[0];
      this.handlers.onSelect(id === undefined ? null : String(id));
    });
    this.timeline = timeline;
    return timeline;
  }

  /**
   * Lanes and items replaced only where they changed: re-creating all of them makes vis rebuild every label,
   * and a date change often moves only some events. vis lays out an item the moment it is added inside the
   * window (one forced layout per item: seconds for 1,000 items); outside the window it waits for the next
   * redraw, which lays out all of them in one pass. So items are added while the range is moved out of their
   * way, then the range is put back, in the same task.
   */
  private updateData(data: TimelineData, timeline: Timeline): void {
    const laneIds = new Set(data.groups.map((group) => group.id));
    const staleLanes = this.groups.getIds().filter((id) => !laneIds.has(String(id)));
    if (staleLanes.length > 0) this.groups.remove(staleLanes);
    const lanes = data.groups.filter((group) => JSON.stringify(group) !== JSON.stringify(this.groups.get(group.id)));
    if (lanes.length > 0) this.groups.update(lanes);
    const next = new Map(data.items.map((item) => [item.id, JSON.stringify(item)]));
    const gone = [...this.shown.keys()].filter((id) => !next.has(id));
    if (gone.length > 0) this.items.remove(gone);
    const changed = data.items.filter((item) => this.shown.get(item.id) !== next.get(item.id));
    this.shown = next;
    if (changed.length === 0) return;
    // vis redraws a changed item that is on screen at once, measuring it (one forced layout per item: ~1 ms
    // each, all of them on a re-resolve), while new items wait for the next redraw, which measures them all
    // in one pass. So changed items are removed and added again, while the range is away (see above).
    const drawn = changed.filter((item) => this.items.get(item.id) !== null).map((item) => item.id);
    const window = timeline.getWindow();
    const start = window.start.valueOf();
    const end = window.end.valueOf();
    const span = end - start;
    const away = Math.max(end, data.extent.end) + 10 * (data.extent.end - data.extent.start + span + 86_400_000);
    timeline.setWindow(away, away + span, { animation: false });
    if (drawn.length > 0) this.items.remove(drawn);
    this.items.add(changed);
    timeline.setWindow(start, end, { animation: false });
  }

  /** Selects an item (null clears), scrolling it into view when `focus`. */
  select(id: string | null, focus: boolean): void {
    const timeline = this.timeline;
    if (!timeline) return;
    timeline.setSelection(id === null ? [] : [id]);
    const item = id === null ? null : this.items.get(id);
    if (!focus || !item) return;
    const window = timeline.getWindow();
    const at = item.end === undefined ? item.start : (item.start + item.end) / 2;
    if (at < window.start.valueOf() || at > window.end.valueOf()) timeline.moveTo(at, { animation: false });
  }

  /** Ids of the dated items, left to right (ties by rank), as drawn. */
  drawnOrder(): string[] {
    return this.items
      .get()
      .sort((a, b) => a.start - b.start || a.rank - b.rank)
      .map((item) => item.id);
  }

  private setMarker(publication: { at: number; label: string }): void {
    const timeline = this.timeline;
    if (!timeline) return;
    if (this.markerAt === null) timeline.addCustomTime(publication.at, MARKER_ID);
    else if (this.markerAt !== publication.at) timeline.setCustomTime(publication.at, MARKER_ID);
    this.markerAt = publication.at;
    if (publication.label === this.markerLabel) return;
    this.markerLabel = publication.label;
    // Present at run time on Timeline (inherited from Core) but missing from its type declarations.
    (timeline as unknown as MarkerApi).setCustomTimeMarker(publication.label, MARKER_ID, false);
  }

  /**
   * Widens the window (already framed on every item and the marker) so every label and the marker's label
   * are inside the chart. Labels keep their pixel width when the scale changes, so the window that fits
   * them is computed in one step and set once.
   */
  private async fitLabels(timeline: Timeline): Promise<void> {
    const panel = this.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!panel || panel.width < 100) return;
    const window = timeline.getWindow();
    const start = window.start.valueOf();
    const end = window.end.valueOf();
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
    if (newStart === start && newEnd === end) return;
    timeline.setWindow(newStart, newEnd, { animation: false });
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
