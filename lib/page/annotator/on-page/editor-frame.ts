/**
 * The content script's half of the framed editor (see editor-protocol.ts): leaves a one-time secret
 * in extension storage, hands the frame a MessagePort with that secret once it has loaded, then
 * relays Save, Cancel and the draft as it changes. The port is the only way in or out; nothing
 * travels through the page.
 */
import { browser } from 'wxt/browser';
import { EDITOR_PAGE, frameSecretKey, type EditorOpen, type FromFrame, type ToFrame } from '../editor-protocol';
import type { AnnotationContent } from '../../../platform/annotations/model';
import type { EditorDraft } from '../ui/Editor';
import { holdKeys } from '../../key-guard';

export interface FrameSession {
  open: Omit<EditorOpen, 'type' | 'secret'>;
  /** Resolves to an error message to show in the editor (the draft stays), or null once saved. */
  onSave(content: AnnotationContent): Promise<string | null>;
  /** Saved or cancelled: the frame is done. */
  onClose(): void;
  /** The draft changed: as it is now, and whether it differs from what the editor opened with. */
  onDraft?(draft: EditorDraft, changed: boolean): void;
  /** The editor inside has focus (the e2e build marks the host then). */
  onReady?(): void;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The origins the editor frame may have. Chrome serves it under an address that changes every session
 * (`use_dynamic_url`, so a site cannot probe a fixed one to learn the extension is installed) and loads
 * it under the extension's own origin; a browser that does not redirect keeps the session address's.
 * Both are the extension's: the secret and the port never go anywhere else.
 */
export function frameOrigins(src: string, extensionId: string = browser.runtime.id): string[] {
  // Spelled out: not every URL parser knows an extension scheme's origin (Node's says "null").
  const url = new URL(src);
  const origins = [`${url.protocol}//${url.host}`];
  if (url.protocol === 'chrome-extension:' && extensionId && url.host !== extensionId) origins.push(`${url.protocol}//${extensionId}`);
  return origins;
}

/** The frame's address (with the key of its secret) and the function that connects it, for EditorFrame. */
export function prepareEditorFrame(session: FrameSession): {
  src: string;
  connect(frame: HTMLIFrameElement, resize: (height: number) => void): () => void;
} {
  const key = randomId();
  const secret = randomId();
  const stored = browser.storage.local.set({ [frameSecretKey(key)]: secret });
  const src = browser.runtime.getURL(`${EDITOR_PAGE}#${key}` as `${typeof EDITOR_PAGE}${string}`);
  const origins = frameOrigins(src);
  // From the moment the editor opens, what the page would hear of the keyboard is held for the editor
  // (lib/page/key-guard) until keys reach the editor itself, or the person goes back to the page.
  const held = holdKeys();
  return {
    src,
    connect(frame, resize) {
      const passOn = () => {
        const typed = held.take();
        if (typed) send({ type: 'typed', typed });
      };
      // One channel per origin the frame may have; only the one posted to its real origin arrives,
      // and the port the frame first answers on is the one used from then on.
      const channels = origins.map(() => new MessageChannel());
      let port: MessagePort | null = null;
      const send = (message: ToFrame) => port?.postMessage(message);
      // Focus moves into the frame once the editor inside is ready and the frame is shown at its
      // height (a hidden frame cannot take focus); Firefox needs its window focused as well.
      let ready = false;
      let sized = false;
      let focused = false;
      const focusFrame = () => {
        if (!ready || !sized || focused) return;
        focused = true;
        requestAnimationFrame(() => {
          // Not again if the person has already clicked into it: moving focus to a frame that has it
          // passes through the page for a moment, and a key typed then is lost.
          if ((frame.getRootNode() as Document | ShadowRoot).activeElement !== frame) {
            frame.focus({ preventScroll: true });
            frame.contentWindow?.focus();
          }
          // What was typed meanwhile goes in the note. Keys still on their way to the page while focus
          // moves are held too, and follow.
          send({ type: 'focus', typed: held.take() });
        });
      };
      const onMessage = (event: MessageEvent<FromFrame>) => {
        port ??= event.target as MessagePort;
        if (event.target !== port) return;
        const message = event.data;
        if (message?.type === 'size') {
          resize(message.height);
          sized = message.height > 0;
          focusFrame();
        } else if (message?.type === 'ready') {
          ready = true;
          focusFrame();
        } else if (message?.type === 'focused') {
          passOn();
          session.onReady?.();
        } else if (message?.type === 'keyed') {
          passOn();
          held.release();
        } else if (message?.type === 'draft') {
          session.onDraft?.(message.draft, message.changed);
        } else if (message?.type === 'close') {
          session.onClose();
        } else if (message?.type === 'save') {
          void session.onSave(message.content).then((error) => send({ type: 'saved', error }));
        }
      };
      for (const channel of channels) channel.port1.onmessage = onMessage;
      const onLoad = () => {
        void stored.then(() => {
          const open: EditorOpen = { type: 'open', secret, ...session.open };
          origins.forEach((origin, i) => frame.contentWindow?.postMessage(open, origin, [channels[i].port2]));
        });
      };
      frame.addEventListener('load', onLoad, { once: true });
      return () => {
        held.release();
        frame.removeEventListener('load', onLoad);
        for (const channel of channels) channel.port1.close();
        // Unused if the frame never loaded; the frame removes it itself once it has read it.
        void browser.storage.local.remove(frameSecretKey(key)).catch(() => undefined);
      };
    },
  };
}
