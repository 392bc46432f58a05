/**
 * Plain-text column layout for terminal tables: left-aligned cells padded to the widest in each column, cells
 * longer than the column's limit cut with an ellipsis. No colour codes, so output stays pipe-friendly.
 */

/** A column: its header, and the widest a cell may be before it is cut (Infinity: never cut). */
export interface Column {
  header: string;
  maxWidth?: number;
}

/** Cuts `text` to `width` characters, ending in "…" when something was cut; newlines become spaces. */
export function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  return width <= 1 ? flat.slice(0, width) : `${flat.slice(0, width - 1)}…`;
}

/** Lays out rows under headers; every line is indented by `indent` and ends without trailing blanks. */
export function renderColumns(columns: Column[], rows: string[][], indent = '  '): string[] {
  const cells = rows.map((row) => columns.map((column, index) => clip(row[index] ?? '', column.maxWidth ?? Infinity)));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((row) => (row[index] ?? '').length)),
  );
  const line = (row: string[]): string =>
    (indent + row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ')).trimEnd();
  return [line(columns.map((column) => column.header)), ...cells.map(line)];
}
