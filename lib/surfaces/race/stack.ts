/**
 * Collision avoidance for marks on one lane: each block (a group of marks, one or more rows tall) takes
 * the first rows where it touches nothing already placed (greedy packing in order of x), so no mark
 * hides another and the lane grows only as much as the overlaps demand.
 */
export interface Extent {
  x0: number;
  x1: number;
  /** Rows the block needs (default 1). */
  rows?: number;
}

export interface Stacked {
  /** First row of each input block, in input order. */
  rows: number[];
  rowCount: number;
}

export function stackExtents(extents: readonly Extent[], gap = 2): Stacked {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a].x0 - extents[b].x0 || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length).fill(0);
  const free = (row: number, x0: number) => row >= rowEnds.length || x0 >= rowEnds[row] + gap;
  for (const i of order) {
    const { x0, x1, rows: height = 1 } = extents[i];
    let row = 0;
    while (!Array.from({ length: height }, (_, k) => free(row + k, x0)).every(Boolean)) row++;
    for (let k = 0; k < height; k++) {
      while (rowEnds.length <= row + k) rowEnds.push(-Infinity);
      rowEnds[row + k] = x1;
    }
    rows[i] = row;
  }
  return { rows, rowCount: Math.max(1, rowEnds.length) };
}
