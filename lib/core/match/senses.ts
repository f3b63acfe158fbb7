/**
 * The other senses of the ambiguous names: words that, near "Cursor" or "Windsurf", say the text means
 * the ordinary thing (a mouse pointer, a sail board), whatever the page is about. They are keyed by the
 * word, not by an entity, since they belong to English: a person's own dataset with an alias "Cursor"
 * gets them too. They go into the automaton with the aliases (no second pass over the text).
 *
 * Words are chosen to be rare near the product: "board" is left out of windsurfing's list because
 * "Windsurf's board approved the deal" is news, "moved" out of the cursor's because "Cursor moved to
 * usage-based pricing" is too.
 */
export const OTHER_SENSES: Readonly<Record<string, readonly string[]>> = {
  cursor: [
    'mouse', 'pointer', 'pointers', 'caret', 'blink', 'blinks', 'blinking', 'blinked', 'movement', 'arrow keys',
    'hover', 'hovering', 'sql', 'sqlite', 'database', 'databases', 'query', 'queries', 'execute', 'fetchall',
    'fetchone', 'recordset', 'jdbc', 'psycopg', 'psycopg2', 'calendar',
  ],
  windsurf: [
    'windsurfing', 'windsurfer', 'windsurfers', 'surfing', 'surf', 'sail', 'sails', 'sailing', 'wetsuit',
    'wetsuits', 'beach', 'lake', 'lesson', 'lessons', 'kitesurfing', 'waves', 'gust', 'gusts', 'holiday',
    'holidays', 'rents', 'rental', 'centre',
  ],
  codex: [
    'manuscript', 'manuscripts', 'medieval', 'vellum', 'parchment', 'scribe', 'scribes', 'bible', 'biblical',
    'gospel', 'gospels', 'monastery', 'folio', 'folios', 'illuminated', 'statute', 'statutes', 'antiquity',
  ],
  notion: ['vague', 'preconceived', 'mistaken', 'faintest'],
  cognition: [
    'psychology', 'psychological', 'perception', 'memory', 'brain', 'brains', 'cognitive', 'neuroscience',
    'mental', 'emotion', 'emotions', 'consciousness',
  ],
  copilot: [
    'pilot', 'pilots', 'captain', 'cockpit', 'flight', 'flights', 'aircraft', 'airline', 'airlines', 'plane',
    'planes', 'aviation', 'rally', 'navigator',
  ],
  claude: ['impressionist', 'composer', 'footballer', 'midfielder', 'painter', 'novelist'],
  jam: [
    'strawberry', 'raspberry', 'apricot', 'toast', 'jar', 'jars', 'fruit', 'sugar', 'marmalade', 'preserve',
    'preserves', 'traffic', 'session', 'sessions', 'band', 'gig', 'jelly', 'recipe',
  ],
  wired: ['headphones', 'earbuds', 'ethernet', 'cable', 'cables', 'keyboard', 'connection', 'charger'],
  sonnet: ['poem', 'poems', 'poet', 'poetry', 'shakespeare', 'petrarch', 'rhyme', 'verse', 'stanza'],
  opus: ['symphony', 'composer', 'concerto', 'sonata', 'quartet', 'beethoven', 'mozart', 'brahms'],
};
