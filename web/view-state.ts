/**
 * The view's state as it lives in the URL hash, so a copied link reopens the same view: which article
 * (bundled id, or the reader's own text), the publication date and zone in force, the selected event and
 * the alternative readings chosen. Parsing never throws: unknown or malformed parts are dropped.
 */
export interface ViewState {
  /** Id of a bundled article (file name in `events/` without `.json`). */
  article?: string;
  /** The reader's own article text (when `article` is absent). */
  text?: string;
  /** Publication date as typed (validated separately, kept even when invalid so nothing typed is lost). */
  date?: string;
  zone?: string;
  /** Id of the selected event. */
  event?: string;
  /** Chosen alternative readings: timex id → index in its `alternatives`. */
  readings: Record<string, number>;
}

const KEYS = { article: 'a', text: 'text', date: 'on', zone: 'zone', event: 'e', readings: 'alt' } as const;

/** Reads the state from a location hash such as `#a=seed&on=2017-09-02&zone=Asia%2FBeirut&e=e3&alt=t4:0`. */
export function parseViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const readings: Record<string, number> = {};
  for (const pair of (params.get(KEYS.readings) ?? '').split(',')) {
    const match = /^([^:]+):(\d+)$/.exec(pair);
    if (match?.[1] && match[2]) readings[match[1]] = Number(match[2]);
  }
  const state: ViewState = { readings };
  const article = params.get(KEYS.article);
  if (article) state.article = article;
  for (const key of ['text', 'date', 'zone', 'event'] as const) {
    const value = params.get(KEYS[key]);
    if (value !== null) state[key] = value;
  }
  return state;
}

/** Writes the state as a hash (with the leading `#`); absent fields are left out. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.article !== undefined) params.set(KEYS.article, state.article);
  else if (state.text !== undefined) params.set(KEYS.text, state.text);
  if (state.date !== undefined) params.set(KEYS.date, state.date);
  if (state.zone !== undefined) params.set(KEYS.zone, state.zone);
  if (state.event !== undefined) params.set(KEYS.event, state.event);
  const readings = Object.entries(state.readings).map(([id, index]) => `${id}:${index}`);
  if (readings.length > 0) params.set(KEYS.readings, readings.join(','));
  return `#${params.toString()}`;
}
