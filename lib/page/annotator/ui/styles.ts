/**
 * The annotator's stylesheet, inside its shadow root, in the card's visual language. Sizes are in px
 * (rem would follow the host page's root font size); the host stays a zero-size fixed box so it never
 * shifts the page's layout, and only the floating pieces take pointer events.
 */
const LIGHT = `
  --bg: #ffffff; --fg: #1b1e24; --muted: #5f6673; --faint: #8a909c; --line: rgba(20, 25, 40, 0.12);
  --soft: #f3f4f7; --accent: #3552c8; --accent-fg: #ffffff; --accent-soft: rgba(53, 82, 200, 0.1);
  --mark: rgba(255, 196, 0, 0.35); --mark-line: #d68c00; --danger: #b42318; --danger-soft: #fdecea;
  --shadow: 0 12px 32px rgba(15, 20, 35, 0.18), 0 2px 6px rgba(15, 20, 35, 0.08);
  color-scheme: light;`;
const DARK = `
  --bg: #1e2027; --fg: #e8eaf0; --muted: #a6acb8; --faint: #7f8694; --line: rgba(255, 255, 255, 0.12);
  --soft: #272a33; --accent: #93a7ff; --accent-fg: #10131a; --accent-soft: rgba(147, 167, 255, 0.14);
  --mark: rgba(255, 200, 40, 0.22); --mark-line: #ffc828; --danger: #ff8a80; --danger-soft: rgba(255, 90, 80, 0.14);
  --shadow: 0 12px 32px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.3);
  color-scheme: dark;`;

