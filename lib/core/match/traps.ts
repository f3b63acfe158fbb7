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
/**
 * Other products and buttons of the big companies: "Google Play" is not Google, "Sign in with Google" is
 * a button, and "Microsoft Copilot" is not GitHub Copilot.
 */
const GOOGLE = [
  'Play', 'Play Store', 'Docs', 'Sheets', 'Slides', 'Drive', 'Maps', 'Pay', 'Wallet', 'Meet', 'Calendar',
  'Photos', 'Translate', 'Chrome', 'Fonts', 'Analytics', 'Ads', 'AdSense', 'Tag Manager', 'News', 'Scholar',
  'Books', 'Earth', 'Forms', 'Keep', 'Sites', 'Home', 'Nest', 'Pixel', 'Workspace', 'Voice', 'Lens',
  'Classroom', 'Groups', 'Street View', 'Shopping', 'Finance', 'Flights', 'Hotels', 'Podcasts', 'TV',
  'Search Console', 'reCAPTCHA', 'Account', 'Plus', 'Cloud', 'Search', 'Antigravity', 'AI Studio', 'Colab',
  'Vertex AI', 'Developers',
];
const MICROSOFT = [
  'Store', 'Teams', 'Office', 'Word', 'Excel', 'PowerPoint', 'Outlook', 'Edge', 'Windows', 'Xbox', 'Account',
  'Authenticator', 'Bing', 'OneDrive', 'Exchange', 'SharePoint', 'Surface', 'Paint', 'Flight Simulator',
  'Copilot', '365', '365 Copilot', 'Defender', 'Dynamics', 'Intune', 'Entra', 'Forms', 'To Do', 'Rewards',
  'Azure', 'Visual Studio', 'Learn',
];
/** GitHub's other products, and GitHub as the site that hosts code ("a GitHub repository"). */
const GITHUB = [
  'Release', 'Releases', 'Actions', 'CLI', 'workflow', 'workflows', 'repository', 'repositories', 'repo',
  'repos', 'URL', 'URLs', 'username', 'account', 'documentation', 'docs', 'Marketplace', 'Enterprise',
  'Issues', 'issue', 'Discussions', 'Codespaces', 'Packages', 'Desktop', 'Gist', 'Pages', 'Sponsors',
];
const SIGN_IN = ['Sign in with', 'Sign up with', 'Log in with', 'Login with', 'Continue with', 'Connect with'];
const BUTTONS = [
  ...SIGN_IN.flatMap((verb) => ['Google', 'Microsoft', 'GitHub', 'Apple', 'OpenAI'].map((who) => `${verb} ${who}`)),
  'Google+', '© Google', '© Microsoft', 'Ads by Google', 'Powered by Google', 'Enhanced by Google',
  'Windows Copilot', 'Bing Copilot', 'Edge Copilot', 'Copilot Pro', 'Copilot+ PC', 'Copilot+ PCs',
  'Copilot Studio', 'Security Copilot', 'Copilot in Windows', 'Copilot for Microsoft 365', 'Copilot Vision',
];
/** A library's class or client object written as prose: "the `OpenAI` class", "the `Anthropic` client". */
const CLASSES = ['OpenAI', 'Anthropic'].flatMap((name) => [`${name} class`, `${name} client`]);
const OTHERS = [
  'anthropic principle', 'anthropic principles', 'Claude E. Shannon', 'Claude Elwood Shannon',
  'notion of', 'notion that', 'Codex of',
  // Other companies' Windsurf deals are not OpenAI's (the dataset names OpenAI's in full).
  "Cognition's Windsurf deal", "Cognition's Windsurf acquisition", "Google's Windsurf deal",
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
  // The same people in an index or a reference list: "Shannon, Claude".
  ...CLAUDES.map((name) => `${name}, Claude`),
  ...GOOGLE.map((name) => `Google ${name}`),
  ...MICROSOFT.map((name) => `Microsoft ${name}`),
  ...GITHUB.map((name) => `GitHub ${name}`),
  ...BUTTONS,
  ...CLASSES,
  ...OTHERS,
  ...sonnets(),
];
