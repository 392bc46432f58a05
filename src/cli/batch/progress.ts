/**
 * The progress line of `chronicle batch`, shown on stderr only when stderr is a terminal (never mixed into a
 * pipe or a log): lines done, error records, throughput, and a bar when the input size is known.
 */

export interface ProgressCounts {
  lines: number;
  errors: number;
  bytes: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export class ProgressLine {
  private readonly startedAt = Date.now();
  private drawnAt = 0;

  /** `totalBytes` is the input's size when known (a file), for the bar and percentage. */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly totalBytes: number | undefined,
  ) {}

  /** Redraws the line, at most every 100 ms unless `force`. */
  update(counts: ProgressCounts, force = false): void {
    const now = Date.now();
    if (!force && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    const seconds = Math.max((now - this.startedAt) / 1000, 0.001);
    const rate = `${(counts.bytes / 1e6 / seconds).toFixed(2)} MB/s, ${Math.round(counts.lines / seconds)} lines/s`;
    const errors = counts.errors > 0 ? `, ${counts.errors} error record(s)` : '';
    this.stream.write(`\r\x1b[2K${this.bar(counts.bytes)}${counts.lines} lines${errors}, ${rate}`);
  }

  /** Draws the final state and ends the line. */
  finish(counts: ProgressCounts): void {
    this.update(counts, true);
    this.stream.write('\n');
  }

  private bar(bytes: number): string {
    if (!this.totalBytes) return '';
    const fraction = Math.min(bytes / this.totalBytes, 1);
    const filled = Math.round(fraction * BAR_WIDTH);
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  `;
  }
}
