/**
 * The constraints of one network as parallel arrays, with no object per constraint: its two points and weight,
 * the kind and priority of its source, and the source itself — one object per piece of evidence, shared by its
 * few constraints — or, for an event's own constraints (structure and tense), the event, whose source is made
 * only when read (in a contradiction, or when a bound is traced back to it). A constraint's object is made when
 * first asked for.
 */
import type { Constraint, ConstraintSource } from './network.js';

export type SourceKind = ConstraintSource['kind'];

/** An event as the source of its own constraints: its phrase and span. */
export interface OwnMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export class ConstraintList {
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly weight: number[] = [];
  readonly kind: SourceKind[] = [];
  readonly priority: number[] = [];
  /** The stated source of each constraint, or the event whose own constraint it is. */
  private readonly source: (ConstraintSource | OwnMention)[] = [];
  private readonly own: boolean[] = [];
  /** The constraint objects made so far, by number. */
  private readonly made: Constraint[] = [];

  /** A list of the given constraints, which it gives back as they are. */
  static of(constraints: readonly Constraint[]): ConstraintList {
    const list = new ConstraintList();
    for (const c of constraints) {
      list.made[list.count] = c;
      list.add(c.from, c.to, c.weight, c.source);
    }
    return list;
  }

  get count(): number {
    return this.from.length;
  }

  /** Adds `x[to] − x[from] ≤ weight`, stated by `source`. */
  add(from: number, to: number, weight: number, source: ConstraintSource): void {
    this.push(from, to, weight, source.kind, source.priority, source, false);
  }

  /** Adds an event's own constraint, whose source (the event's phrase, with `kind` and `priority`) is made when read. */
  addOwn(from: number, to: number, weight: number, kind: SourceKind, priority: number, event: OwnMention): void {
    this.push(from, to, weight, kind, priority, event, true);
  }

  /** True when every constraint joins two distinct points of a network of `pointCount` points. */
  betweenDistinctPoints(pointCount: number): boolean {
    const { from, to } = this;
    for (let k = 0; k < from.length; k++) {
      const a = from[k] as number;
      const b = to[k] as number;
      if (!(a >= 0 && a < pointCount && b >= 0 && b < pointCount) || a === b) return false;
    }
    return true;
  }

  /** Constraint `k` as an object (made once). */
  constraintAt(k: number): Constraint {
    return (this.made[k] ??= { from: this.from[k] as number, to: this.to[k] as number, weight: this.weight[k] as number, source: this.sourceAt(k) });
  }

  /** The kind of constraint `k`'s source. */
  kindAt(k: number): SourceKind {
    return this.kind[k] as SourceKind;
  }

  private sourceAt(k: number): ConstraintSource {
    const source = this.source[k] as ConstraintSource | OwnMention;
    if (!this.own[k]) return source as ConstraintSource;
    const event = source as OwnMention;
    return { priority: this.priority[k] as number, kind: this.kind[k] as SourceKind, phrase: event.text, start: event.start, end: event.end };
  }

  private push(from: number, to: number, weight: number, kind: SourceKind, priority: number, source: ConstraintSource | OwnMention, own: boolean): void {
    this.from.push(from);
    this.to.push(to);
    this.weight.push(weight);
    this.kind.push(kind);
    this.priority.push(priority);
    this.source.push(source);
    this.own.push(own);
  }
}
