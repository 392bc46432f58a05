/** Messages between the batch pool (main thread) and its worker threads. */

/** A chunk of consecutive input lines to analyse, numbered `seq` in input order. */
export interface ChunkRequest {
  seq: number;
  lines: Array<{ line: number; text: string }>;
}

/** The output lines of a chunk, concatenated, each ending in "\n". */
export interface ChunkResult {
  seq: number;
  output: string;
  /** How many of the lines are error records. */
  errors: number;
}
