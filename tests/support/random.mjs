/**
 * Seeded randomness for property tests and generated benchmark pages: the same seed gives the same
 * sequence on every run and machine, so a failing case fails again and a benchmark reads the same text.
 * Plain JavaScript so both vitest and the benchmarks (run by node as is) import it.
 */

/** mulberry32: a small, fast generator of numbers in [0, 1). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters drawn from `alphabet`. */
export function randomString(random, alphabet, length) {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}
