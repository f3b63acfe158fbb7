/**
 * Aho-Corasick over UTF-16 units: one pass over the text finds every occurrence of every pattern, so
 * the cost follows the page's length, not the number of aliases.
 *
 * The automaton is a full transition table (a DFA: failure links folded in at build time) over
 * "classes": each unit that occurs in some pattern gets a class, every other unit shares class 0,
 * which always leads back towards the root. Reading a character is then two array loads, with no
 * failure-link loop and no hashing. Outputs include those reached through suffix links, so a state
 * lists every pattern ending there.
 */
export interface Automaton {
  /** The state after reading `unit` in `state` (0 is the root). */
  next(state: number, unit: number): number;
  /** Pattern indexes that end in `state`, or null. */
  outputs(state: number): Int32Array | null;
  readonly stateCount: number;
  /** The table itself, for the matcher's hot loop: next = delta[state * width + classes[unit]]. */
  readonly delta: Int32Array;
  readonly classes: Uint16Array;
  readonly width: number;
  /** outList[outStart[s] .. outStart[s + 1]) are the patterns ending in state s. */
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  /** With `fold`: the class every spacing unit reads as (-1 without). */
  readonly spaceClass: number;
  /**
   * With `fold`: the class of units to step over as if absent (soft hyphen, zero-width space), -1
   * without. No pattern holds one, so this table sends them to the root; the matcher's own table
   * makes them (and a space after a space) leave the state as it is.
   */
  readonly skipClass: number;
}

const SPACES = [9, 10, 12, 13, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000];
const APOSTROPHES = [0x2018, 0x2019, 0x02bc, 0xff07];
const HYPHENS = [0x2010, 0x2011];
const INVISIBLES = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

export interface AutomatonOptions {
  /**
   * Patterns are folded (lower case, one kind of space, apostrophe; hyphens read as spaces): let the class table
   * fold the text the same way, so the hot loop reads raw page text with no lower-casing pass.
   */
  fold?: boolean;
}

export function buildAutomaton(patterns: readonly string[], options: AutomatonOptions = {}): Automaton {
  // Classes: 0 for "no pattern has this unit", then one per distinct unit.
  const classes = new Uint16Array(0x10000);
  let width = 1;
  let totalLength = 0;
  const units: number[] = [];
  for (const pattern of patterns) {
    totalLength += pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (classes[unit] === 0) {
        classes[unit] = width++;
        units.push(unit);
      }
    }
  }
  let spaceClass = -1;
  let skipClass = -1;
  if (options.fold) {
    if (classes[32] === 0) classes[32] = width++;
    spaceClass = classes[32];
    for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32];
    // Only the capitals of letters that occur in some pattern matter ("É" for "é"): a handful of
    // case conversions instead of a pass over every cased letter, which keeps start-up cheap.
    for (const unit of units) {
      if (unit < 128) continue;
      const upper = String.fromCharCode(unit).toUpperCase();
      if (upper.length === 1 && upper.charCodeAt(0) !== unit) classes[upper.charCodeAt(0)] = classes[unit];
    }
    for (let c = 0x2000; c <= 0x200a; c++) classes[c] = spaceClass;
    for (const c of SPACES) classes[c] = spaceClass;
    for (const c of APOSTROPHES) classes[c] = classes[39];
    // A hyphen is a separator like a space ("GPT 5.3 Codex" reads as "GPT-5.3-Codex").
    classes[45] = spaceClass;
    for (const c of HYPHENS) classes[c] = spaceClass;
    skipClass = width++;
    for (const c of INVISIBLES) classes[c] = skipClass;
  }

  // The trie, in a table sized for the worst case (every unit a new state); 0 means "no child",
  // which is safe because the root is nobody's child. Each state's children are also kept as a
  // list (first child, next sibling, class), so completing the table below touches only them.
  let delta = new Int32Array((totalLength + 1) * width);
  const firstChild = new Int32Array(totalLength + 1);
  const nextSibling = new Int32Array(totalLength + 1);
  const classOf = new Int32Array(totalLength + 1);
  const own: (number[] | null)[] = [null];
  let stateCount = 1;
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const k = classes[pattern.charCodeAt(i)];
      const slot = state * width + k;
      if (delta[slot] === 0) {
        const child = stateCount++;
        delta[slot] = child;
        classOf[child] = k;
        nextSibling[child] = firstChild[state];
        firstChild[state] = child;
        own.push(null);
      }
      state = delta[slot];
    }
    (own[state] ??= []).push(index);
  });
  delta = delta.slice(0, stateCount * width);

  // Breadth first: a state's suffix link is shallower, so its row is complete before it is copied.
  // A row is its suffix link's row (one native copy) with the state's own children written over it.
  const fail = new Int32Array(stateCount);
  const lists: (number[] | null)[] = new Array(stateCount).fill(null);
  lists[0] = own[0];
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let child = firstChild[0]; child !== 0; child = nextSibling[child]) queue[tail++] = child; // they fail to the root
  for (let head = 0; head < tail; head++) {
    const state = queue[head];
    const link = fail[state];
    const mine = own[state];
    const inherited = lists[link];
    if (mine || inherited) lists[state] = mine ? (inherited ? mine.concat(inherited) : mine) : inherited;
    const row = state * width;
    delta.copyWithin(row, link * width, link * width + width);
    for (let child = firstChild[state]; child !== 0; child = nextSibling[child]) {
      const k = classOf[child];
      fail[child] = delta[row + k];
      delta[row + k] = child;
      queue[tail++] = child;
    }
  }

  const outStart = new Int32Array(stateCount + 1);
  let total = 0;
  for (let s = 0; s < stateCount; s++) {
    outStart[s] = total;
    total += lists[s]?.length ?? 0;
  }
  outStart[stateCount] = total;
  const outList = new Int32Array(total);
  for (let s = 0; s < stateCount; s++) lists[s]?.forEach((p, i) => (outList[outStart[s] + i] = p));

  return {
    next: (state, unit) => delta[state * width + classes[unit]],
    outputs: (state) => (outStart[state + 1] > outStart[state] ? outList.subarray(outStart[state], outStart[state + 1]) : null),
    stateCount,
    delta,
    classes,
    width,
    outStart,
    outList,
    spaceClass,
    skipClass,
  };
}
