/**
 * The typed shape of a TimeML document as Chronicle reads it (TempEval-3 / TimeML 1.2.1), and zod schemas
 * for the attributes of each annotation tag, so a malformed file is reported tag by tag in plain English.
 * All offsets are UTF-16 offsets into `text`, the plain content of <TEXT> with tags removed and entities decoded.
 */
import { z } from 'zod';
import { TimexMod, TimexType, TLinkType } from '../schema.js';

/** Attributes of a <TIMEX3> tag. Unknown attributes (temporalFunction, beginPoint…) are allowed and ignored. */
export const Timex3Attributes = z.object({
  tid: z.string().regex(/^\S+$/, 'must be an id such as t1'),
  type: TimexType,
  value: z.string(),
  mod: TimexMod.optional(),
  anchorTimeID: z.string().optional(),
  functionInDocument: z.string().optional(),
  quant: z.string().optional(),
  freq: z.string().optional(),
});

/** TimeML event classes. */
export const EventClass = z.enum(['OCCURRENCE', 'REPORTING', 'STATE', 'I_STATE', 'I_ACTION', 'PERCEPTION', 'ASPECTUAL']);
export type EventClass = z.infer<typeof EventClass>;

export const EventAttributes = z.object({
  eid: z.string().regex(/^\S+$/, 'must be an id such as e1'),
  class: EventClass,
});

export const MakeInstanceAttributes = z.object({
  eiid: z.string().min(1),
  eventID: z.string().min(1),
  tense: z.string().optional(),
  aspect: z.string().optional(),
  polarity: z.string().optional(),
  pos: z.string().optional(),
});

/** TLINK relation types: the public ones plus the TimeML 1.2.1 extras (IDENTITY is public already). */
export const TimemlRelType = z.union([TLinkType, z.enum(['DURING_INV'])]);
export type TimemlRelType = z.infer<typeof TimemlRelType>;

export const TLinkAttributes = z
  .object({
    lid: z.string().min(1),
    relType: TimemlRelType,
    eventInstanceID: z.string().optional(),
    timeID: z.string().optional(),
    relatedToEventInstance: z.string().optional(),
    relatedToTime: z.string().optional(),
  })
  .refine((a) => (a.eventInstanceID === undefined) !== (a.timeID === undefined), {
    message: 'must have exactly one of eventInstanceID or timeID',
  })
  .refine((a) => (a.relatedToEventInstance === undefined) !== (a.relatedToTime === undefined), {
    message: 'must have exactly one of relatedToEventInstance or relatedToTime',
  });

/** A gold (or written-out) time expression. */
export interface TimemlTimex {
  tid: string;
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  anchorTimeID?: string;
  quant?: string;
  freq?: string;
  functionInDocument?: string;
}

export interface TimemlEvent {
  eid: string;
  class: EventClass;
  start: number;
  end: number;
  text: string;
}

export interface TimemlInstance {
  eiid: string;
  eventID: string;
  tense?: string;
  aspect?: string;
  polarity?: string;
  pos?: string;
}

/** One end of a TLINK: an event instance or a time expression. */
export type TimemlLinkEnd = { kind: 'event'; eiid: string } | { kind: 'time'; tid: string };

export interface TimemlTLink {
  lid: string;
  relType: TimemlRelType;
  from: TimemlLinkEnd;
  to: TimemlLinkEnd;
}

/** The creation time of the document (<DCT><TIMEX3 functionInDocument="CREATION_TIME">). */
export interface TimemlDct {
  tid: string;
  type: TimexType;
  value: string;
}

export interface TimemlDocument {
  docId: string;
  dct: TimemlDct;
  /** The plain text of <TEXT>: tags removed, entities decoded, whitespace kept exactly. */
  text: string;
  /** Time expressions inside <TEXT>, in text order (the DCT is not among them). */
  timexes: TimemlTimex[];
  events: TimemlEvent[];
  instances: TimemlInstance[];
  tlinks: TimemlTLink[];
}
