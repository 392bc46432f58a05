/**
 * The solution of a temporal network: each point's lower and upper bound relative to the origin and the edge that
 * set it last, read back as the constraint (or only the kind of its source) it came from.
 */
import { NO_EDGE } from './consistency.js';
import type { Distances } from './bound-search.js';
import type { SourceKind } from './constraint-list.js';
import type { Conflict, Constraint, PointBounds, Solution } from './network.js';

/** Numbered edges of a solved network, each read back as its constraint. */
export interface NumberedConstraints {
  constraintAt(edge: number): Constraint;
  kindAt(edge: number): SourceKind;
}

export class SolvedNetwork implements Solution {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  private readonly lowerEdge: number[] = [];
  private readonly upperEdge: number[] = [];

  /** Copies the bounds out of the searches' buffers (`backward` holds minus the lower bounds). */
  constructor(
    pointCount: number,
    forward: Distances,
    backward: Distances,
    private readonly edges: NumberedConstraints,
    readonly conflicts: Conflict[],
    private readonly kept: () => Constraint[],
  ) {
    for (let p = 0; p < pointCount; p++) {
      this.upper.push(forward.dist[p] as number);
      this.lower.push(-(backward.dist[p] as number));
      this.upperEdge.push(forward.via[p] as number);
      this.lowerEdge.push(backward.via[p] as number);
    }
  }

  lowerVia(point: number): Constraint | undefined {
    return this.constraintOf(this.lowerEdge[point]);
  }

  upperVia(point: number): Constraint | undefined {
    return this.constraintOf(this.upperEdge[point]);
  }

  lowerBasis(point: number): SourceKind | undefined {
    return this.kindOf(this.lowerEdge[point]);
  }

  upperBasis(point: number): SourceKind | undefined {
    return this.kindOf(this.upperEdge[point]);
  }

  get bounds(): PointBounds[] {
    return this.lower.map((lower, p) => {
      const bounds: { upper: number; lower: number; upperVia?: Constraint; lowerVia?: Constraint } = { upper: this.upper[p] as number, lower };
      const upperVia = this.upperVia(p);
      const lowerVia = this.lowerVia(p);
      if (upperVia !== undefined) bounds.upperVia = upperVia;
      if (lowerVia !== undefined) bounds.lowerVia = lowerVia;
      return bounds;
    });
  }

  get active(): Constraint[] {
    return this.kept();
  }

  private constraintOf(edge: number | undefined): Constraint | undefined {
    return edge === undefined || edge === NO_EDGE ? undefined : this.edges.constraintAt(edge);
  }

  private kindOf(edge: number | undefined): SourceKind | undefined {
    return edge === undefined || edge === NO_EDGE ? undefined : this.edges.kindAt(edge);
  }
}
