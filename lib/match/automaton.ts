/**
 * Aho-Corasick over UTF-16 units: one pass over the text finds every occurrence of every pattern, so
 * the cost follows the page's length, not the number of aliases. Transitions from the root sit in a
 * flat table (most page characters start no name, and that lookup is the hot path); deeper ones in
 * one Map keyed by state and unit. Outputs include those reached through suffix links, so a state
 * lists every pattern ending there.
 */
const UNITS = 0x10000;

export interface Automaton {
  /** The state after reading `unit` in `state` (0 is the root). */
  next(state: number, unit: number): number;
  /** Pattern indexes that end in `state`, or null. */
  outputs(state: number): Int32Array | null;
  readonly stateCount: number;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const rootNext = new Int32Array(UNITS);
  const edges = new Map<number, number>();
  const children: number[][] = [[]];
  const childUnits: number[][] = [[]];
  const own: (number[] | null)[] = [null];
  let stateCount = 1;

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let target = state === 0 ? rootNext[unit] : (edges.get(state * UNITS + unit) ?? 0);
      if (target === 0) {
        target = stateCount++;
        children.push([]);
        childUnits.push([]);
        own.push(null);
        if (state === 0) rootNext[unit] = target;
        else edges.set(state * UNITS + unit, target);
        children[state].push(target);
        childUnits[state].push(unit);
      }
      state = target;
    }
    (own[state] ??= []).push(index);
  });

  const fail = new Int32Array(stateCount);
  const out: (Int32Array | null)[] = new Array(stateCount).fill(null);
  const step = (state: number, unit: number): number => {
    for (;;) {
      if (state === 0) return rootNext[unit];
      const target = edges.get(state * UNITS + unit);
      if (target !== undefined) return target;
      state = fail[state];
    }
  };

  // Breadth first, so a state's suffix link (always shallower) is final before the state is used.
  const queue: number[] = [];
  for (const child of children[0]) queue.push(child);
  if (own[0]) out[0] = Int32Array.from(own[0]);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const link = fail[state];
    const inherited = out[link];
    const mine = own[state];
    if (mine || inherited) {
      const merged = mine ? [...mine] : [];
      if (inherited) for (const p of inherited) merged.push(p);
      out[state] = Int32Array.from(merged);
    }
    const kids = children[state];
    const units = childUnits[state];
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k];
      fail[child] = state === 0 ? 0 : step(link, units[k]);
      queue.push(child);
    }
  }

  return {
    next: step,
    outputs: (state) => out[state],
    stateCount,
  };
}
