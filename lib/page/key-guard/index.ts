/**
 * Keys typed between the editor opening and its frame having focus. The editor's frame is where a
 * note is typed out of the page's hearing, but it takes a moment to load and to take focus, and until
 * then keys go to the page, whose listeners would hear the first words of the note. So a script of
 * ours that runs before any of the page's (entrypoints/early.ts, document_start) puts listeners
 * first on the page's window, in the capture phase, for every keyboard, input and composition event.
 * They do nothing until the annotator asks them to hold; then every key the page would get is stopped
 * there, before any listener of the page, and what it would have typed is kept for the editor.
 *
 * The two scripts share the content scripts' isolated world (not the page's), so the page can
 * neither see nor switch the guard.
 */

const GUARD = Symbol.for('ai-industry-lens/key-guard');

export interface KeyHold {
  /** What was typed since the hold began (or since the last take). */
  take(): string;
  /** Lets keys through to the page again. */
  release(): void;
}

interface KeyGuard {
  hold(): KeyHold;
}

const STOPPED = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/**
 * Events by which the person goes back to the page: every hold lets go. A press is heard as the
 * mouse's (touch and pen send it too): a `pointerdown` listener in every frame would look like the
 * pointer listeners that frames with no name are meant not to have (the hover card's).
 */
const LET_GO = ['mousedown', 'focusin'] as const;

/**
 * The attribute every host of the extension's own UI carries: lib/page/scan's LENS_UI_ATTRIBUTE,
 * written out because importing it brings that module's start-up work into the early script, which
 * runs in every frame.
 */
const OWN_UI = 'data-ai-industry-lens';

function isOwnUi(target: EventTarget | null): boolean {
  return typeof (target as Element | null)?.hasAttribute === 'function' && (target as Element).hasAttribute(OWN_UI);
}

/** The text a key would have typed into an empty field, applied to `text`. */
export function typeKey(text: string, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'>): string {
  if (event.isComposing) return text;
  // Ctrl+Alt is AltGr on some keyboards, which types characters.
  const command = event.metaKey || (event.ctrlKey && !event.altKey);
  if (command) return text;
  if ([...event.key].length === 1) return text + event.key;
  if (event.key === 'Enter') return `${text}\n`;
  if (event.key === 'Tab') return text;
  if (event.key === 'Backspace') return [...text].slice(0, -1).join('');
  return text;
}

/** Installs the guard on `win` (the early script, once per frame). */
export function installKeyGuard(win: Window & typeof globalThis): void {
  const scope = win as unknown as Record<symbol, KeyGuard | undefined>;
  if (scope[GUARD]) return;
  const holds = new Set<{ text: string }>();
  const onEvent = (event: Event) => {
    if (!holds.size || !event.isTrusted) return;
    if (event.type === 'keydown') {
      for (const hold of holds) hold.text = typeKey(hold.text, event as KeyboardEvent);
      event.preventDefault();
    } else if (event.type === 'compositionend') {
      // What an input method composed (its keys type nothing on their own: typeKey leaves them to it).
      const data = (event as CompositionEvent).data ?? '';
      for (const hold of holds) hold.text += data;
    }
    event.stopImmediatePropagation();
  };
  for (const type of STOPPED) win.addEventListener(type, onEvent, true);
  // The person going back to the page lets go of every hold: a press anywhere in it, or focus moving to
  // one of its elements (the page's own focus() too). Heard here, first on the window, where no
  // listener of the page can stop them, so a page that moves focus itself never has what is typed into
  // it taken for the note. (A page that cancels pointerdown suppresses mousedown; the focus a press
  // gives a field still lets go.) Our own UI is not the page: a press on it, or focus entering the
  // editor's frame, arrives at the window as one on its host.
  const letGo = (event: Event) => {
    if (!holds.size || !event.isTrusted) return;
    if (isOwnUi(event.target)) return;
    holds.clear();
  };
  for (const type of LET_GO) win.addEventListener(type, letGo, true);
  scope[GUARD] = {
    hold() {
      const hold = { text: '' };
      holds.add(hold);
      return {
        take() {
          const text = hold.text;
          hold.text = '';
          return text;
        },
        release: () => void holds.delete(hold),
      };
    },
  };
}

/** A hold nobody released (an editor that never showed) lets go by itself after this long. */
const HOLD_AT_MOST_MS = 10_000;

/** Starts holding the keys the page would get; without the early script (not installed), holds nothing. */
export function holdKeys(): KeyHold {
  const guard = (window as unknown as Record<symbol, KeyGuard | undefined>)[GUARD];
  const hold = guard?.hold();
  if (!hold) return { take: () => '', release: () => undefined };
  const timer = setTimeout(hold.release, HOLD_AT_MOST_MS);
  return {
    take: hold.take,
    release() {
      clearTimeout(timer);
      hold.release();
    },
  };
}
