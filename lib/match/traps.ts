/**
 * Phrases in which an AI name is an ordinary word or someone else's name. They go into the automaton
 * as "blockers": where a blocker is the longest match, the shorter alias inside it does not count
 * ("Codex Sinaiticus" is a manuscript, "Claude Monet" a painter, "Sonnet 18" a poem). A dataset alias
 * of the same length wins over a blocker, so a real model name is never blocked.
 */
const CODICES = [
  'Sinaiticus', 'Vaticanus', 'Alexandrinus', 'Leicester', 'Atlanticus', 'Gigas', 'Seraphinianus',
  'Alimentarius', 'Regius', 'Mendoza', 'Borgia', 'Argenteus', 'Amiatinus', 'Bezae', 'Justinianus',
  'Theodosianus', 'Calixtinus', 'Boturini', 'Zouche-Nuttall', 'Magliabechiano', 'Manesse', 'Arundel',
];
const CLAUDES = [
  'Monet', 'Debussy', 'Shannon', 'Lévi-Strauss', 'Levi-Strauss', 'Lorrain', 'Chabrol', 'Van Damme',
  'Rains', 'Makélélé', 'Makelele', 'François', 'Francois', 'Bernard', 'Nicollier', 'Lelouch', 'Chappe',
  'Hopkins', 'Pepper', 'Perrault', 'Bolling', 'Nougaro', 'Brasseur', 'Cahun', 'McKay', 'Berri', 'Vivier',
];
const OTHERS = [
  'Jean-Claude', 'Uncle Sam', 'Magnum Opus', 'Opus Dei', 'Pearl Jam', 'traffic jam', 'Usain Bolt', 'lightning bolt',
  'Project Gemini', 'Gemini spacecraft', 'Gemini capsule', 'Gemini Observatory', 'Gemini horoscope',
  'Gemini season', 'Gemini zodiac', 'mistral wind', 'warp speed', 'warp drive', 'Grok Island',
  'Star Trek', 'haiku poem', 'haiku poems', 'Kiro Island',
];

function sonnets(): string[] {
  // Shakespeare wrote 154; model names ("Sonnet 4.5") are longer or listed in the dataset, and win.
  // 1 to 5 are left out: bare "Sonnet 4" or "Sonnet 5" on a page is more likely a model than a poem
  // (and a bare model word next to a version number is never the dataset's model: see the matcher).
  return Array.from({ length: 149 }, (_, i) => `Sonnet ${i + 6}`);
}

export const DEFAULT_BLOCKERS: readonly string[] = [
  ...CODICES.map((name) => `Codex ${name}`),
  ...CLAUDES.map((name) => `Claude ${name}`),
  ...OTHERS,
  ...sonnets(),
];
