/**
 * Aho-Corasick over UTF-16 units: one pass over the text finds every occurrence of every pattern, so
 * the cost follows the page's length, not the number of aliases.
 *
 * The automaton is a transition table (a DFA: failure links folded in) over "classes": each unit that
 * occurs in some pattern gets a class, every other unit shares class 0, which always leads back
 * towards the root. Reading a character is then two array loads, with no failure-link loop and no
 * hashing. Outputs include those reached through suffix links, so a state lists every pattern ending
 * there.
 *
 * It is built in two steps. `automatonParts` works out the trie, the failure links and the output
 * lists: plain data, worked out at build time for the bundled dataset (it travels in the matcher's
 * snapshot, scripts/matcher-snapshot-plugin.ts), since every frame with text needs an automaton and its
 * loops run there once, slowly. `automatonFrom` turns the parts into the table the matcher reads.
 *
 * The table is filled as it is read: an entry starts as UNRESOLVED (0, as a new table holds, so the
 * table costs no pass to prepare) and is worked out (from the trie and the failure links) the first
 * time a text steps through it, then kept. A page reads only a small part of a table of thousands of
 * states.
 */
export interface Automaton {
  /** The state after reading `unit` in `state` (0 is the root). */
  next(state: number, unit: number): number;
  /** Pattern indexes that end in `state`, or null. */
  outputs(state: number): Int32Array | null;
  readonly stateCount: number;
  /**
   * The table itself, for the matcher's hot loop: rows[row + classes[unit]] is the next state's row,
   * negative where some pattern ends in the next state, UNRESOLVED where not worked out yet:
   * `resolve(row, class)` then works it out, stores it and returns it. State s has the row
   * (s + 1) * width (`root` for the root), so no entry is 0.
   */
  readonly rows: Int32Array;
  readonly root: number;
  resolve(row: number, cls: number): number;
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

/**
 * The automaton as plain data (JSON-safe): what `automatonFrom` needs, with every loop over the
 * patterns already run. States are numbered as the trie made them; the root is 0.
 */
export interface AutomatonParts {
  fold: boolean;
  /** The distinct units of the patterns in class order: class i + 1 is units[i]. */
  units: number[];
  /** The trie: each state's first child, next sibling and class (the class it is reached by). */
  firstChild: number[];
  nextSibling: number[];
  classOf: number[];
  /** Each state's failure link. */
  fail: number[];
  /** outList[outStart[s] .. outStart[s + 1]) are the patterns ending in state s (suffixes included). */
  outStart: number[];
  outList: number[];
}

/** A table entry not worked out yet: a new Int32Array's own 0, since no state's row is 0. */
export const UNRESOLVED = 0;

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
  return automatonFrom(automatonParts(patterns, options));
}

/** The class of each unit: 0 for "no pattern has this unit", then one per distinct unit, with folding. */
function classTable(units: readonly number[], fold: boolean) {
  const classes = new Uint16Array(0x10000);
  let width = 1;
  for (const unit of units) classes[unit] = width++;
  let spaceClass = -1;
  let skipClass = -1;
  if (fold) {
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
  return { classes, width, spaceClass, skipClass };
}

/** The trie, its failure links and output lists of `patterns`, as plain data. */
export function automatonParts(patterns: readonly string[], options: AutomatonOptions = {}): AutomatonParts {
  const fold = options.fold === true;
  const units: number[] = [];
  const seen = new Set<number>();
  let totalLength = 0;
  for (const pattern of patterns) {
    totalLength += pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!seen.has(unit)) {
        seen.add(unit);
        units.push(unit);
      }
    }
  }
  const { classes, width } = classTable(units, fold);
  const trie = buildTrie(patterns, classes, width, totalLength);
  const { firstChild, nextSibling, classOf, own, stateCount } = trie;
  const childOf = childFinder(trie);

  // Failure links and output lists, breadth first (a state's link is shallower, so it is done first).
  const fail = new Int32Array(stateCount);
  const lists: (number[] | null)[] = new Array(stateCount).fill(null);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let child = firstChild[0]; child !== 0; child = nextSibling[child]) {
    lists[child] = own[child]; // they fail to the root
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head];
    for (let child = firstChild[state]; child !== 0; child = nextSibling[child]) {
      const k = classOf[child];
      let link = fail[state];
      let to = childOf(link, k);
      while (to === 0 && link !== 0) to = childOf((link = fail[link]), k);
      fail[child] = to;
      const mine = own[child];
      const inherited = lists[to];
      lists[child] = mine ? (inherited ? mine.concat(inherited) : mine) : inherited;
      queue[tail++] = child;
    }
  }

  const outStart: number[] = [];
  const outList: number[] = [];
  for (let s = 0; s < stateCount; s++) {
    outStart.push(outList.length);
    const list = lists[s];
    if (list) outList.push(...list);
  }
  outStart.push(outList.length);
  return {
    fold,
    units,
    firstChild: Array.from(firstChild.subarray(0, stateCount)),
    nextSibling: Array.from(nextSibling.subarray(0, stateCount)),
    classOf: Array.from(classOf.subarray(0, stateCount)),
    fail: Array.from(fail),
    outStart,
    outList,
  };
}