export const ANNOTATOR_CSS = /* css */ `
:host {
  all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  display: block !important; pointer-events: none !important; contain: none !important;
}
.theme { ${LIGHT} }
.theme[data-theme='dark'] { ${DARK} }
@media (prefers-color-scheme: dark) { .theme[data-theme='system'] { ${DARK} } }

.float {
  position: fixed; pointer-events: auto; box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow);
}
.float *, .float *::before, .float *::after { box-sizing: border-box; }
button, input, textarea { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.adder { display: flex; padding: 3px; border-radius: 8px; }
.adder button {
  display: inline-flex; align-items: center; gap: 6px; border: 0; background: transparent; cursor: pointer;
  padding: 5px 10px; border-radius: 6px; font-weight: 600;
}
.adder button:hover { background: var(--accent-soft); color: var(--accent); }
.adder svg { width: 15px; height: 15px; }

.editor { width: 360px; max-width: calc(100vw - 16px); padding: 14px; }
.editor-form { display: grid; gap: 10px; margin: 0; }
.discard { display: grid; gap: 6px; }
.editor h2 { margin: 0; font-size: 14px; font-weight: 650; }
.quote {
  margin: 0; padding: 6px 10px; border-left: 3px solid var(--mark-line); background: var(--mark);
  border-radius: 0 6px 6px 0; max-height: 72px; overflow: hidden; font-size: 12.5px; color: var(--fg);
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical;
}
.field { display: grid; gap: 4px; }
.field > label, .label { font-size: 12px; font-weight: 600; color: var(--muted); }
.hint { font-weight: 400; color: var(--faint); }
textarea, .input {
  width: 100%; border: 1px solid var(--line); background: var(--soft); border-radius: 7px; padding: 7px 9px;
}
textarea { min-height: 76px; max-height: 220px; resize: vertical; }
textarea:focus, .input:focus, .chips:focus-within { outline: 2px solid var(--accent); outline-offset: 0; border-color: transparent; }
.chips {
  display: flex; flex-wrap: wrap; gap: 5px; align-items: center; border: 1px solid var(--line);
  background: var(--soft); border-radius: 7px; padding: 4px 5px; min-height: 34px;
}
.chips input { flex: 1 1 80px; min-width: 80px; border: 0; background: transparent; padding: 3px 4px; outline: none; }
.chip {
  display: inline-flex; align-items: center; gap: 3px; background: var(--accent-soft); color: var(--accent);
  border-radius: 999px; padding: 1px 4px 1px 9px; font-size: 12px; font-weight: 550; max-width: 100%;
}
.chip.entity { background: var(--mark); color: var(--fg); }
.chip button {
  border: 0; background: transparent; cursor: pointer; width: 18px; height: 18px; border-radius: 50%;
  display: inline-grid; place-items: center; padding: 0; color: inherit; opacity: 0.75;
}
.chip button:hover { opacity: 1; background: rgba(127, 127, 127, 0.2); }
.combo { position: relative; }
.listbox {
  position: absolute; left: 0; right: 0; top: calc(100% + 4px); margin: 0; padding: 4px; list-style: none;
  background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: var(--shadow);
  max-height: 200px; overflow: auto; z-index: 1;
}
.option { padding: 5px 8px; border-radius: 6px; cursor: pointer; display: flex; justify-content: space-between; gap: 8px; }
.option[aria-selected='true'] { background: var(--accent-soft); color: var(--accent); }
.option .type { color: var(--faint); font-size: 11px; text-transform: capitalize; }
.empty { padding: 5px 8px; color: var(--faint); }
.actions { display: flex; justify-content: flex-end; gap: 8px; align-items: center; }
.actions .spacer { flex: 1; color: var(--faint); font-size: 11.5px; }
.btn {
  border: 1px solid var(--line); background: var(--bg); border-radius: 7px; padding: 6px 14px; cursor: pointer;
  font-weight: 600;
}
.btn:hover { background: var(--soft); }
.btn.primary { background: var(--accent); color: var(--accent-fg); border-color: transparent; }
.btn.primary:hover { filter: brightness(1.08); }
.btn.danger { color: var(--danger); }
.btn.danger.confirm { background: var(--danger); color: #fff; border-color: transparent; }
.btn:disabled { opacity: 0.6; cursor: default; }
.error {
  margin: 0; padding: 7px 9px; border-radius: 7px; background: var(--danger-soft); color: var(--danger);
  font-size: 12.5px;
}

.editor-frame { width: 360px; max-width: calc(100vw - 16px); padding: 0; overflow: hidden; }
.editor-frame iframe { display: block; width: 100%; height: 0; border: 0; background: var(--bg); color-scheme: normal; }

.popover { width: 320px; max-width: calc(100vw - 16px); padding: 12px; display: grid; gap: 8px; }
.note { margin: 0; overflow-wrap: anywhere; max-height: 180px; overflow: auto; }
.note.none { white-space: normal; }
.lens-markdown { white-space: pre-wrap; }
.lens-markdown > * { margin: 0 0 6px; }
.lens-markdown > :last-child { margin-bottom: 0; }
.lens-markdown :is(h3, h4, h5, h6) { font-size: 13px; font-weight: 650; }
.lens-markdown :is(ul, ol) { padding-left: 20px; }
.lens-markdown blockquote { padding-left: 8px; border-left: 3px solid var(--line); color: var(--muted); }
.lens-markdown pre { white-space: pre-wrap; background: var(--soft); padding: 6px 8px; border-radius: 6px; }
.lens-markdown code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.lens-markdown a { color: var(--accent); }
.notes-nav { position: fixed; left: 8px; top: 8px; pointer-events: auto; }
.notes-nav:not(:focus-within) { clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; }
.notes-nav ol { margin: 0; padding: 6px; list-style: none; display: grid; gap: 2px; max-height: 60vh; overflow: auto; width: 300px; }
.notes-nav button { width: 100%; text-align: left; border: 0; background: transparent; padding: 4px 8px; border-radius: 6px; cursor: pointer; }
.notes-nav button:hover, .notes-nav button:focus-visible { background: var(--accent-soft); }
.note.none { color: var(--faint); font-style: italic; }
.meta { display: flex; flex-wrap: wrap; gap: 5px; }
.popover .actions .btn { padding: 4px 12px; }
.badge { font-size: 11px; color: var(--faint); }

.toast { padding: 9px 12px; max-width: 360px; bottom: 16px; right: 16px; }
.toast.error { border-color: var(--danger); color: var(--danger); background: var(--bg); }
`;

/** The editor's own page (in its frame): the same look, the editor filling the frame. */
export const EDITOR_FRAME_CSS = ANNOTATOR_CSS + /* css */ `
html, body { margin: 0; padding: 0; background: transparent; }
body { font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.theme { background: var(--bg); color: var(--fg); }
.editor.framed { position: static; width: 100%; max-width: none; border: 0; border-radius: 0; box-shadow: none; }
.editor.framed .listbox { position: static; margin-top: 4px; box-shadow: none; }
`;
