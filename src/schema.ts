/**
 * The public shapes of Chronicle, as zod schemas: what `analyze` accepts and what it returns.
 * Every boundary of the engine (library input, documents in `events/`, CLI cases) is checked against these.
 */
import { z } from 'zod';

/** An ISO 8601 date-time with offset, as the engine writes interval bounds (in the article's zone). */
export const IsoDateTime = z.string().describe('ISO 8601 date-time with offset');

/** A half-open span of real time [start, end), both bounds ISO date-times in the article's zone. */
export const Interval = z.object({ start: IsoDateTime, end: IsoDateTime });
export type Interval = z.infer<typeof Interval>;

export const DocumentType = z.enum(['news', 'narrative']);
export type DocumentType = z.infer<typeof DocumentType>;

export const Tense = z.enum(['past', 'present', 'future']);
export type Tense = z.infer<typeof Tense>;

/** What `analyze` accepts. `publicationDate` is an ISO 8601 date or a date-time with an offset. */
export const AnalyzeInput = z.object({
  text: z.string({ error: 'must be a string of article text' }),
  publicationDate: z.string({ error: 'must be an ISO 8601 date such as 2017-09-02' }),
  timeZone: z.string({ error: 'must be an IANA zone name such as Asia/Beirut' }).optional(),
  documentType: DocumentType.optional(),
});
export type AnalyzeInput = z.infer<typeof AnalyzeInput>;

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexType>;

export const TimexMod = z.enum([
  'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN',
  'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'START', 'MID', 'END', 'APPROX',
]);
export type TimexMod = z.infer<typeof TimexMod>;

/** What a value was resolved against. */
export const TimexAnchor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('publicationDate') }),
  z.object({ kind: z.literal('timex'), timexId: z.string() }),
  z.object({ kind: z.literal('none') }),
]);
export type TimexAnchor = z.infer<typeof TimexAnchor>;

export const Alternative = z.object({
  value: z.string(),
  interval: Interval.optional(),
  explanation: z.string(),
});
export type Alternative = z.infer<typeof Alternative>;

export const Timex = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: TimexType,
  value: z.string(),
  mod: TimexMod.optional(),
  quant: z.string().optional(),
  freq: z.string().optional(),
  anchor: TimexAnchor,
  interval: Interval.optional(),
  rule: z.string(),
  explanation: z.string(),
  alternatives: z.array(Alternative).optional(),
});
export type Timex = z.infer<typeof Timex>;

export const DiagnosticCode = z.enum([
  'UNRESOLVED_EXPRESSION', 'AMBIGUOUS_EXPRESSION', 'NO_NARRATIVE_ANCHOR', 'CONTRADICTION', 'EMPTY_TEXT',
]);
export const Diagnostic = z.object({
  code: DiagnosticCode,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const EventKind = z.enum(['occurrence', 'reporting', 'state', 'perception', 'aspectual', 'intention']);
export type EventKind = z.infer<typeof EventKind>;

export const TLinkType = z.enum([
  'BEFORE', 'AFTER', 'INCLUDES', 'IS_INCLUDED', 'DURING', 'SIMULTANEOUS', 'IBEFORE', 'IAFTER',
  'BEGINS', 'ENDS', 'BEGUN_BY', 'ENDED_BY', 'IDENTITY', 'OVERLAP',
  // TempEval-2's vague relations, for what the text leaves open: a present state beside a past date is after it
  // or still overlapping it.
  'BEFORE-OR-OVERLAP', 'OVERLAP-OR-AFTER',
]);
export type TLinkType = z.infer<typeof TLinkType>;

export const Precision = z.enum(['minute', 'hour', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century', 'unknown']);
export type Precision = z.infer<typeof Precision>;

export const WhenBasis = z.enum(['anchored', 'derived', 'tense', 'unknown']);

/** When an event happened: bounds (either may be open, null), in the article's zone. */
export const When = z.object({
  start: IsoDateTime.nullable(),
  end: IsoDateTime.nullable(),
  precision: Precision,
  basis: WhenBasis,
});
export type When = z.infer<typeof When>;

export const ChronicleEvent = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: Span,
  kind: EventKind,
  tense: Tense.optional(),
  anchor: z.object({ timexId: z.string(), relation: TLinkType }).optional(),
  when: When,
});
export type ChronicleEvent = z.infer<typeof ChronicleEvent>;

export const Relation = z.object({
  from: z.string(),
  to: z.string(),
  type: TLinkType,
  via: z.string(),
});
export type Relation = z.infer<typeof Relation>;

export const Analysis = z.object({
  publicationDate: z.string().describe('the publication date as given'),
  timeZone: z.string(),
  documentType: DocumentType,
  timexes: z.array(Timex),
  events: z.array(ChronicleEvent),
  relations: z.array(Relation),
  order: z.array(z.string()),
  diagnostics: z.array(Diagnostic),
});
export type Analysis = z.infer<typeof Analysis>;

/** Options of `resolve` (one phrase, for checking how it resolves). */
export const ResolveOptions = z.object({
  reference: z.string({ error: 'must be an ISO 8601 date such as 2017-09-02' }),
  timeZone: z.string().optional(),
  tense: Tense.optional(),
});
export type ResolveOptions = z.infer<typeof ResolveOptions>;

/** An article document as stored in `events/`. */
export const ArticleDocument = z.object({
  title: z.string().min(1),
  source: z.string().min(1),
  url: z.url().optional(),
  publicationDate: z.string(),
  timeZone: z.string(),
  text: z.string(),
});
export type ArticleDocument = z.infer<typeof ArticleDocument>;