interface Trie {
  firstChild: Int32Array;
  nextSibling: Int32Array;
  classOf: Int32Array;
  rootChild: Int32Array;
}

/** A state's child by class: the root's directly, any other's by a walk along its siblings (a handful). */
function childFinder({ firstChild, nextSibling, classOf, rootChild }: Trie) {
  return (state: number, k: number): number => {
    if (state === 0) return rootChild[k];
    let child = firstChild[state];
    while (child !== 0 && classOf[child] !== k) child = nextSibling[child];
    return child;
  };
}

/** The automaton the matcher reads, from its parts: typed arrays and the table, with no loop over the patterns. */
export function automatonFrom(parts: AutomatonParts): Automaton {
  const { classes, width, spaceClass, skipClass } = classTable(parts.units, parts.fold);
  const stateCount = parts.fail.length;
  const firstChild = Int32Array.from(parts.firstChild);
  const nextSibling = Int32Array.from(parts.nextSibling);
  const classOf = Int32Array.from(parts.classOf);
  const fail = Int32Array.from(parts.fail);
  const outStart = Int32Array.from(parts.outStart);
  const outList = Int32Array.from(parts.outList);
  const rootChild = new Int32Array(width);
  for (let child = firstChild[0]; child !== 0; child = nextSibling[child]) rootChild[classOf[child]] = child;
  const childOf = childFinder({ firstChild, nextSibling, classOf, rootChild });

  const rows = new Int32Array((stateCount + 1) * width);
  const encode = (state: number) => (outStart[state + 1] > outStart[state] ? -(state + 1) * width : (state + 1) * width);
  /**
   * The entry for (row, class), worked out and stored: the trie's child, else the failure link's
   * entry (itself worked out if need be). Folded text steps over an invisible unit, and over a space
   * in a state reached by a space (a run of spaces reads as one): the state stays, and reports nothing
   * again. A failure link never ends in a space unless the state does, so the link's entry is its own.
   */
  const resolve = (row: number, k: number): number => {
    const known = rows[row + k];
    if (known !== UNRESOLVED) return known;
    const state = row / width - 1;
    let entry: number;
    if (k === skipClass || (k === spaceClass && state !== 0 && classOf[state] === spaceClass)) entry = row;
    else {
      const child = childOf(state, k);
      entry = child !== 0 ? encode(child) : state === 0 ? width : resolve((fail[state] + 1) * width, k);
    }
    return (rows[row + k] = entry);
  };
  // The root's row is read at nearly every unit of a page: worked out at once.
  for (let k = 0; k < width; k++) resolve(width, k);

  return {
    next: (state, unit) => Math.abs(resolve((state + 1) * width, classes[unit])) / width - 1,
    outputs: (state) => (outStart[state + 1] > outStart[state] ? outList.subarray(outStart[state], outStart[state + 1]) : null),
    stateCount,
    rows,
    root: width,
    resolve,
    classes,
    width,
    outStart,
    outList,
    spaceClass,
    skipClass,
  };
}

/**
 * The trie: each state's children as a list (first child, next sibling, class), found by a walk along
 * the siblings (a handful below the first letters); the root's children by class directly. Counting
 * states first means the arrays are allocated once, at their largest size. States are numbered in the
 * order they are made; `automatonParts` keeps that order.
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
  return { firstChild, nextSibling, classOf, rootChild, own, stateCount };
}
