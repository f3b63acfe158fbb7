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
  /**
   * The table itself, for the matcher's hot loop: rows[row + classes[unit]] is the next state's row
   * (state * width), negative where some pattern ends in the next state.
   */
  readonly rows: Int32Array;
  readonly classes: Uint16Array;
  readonly width: number;
  /** outList[outStart[s] .. outStart[s + 1]) are the patterns ending in state s. */
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
  /** With `fold`: the class every spacing unit reads as (-1 without). */
  readonly spaceClass: number;
  /**
   * With `fold`: the class of units to step over as if absent (soft hyphen, zero-width space), -1
   * without. They (and a space after a space) leave the state as it is.
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

  const { firstChild, nextSibling, classOf, own, stateCount } = buildTrie(patterns, classes, width, totalLength);

  // The table as the matcher's hot loop reads it: rows[state * width + class] is the next state's
  // row offset (next * width), negative where some pattern ends in that state. Breadth first: a
  // state's suffix link is shallower, so its row is complete before it is copied; a row is its
  // suffix link's row (one native copy) with the state's own children written over it.
  const rows = new Int32Array(stateCount * width);
  const fail = new Int32Array(stateCount);
  const lists: (number[] | null)[] = new Array(stateCount).fill(null);
  const encode = (state: number) => (lists[state] ? -state * width : state * width);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let child = firstChild[0]; child !== 0; child = nextSibling[child]) {
    lists[child] = own[child]; // they fail to the root
    rows[classOf[child]] = encode(child);
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head];
    const row = state * width;
    const link = fail[state];
    rows.copyWithin(row, link * width, link * width + width);
    for (let child = firstChild[state]; child !== 0; child = nextSibling[child]) {
      const k = classOf[child];
      const childLink = Math.abs(rows[row + k]) / width;
      fail[child] = childLink;
      const mine = own[child];
      const inherited = lists[childLink];
      lists[child] = mine ? (inherited ? mine.concat(inherited) : mine) : inherited;
      rows[row + k] = encode(child);
      queue[tail++] = child;
    }
  }
  if (options.fold) foldRuns(rows, stateCount, width, spaceClass, skipClass);

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
    next: (state, unit) => Math.abs(rows[state * width + classes[unit]]) / width,
    outputs: (state) => (outStart[state + 1] > outStart[state] ? outList.subarray(outStart[state], outStart[state + 1]) : null),
    stateCount,
    rows,
    classes,
    width,
    outStart,
    outList,
    spaceClass,
    skipClass,
  };
}

/**
 * Folded text: an invisible unit leaves every state as it is; so does a space in a state just reached
 * by a space (a run of spaces, new lines and no-break spaces reads as one space, as in the alias).
 * No pattern ends in a space, so those states have no outputs to report twice.
 */
function foldRuns(rows: Int32Array, stateCount: number, width: number, spaceClass: number, skipClass: number): void {
  // Read every state's step on a space before any is changed.
  const afterSpace = new Int32Array(stateCount);
  for (let state = 0; state < stateCount; state++) afterSpace[state] = Math.abs(rows[state * width + spaceClass]) / width;
  for (let state = 0; state < stateCount; state++) {
    rows[state * width + skipClass] = state * width;
    const next = afterSpace[state];
    if (next !== 0) rows[next * width + spaceClass] = next * width;
  }
}

/**
 * The trie: each state's children as a list (first child, next sibling, class), found by a walk along
 * the siblings (a handful below the first letters); the root's children by class directly. Counting
 * states first means the automaton's table is allocated once, at its final size.
 */
function buildTrie(patterns: readonly string[], classes: Uint16Array, width: number, totalLength: number) {
  const cap = totalLength + 1;
  const firstChild = new Int32Array(cap);
  const nextSibling = new Int32Array(cap);
  const classOf = new Int32Array(cap);
  const rootChild = new Int32Array(width);
  const own: (number[] | null)[] = [null];
  let stateCount = 1;
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const k = classes[pattern.charCodeAt(i)];
      let child = state === 0 ? rootChild[k] : firstChild[state];
      if (state !== 0) while (child !== 0 && classOf[child] !== k) child = nextSibling[child];
      if (child === 0) {
        child = stateCount++;
        classOf[child] = k;
        nextSibling[child] = firstChild[state];
        firstChild[state] = child;
        if (state === 0) rootChild[k] = child;
        own.push(null);
      }
      state = child;
    }
    (own[state] ??= []).push(index);
  });
  return { firstChild, nextSibling, classOf, own, stateCount };
}
