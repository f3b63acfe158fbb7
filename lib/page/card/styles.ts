/**
 * The card's stylesheet, inside its shadow root. Sizes are in px, not rem: rem would follow the
 * host page's root font size. `:host` rules marked !important beat any page rule aimed at the host,
 * so the host stays a zero-size fixed box at the top left that never shifts the page's layout.
 */

/** The dark palette, stated once: for the dark setting, and for "system" on a dark system. */
const DARK_CARD = `
  --bg: #1e2027;
  --fg: #e8eaf0;
  --muted: #a6acb8;
  --faint: #7f8694;
  --line: rgba(255, 255, 255, 0.11);
  --soft: #272a33;
  --accent: #93a7ff;
  --accent-soft: rgba(147, 167, 255, 0.13);
  --warn: #ffc069;
  --warn-soft: rgba(255, 170, 40, 0.14);
  --shadow: 0 12px 32px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.3);
  color-scheme: dark;
`;

export const CARD_CSS = /* css */ `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  pointer-events: none !important;
  contain: none !important;
}

.card {
  --bg: #ffffff;
  --fg: #1b1e24;
  --muted: #5f6673;
  --faint: #8a909c;
  --line: rgba(20, 25, 40, 0.1);
  --soft: #f3f4f7;
  --accent: #3552c8;
  --accent-soft: rgba(53, 82, 200, 0.09);
  --warn: #9a5b00;
  --warn-soft: #fff4de;
  --shadow: 0 12px 32px rgba(15, 20, 35, 0.18), 0 2px 6px rgba(15, 20, 35, 0.08);
  color-scheme: light;
}
.card[data-theme='dark'] {${DARK_CARD}}
@media (prefers-color-scheme: dark) {
  .card[data-theme='system'] {${DARK_CARD}}
}

.card {
  position: fixed;
  left: 0;
  top: 0;
  box-sizing: border-box;
  width: 352px;
  max-width: calc(100vw - 16px);
  /* Calm, not a wall of text: longer entries scroll inside the card. */
  max-height: min(480px, calc(100vh - 16px));
  display: flex;
  flex-direction: column;
  overflow: hidden;
  pointer-events: auto;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font: 400 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  text-align: start;
  -webkit-font-smoothing: antialiased;
  cursor: auto;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.card *, .card *::before, .card *::after { box-sizing: border-box; }
.card p, .card ul, .card h2, .card h3, .card figure, .card blockquote { margin: 0; padding: 0; }
.card ul { list-style: none; }
.card button { font: inherit; color: inherit; }
.card button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }

.head {
  display: flex;
  align-items: flex-start;
  gap: 6px;
  padding: 10px 8px 0 14px;
}
.titles { flex: 1; min-width: 0; display: flex; align-items: baseline; flex-wrap: wrap; gap: 2px 8px; padding-top: 1px; }
.name { font-size: 15px; font-weight: 650; line-height: 1.3; letter-spacing: -0.01em; overflow-wrap: anywhere; }
.type {
  font-size: 10.5px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  color: var(--muted);
}
.icon-button {
  flex: none; width: 24px; height: 24px; display: inline-grid; place-items: center;
  border: 0; border-radius: 6px; background: transparent; color: var(--muted);
  font-size: 18px; line-height: 1; cursor: pointer;
}
.icon-button:hover { background: var(--soft); color: var(--fg); }

.body { padding: 4px 14px 10px; overflow-y: auto; min-height: 0; flex: 1 1 auto; }
.summary { color: var(--fg); }
.meta { margin-top: 6px !important; color: var(--muted); font-size: 12.5px; }
.why { margin: 0 0 4px !important; color: var(--muted); font-size: 11.5px; font-style: italic; }
.not-this { margin-left: 6px; padding: 0 4px; border: 0; background: none; color: var(--accent); font: inherit; font-style: normal; text-decoration: underline; cursor: pointer; }
.meta li + li { margin-top: 1px; }
.meta .past { color: var(--faint); }
.muted { color: var(--faint); }
.link {
  border: 0; padding: 0; background: none; cursor: pointer; color: var(--accent) !important;
  font-weight: 550; text-decoration: none;
}
.link:hover { text-decoration: underline; }

.facts { margin-top: 10px !important; border-top: 1px solid var(--line); }
.fact {
  display: grid; grid-template-columns: 62px minmax(0, 1fr); gap: 8px;
  padding: 7px 0; border-bottom: 1px solid var(--line);
}
.fact-when { display: flex; flex-direction: column; align-items: flex-start; gap: 3px; }
.fact-when .badge { margin-inline-end: 0; }
.fact-when time { color: var(--faint); font-size: 11.5px; line-height: 1.6; font-variant-numeric: tabular-nums; white-space: nowrap; }
.fact-text { overflow-wrap: anywhere; }
.quote blockquote { font-style: italic; overflow-wrap: anywhere; }
.quote figcaption { color: var(--muted); font-size: 12px; margin-top: 2px; }

.sources { display: flex; flex-wrap: wrap; gap: 3px; margin-top: 3px; }
.source {
  display: inline-block; max-width: 140px; overflow: hidden; text-overflow: ellipsis;
  padding: 0 5px; border-radius: 4px;
  background: var(--soft); color: var(--muted);
  font-size: 10.5px; font-style: normal; font-weight: 500; line-height: 16px; white-space: nowrap;
  cursor: help;
}
.badge {
  display: inline-block; margin-inline-end: 6px; padding: 0 6px; border-radius: 4px;
  font-size: 10.5px; font-weight: 650; line-height: 16px; letter-spacing: 0.02em; vertical-align: 1px;
}
.badge-warn { background: var(--warn-soft); color: var(--warn); }
.dispute { margin-top: 5px; padding: 5px 8px; border-inline-start: 2px solid var(--warn); background: var(--warn-soft); border-radius: 0 6px 6px 0; font-size: 12.5px; }
.claims li { position: relative; padding-inline-start: 10px; }
.claims li::before { content: '•'; position: absolute; inset-inline-start: 0; color: var(--warn); }
.dispute-note {
  margin-top: 3px !important; color: var(--muted); font-size: 12px;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden;
}

.more {
  display: block; margin-top: 6px; padding: 2px 0; border: 0; background: none; cursor: pointer;
  color: var(--accent) !important; font-size: 12.5px; font-weight: 550;
}
.more:hover { text-decoration: underline; }

.related { margin-top: 10px; }
.section-title { font-size: 10.5px; font-weight: 650; letter-spacing: 0.05em; text-transform: uppercase; color: var(--faint); margin-bottom: 5px !important; }
.related ul { display: flex; flex-wrap: wrap; gap: 5px; }
.chip {
  display: inline-flex; align-items: baseline; gap: 4px; max-width: 100%;
  padding: 2px 8px; border: 1px solid var(--line); border-radius: 999px; background: var(--bg);
  font-size: 12px; font-weight: 550; cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.chip:hover { border-color: var(--accent); color: var(--accent); }
.chip-relation { color: var(--faint); font-weight: 400; font-size: 11px; }

.card .freshness { flex: none; padding: 4px 14px; border-top: 1px solid var(--line); color: var(--faint); font-size: 11px; }

.your-notes { margin-top: 10px; }
.your-note { padding: 6px 0; border-top: 1px solid var(--line); }
.your-note-quote { color: var(--muted); font-style: italic; overflow-wrap: anywhere; border-inline-start: 2px solid var(--line); padding-inline-start: 6px; }
.your-note-text { margin-top: 2px !important; overflow-wrap: anywhere; white-space: pre-wrap; }
.your-note-text > * { margin: 0 0 4px; }
.your-note-text > :last-child { margin-bottom: 0; }
.card .your-note-text :is(ul, ol) { padding-inline-start: 18px; }
.card .your-note-text ul { list-style: disc; }
.card .your-note-text blockquote { padding-inline-start: 6px; border-inline-start: 2px solid var(--line); color: var(--muted); }
.your-note-text :is(h3, h4, h5, h6) { margin: 0 0 4px; font-size: 1em; font-weight: 650; }
.your-note-text pre { margin: 0; white-space: pre-wrap; background: var(--soft); padding: 4px 6px; border-radius: 4px; }
.your-note-text code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.your-note-text a { color: var(--accent); }
.your-note-meta { margin-top: 2px !important; font-size: 12px; }

.actions {
  display: flex; gap: 6px; padding: 8px 14px 10px; border-top: 1px solid var(--line); background: var(--soft);
}
.action {
  padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg);
  font-size: 12.5px; font-weight: 550; cursor: pointer;
}
.action:hover { border-color: var(--accent); }
.action.primary { background: var(--accent); border-color: var(--accent); color: var(--bg) !important; }
.action.primary:hover { filter: brightness(1.08); }

.sr-only {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;
