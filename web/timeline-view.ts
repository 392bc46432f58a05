/**
 * The vis-timeline chart: items from `timeline-items.ts`, drawn in the article's zone (zoned moment), the
 * publication date as a labelled custom-time marker, labels rendered as text nodes, clustering when an
 * article has very many events, and a window that fits every item and the marker with labels visible.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineData, TimelineGroup, TimelineItem } from './timeline-items.js';
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
      template: (item?: TimelineItem) => itemElement(item),
      xss: { disabled: false },
    };
    this.timeline = new Timeline(container, this.items as never, this.groups as never, options);
    this.timeline.on('select', (properties?: { items?: Array<string | number> }) => {
      const id = properties?.items?.[0];
      handlers.onSelect(id === undefined ? null : String(id));
    });
  }

  /** Replaces the chart's data. `fit` re-frames the window (a new article); otherwise the window stays. */
  render(data: TimelineData, zone: string, publication: { at: number; label: string }, fit: boolean): void {
    if (zone !== this.zone) {
      this.zone = zone;
      this.timeline.setOptions({ moment: zonedMoment(zone) as never });
    }
    const cluster = data.items.length > CLUSTER_ABOVE;
    if (cluster !== this.clustered) {
      this.clustered = cluster;
      this.timeline.setOptions({ cluster: cluster ? { maxItems: 3, titleTemplate: '{count} events — zoom in to see them', showStipes: true } : false } as never);
    }
    this.groups.clear();
    this.groups.add(data.groups);
    const ids = new Set(data.items.map((item) => item.id));
    this.items.remove(this.items.getIds().filter((id) => !ids.has(String(id))));
    this.items.update(data.items);
    this.setMarker(publication);
    if (fit) this.fit(data);
    this.container.dataset.items = String(data.items.length);
    this.container.dataset.renders = String(Number(this.container.dataset.renders ?? '0') + 1);
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

  /** Fits every item with its label, then widens so the marker and its label are inside too. */
  private fit(data: TimelineData): void {
    if (data.items.length === 0) {
      const day = 86_400_000;
      this.timeline.setWindow(data.extent.start - 3 * day, data.extent.end + 3 * day, { animation: false });
      return;
    }
    this.timeline.fit({ animation: false });
    const window = this.timeline.getWindow();
    let start = window.start.valueOf();
    let end = window.end.valueOf();
    const span = end - start;
    const marker = this.markerAt ?? start;
    const labelRoom = span * 0.12;
    if (marker - labelRoom < start) start = marker - labelRoom;
    if (marker + labelRoom > end) end = marker + labelRoom;
    const pad = (end - start) * 0.03;
    this.timeline.setWindow(start - pad, end + pad, { animation: false });
  }
}

interface MarkerApi {
  setCustomTimeMarker(title: string, id: string, editable: boolean): void;
}

/** The item's face: its label and date as text nodes (never HTML). */
function itemElement(item: TimelineItem | undefined): HTMLElement {
  if (!item?.label) return el('span', {}, '');
  return el('span', { class: 'item-face', title: `${item.label} — ${item.dateLabel}` },
    el('span', { class: 'item-label' }, item.label),
    el('span', { class: 'item-date' }, item.dateLabel));
}
