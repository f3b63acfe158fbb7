/** Types of ./random.mjs (seeded randomness shared by the tests and the benchmarks). */
export function seeded(seed: number): () => number;
export function randomString(random: () => number, alphabet: string, length: number): string;
