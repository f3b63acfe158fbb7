/**
 * Context terms that belong to all software and business writing, not to AI: "developer", "API",
 * "open source", "terminal", "startup". Near an ambiguous core name ("Cursor") they still help, since
 * the other senses are named apart (lib/core/match/senses.ts); but they never make a peripheral entity's
 * sentence about AI: "Google" next to "API" on an OAuth library's page, or "Microsoft" next to
 * "developers", is about Google or Microsoft, not about the race. Keyed by the folded term, so a
 * person's own dataset listing "developer" gets the same treatment.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  'developer', 'developers', 'software engineer', 'software engineers', 'programming', 'programmer',
  'coding', 'code completion', 'autocomplete', 'command line', 'terminal', 'codebase', 'code repository',
  'open source', 'api', 'enterprise', 'startup', 'silicon valley', 'ide', 'code editor', 'model', 'models',
  'benchmark', 'benchmarks', 'annualized revenue', 'run rate', 'inference', 'prompt',
  // Peripheral names are terms too; one peripheral entity is never evidence for another.
  'microsoft', 'github', 'google',
]);
