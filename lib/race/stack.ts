/**
 * Collision avoidance for marks on one lane: each mark takes the first row where it does not touch
 * the marks already placed (greedy interval packing, in order of x), so no mark hides another.
 */
export interface Extent {
  x0: number;
  x1: number;
}

export interface Stacked {
  /** Row of each input extent, in input order. */
  rows: number[];
  rowCount: number;
}

export function stackExtents(extents: readonly Extent[], gap = 2): Stacked {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a].x0 - extents[b].x0 || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    const { x0, x1 } = extents[i];
    let row = rowEnds.findIndex((end) => x0 >= end + gap);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(x1);
    } else {
      rowEnds[row] = x1;
    }
    rows[i] = row;
  }
  return { rows, rowCount: Math.max(1, rowEnds.length) };
}
