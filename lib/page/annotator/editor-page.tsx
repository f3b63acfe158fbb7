/**
 * The note editor's own page (entrypoints/annotation-editor): waits for the content script's port,
 * checks its secret, then shows the editor and reports its height, draft, Save and Cancel over the
 * port. The entity search runs here, on the current dataset (the bundled one and the person's own), so
 * it follows a dataset change without a reload.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Dataset } from '../../core/dataset/types';
import { entitySearchFor } from '../../core/search';
import { watchActiveDataset } from '../../platform/userdata';
import { frameSecretKey, type EditorOpen, type FromFrame, type ToFrame } from './editor-protocol';
import { Editor } from './ui/Editor';
import type { EntityOption } from './ui/EntityPicker';

async function secretMatches(key: string, secret: unknown): Promise<boolean> {
  if (!key || typeof secret !== 'string' || !secret) return false;
  const stored = (await browser.storage.local.get(frameSecretKey(key)))[frameSecretKey(key)];
  if (stored !== secret) return false;
  await browser.storage.local.remove(frameSecretKey(key));
  return true;
}

/**
 * Runs `then` once no key is held down, so the keys that saved or cancelled (Ctrl+Enter, Escape) are
 * released here, in the frame, and not on the page once the frame is gone.
 */
function afterKeysReleased(then: () => void): void {
  const held = new Set<string>();
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    if (done) return;
    done = true;
    removeEventListener('keyup', onKeyUp, true);
    clearTimeout(timer);
    then();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    held.delete(event.code);
    if (!held.size) finish();
  };
  for (const [code, down] of pressed) if (down) held.add(code);
  if (!held.size) return finish();
  addEventListener('keyup', onKeyUp, true);
  // A key released outside the frame never comes back here: close anyway.
  timer = setTimeout(finish, 1500);
}

const pressed = new Map<string, boolean>();
addEventListener('keydown', (event) => pressed.set(event.code, true), true);
addEventListener('keyup', (event) => pressed.set(event.code, false), true);
addEventListener('blur', () => pressed.clear());

function show(root: HTMLElement, port: MessagePort, open: EditorOpen, search: (q: string) => EntityOption[]): void {
  const send = (message: FromFrame) => port.postMessage(message);
  const base = (open.draft ?? open.initial).note;
  let inserted = '';
  /**
   * Text typed before the editor had focus (held from the page, lib/page/key-guard) goes in after what the editor
   * opened with and before anything typed here since (focus may have reached this frame first).
   */
  const insertTyped = (typed: string) => {
    const note = root.querySelector<HTMLTextAreaElement>('textarea');
    if (!note || !typed) return;
    const at = note.value.startsWith(base + inserted) ? base.length + inserted.length : note.value.length;
    const caret = note.selectionEnd >= at ? note.selectionEnd + typed.length : note.selectionEnd;
    note.setRangeText(typed, at, at);
    note.setSelectionRange(caret, caret);
    note.dispatchEvent(new Event('input', { bubbles: true }));
    inserted += typed;
  };
  /**
   * The note field takes focus, the caret at the end of its text, unless something in the editor has
   * it already (a field the person clicked into keeps it).
   */
  const focusNote = () => {
    if (document.activeElement !== document.body) return;
    const note = root.querySelector<HTMLTextAreaElement>('textarea');
    note?.focus({ preventScroll: true });
    note?.setSelectionRange(note.value.length, note.value.length);
  };
  // The frame goes a task after the click or key that closed it has been handled: removed while the
  // browser still waits for the frame to acknowledge that input event, the event's sender was seen to
  // hang (a test driver's click did, for 30 s).
  const close = () => afterKeysReleased(() => setTimeout(() => send({ type: 'close' }), 0));
  let answer: ((error: string | null) => void) | null = null;
  port.onmessage = (event: MessageEvent<ToFrame>) => {
    if (event.data?.type === 'focus') {
      // The frame has focus in the page (the page side focuses it first): the note field takes it, and
      // what was typed before goes in.
      focusNote();
      insertTyped(event.data.typed ?? '');
      document.documentElement.dataset.state = 'ready';
      send({ type: 'focused' });
    }
    if (event.data?.type === 'typed') insertTyped(event.data.typed);
    if (event.data?.type !== 'saved') return;
    answer?.(event.data.error);
    if (event.data.error === null) close();
  };
  render(
    <div class="theme" data-theme={open.theme}>
      <Editor
        framed
        anchor={{ left: 0, top: 0, right: 0, bottom: 0 }}
        quote={open.quote}
        mode={open.mode}
        initial={open.initial}
        draft={open.draft}
        onDraft={(draft, changed) => send({ type: 'draft', draft, changed })}
        searchEntities={search}
        onCancel={close}
        onSave={(content) =>
          new Promise<string | null>((resolve) => {
            answer = resolve;
            send({ type: 'save', content });
          })
        }
      />
    </div>,
    root,
  );
  // The height now, and again whenever it changes (the entity list opens, an error shows).
  const size = () => send({ type: 'size', height: Math.ceil(root.getBoundingClientRect().height) });
  size();
  new ResizeObserver(size).observe(root);
  // Whenever the frame's window gets focus with nothing focused inside, the note field takes it; and
  // a key that arrives first (focus has just moved in, the window's focus event is still to come) goes
  // to it too rather than nowhere.
  addEventListener('focus', focusNote);
  let keyed = false;
  addEventListener(
    'keydown',
    (event) => {
      focusNote();
      // Keys reach this frame now: the page side stops holding them.
      if (!keyed && event.isTrusted && document.documentElement.dataset.state === 'ready') {
        keyed = true;
        send({ type: 'keyed' });
      }
    },
    true,
  );
  send({ type: 'ready' });
}

/** Starts the page: one editor per frame, for the first port that brings the right secret. */
export function startEditorPage(root: HTMLElement): void {
  const key = location.hash.slice(1);
  let dataset: Dataset | null = null;
  let index: ReturnType<typeof entitySearchFor> | null = null;
  watchActiveDataset((next) => {
    dataset = next;
    index = null;
  });
  const search = (query: string): EntityOption[] => {
    if (!dataset) return [];
    index ??= entitySearchFor(dataset);
    return index.search(query, 12).map(({ entity }) => ({ id: entity.id, name: entity.name, type: entity.type }));
  };
  let accepted = false;
  const onMessage = async (event: MessageEvent) => {
    const port = event.ports[0];
    const data = event.data as EditorOpen | undefined;
    if (accepted || !port || data?.type !== 'open' || !(await secretMatches(key, data.secret)) || accepted) return;
    accepted = true;
    window.removeEventListener('message', onMessage);
    show(root, port, data, search);
  };
  window.addEventListener('message', onMessage);
}
