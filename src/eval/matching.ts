/**
 * Pairing gold and system spans, as the TempEval-3 scorer does: strict = identical extent, relaxed = any
 * overlap, each gold span matched to at most one system span and vice versa.
 */

/** Anything with a half-open [start, end) extent in the same text. */
export interface Extent {
  start: number;
  end: number;
}

export interface SpanPairing<G extends Extent, S extends Extent> {
  /** One-to-one overlap pairs: identical extents are paired first, then the largest overlaps, in text order. */
  pairs: { gold: G; system: S }[];
  unmatchedGold: G[];
  unmatchedSystem: S[];
}

/** True when the two extents share at least one character. */
export function overlaps(a: Extent, b: Extent): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameExtent(a: Extent, b: Extent): boolean {
  return a.start === b.start && a.end === b.end;
}

function overlapLength(a: Extent, b: Extent): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Number of gold spans with a system span of exactly the same extent (each counted once). */
export function countStrictMatches(gold: readonly Extent[], system: readonly Extent[]): number {
  const available = new Map<string, number>();
  for (const s of system) available.set(`${s.start}:${s.end}`, (available.get(`${s.start}:${s.end}`) ?? 0) + 1);
  let matches = 0;
  for (const g of gold) {
    const key = `${g.start}:${g.end}`;
    const left = available.get(key) ?? 0;
    if (left > 0) {
      matches++;
      available.set(key, left - 1);
    }
  }
  return matches;
}

/** Pairs gold and system spans one-to-one by overlap (relaxed match). */
export function pairByOverlap<G extends Extent, S extends Extent>(gold: readonly G[], system: readonly S[]): SpanPairing<G, S> {
  const systemTaken = new Array<boolean>(system.length).fill(false);
  const goldPartner = new Array<number>(gold.length).fill(-1);
  // Pass 1: identical extents. Pass 2: the largest remaining overlap.
  for (const exactOnly of [true, false]) {
    gold.forEach((g, gi) => {
      if (goldPartner[gi] !== -1) return;
      let best = -1;
      let bestOverlap = 0;
      system.forEach((s, si) => {
        if (systemTaken[si] || !overlaps(g, s)) return;
        if (exactOnly && !sameExtent(g, s)) return;
        const size = overlapLength(g, s);
        if (size > bestOverlap) {
          best = si;
          bestOverlap = size;
        }
      });
      if (best !== -1) {
        goldPartner[gi] = best;
        systemTaken[best] = true;
      }
    });
  }
  const pairs: { gold: G; system: S }[] = [];
  const unmatchedGold: G[] = [];
  gold.forEach((g, gi) => {
    const partner = goldPartner[gi] ?? -1;
    if (partner === -1) unmatchedGold.push(g);
    else pairs.push({ gold: g, system: system[partner] as S });
  });
  const unmatchedSystem = system.filter((_, si) => !systemTaken[si]);
  return { pairs, unmatchedGold, unmatchedSystem };
}
