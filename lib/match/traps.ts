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
  // Shakespeare wrote 154; 1 to 9 are among the model versions below.
  return Array.from({ length: 145 }, (_, i) => `Sonnet ${i + 10}`);
}

/**
 * "Opus", "Sonnet" and "Haiku" alone stand for the model the page has named in full, but next to
 * another version number they are another model: "Opus 4.5" is not Claude Opus 4.6, "3.7 Sonnet" not
 * Claude 3.5 Sonnet. Every version from 1 to 9.9, either side; the dataset's own versions are aliases
 * of the same length and win.
 */
function otherVersions(): string[] {
  const versions = Array.from({ length: 9 }, (_, i) => String(i + 1)).flatMap((major) => [
    major,
    ...Array.from({ length: 10 }, (_, minor) => `${major}.${minor}`),
  ]);
  return ['Opus', 'Sonnet', 'Haiku'].flatMap((family) =>
    versions.flatMap((version) => [`${family} ${version}`, `${version} ${family}`]),
  );
}

export const DEFAULT_BLOCKERS: readonly string[] = [
  ...CODICES.map((name) => `Codex ${name}`),
  ...CLAUDES.map((name) => `Claude ${name}`),
  ...OTHERS,
  ...sonnets(),
  ...otherVersions(),
];
