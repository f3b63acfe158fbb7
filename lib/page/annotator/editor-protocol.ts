/**
 * The note editor runs in an extension page (annotation-editor.html) inside a frame on the page, so
 * the page's scripts never see a key typed into it. The content script and the frame talk over a
 * MessageChannel whose port only they hold. The frame accepts the port only with the secret that the
 * content script left for it in extension storage (which no page can read), under a key named in the
 * frame's address: a page that finds the frame and posts to it gets nothing.
 */
import type { AnnotationContent } from '../../platform/annotations/model';
import type { EditorDraft } from './ui/Editor';

export const EDITOR_PAGE = '/annotation-editor.html' as const;
export const FRAME_SECRET_PREFIX = 'lens-editor-frame:';

export interface EditorOpen {
  type: 'open';
  secret: string;
  mode: 'new' | 'edit';
  quote: string;
  initial: EditorDraft;
  /** The draft to start from when the editor is shown again (the page removed its frame). */
  draft?: EditorDraft;
  theme: string;
}

/** Content script to frame. */
export type ToFrame =
  | EditorOpen
  | { type: 'saved'; error: string | null }
  /** The frame has focus now: the note field takes it (Firefox does not restore it by itself). */
  | {
      type: 'focus';
      /** Typed after the editor opened and before it had focus (held from the page): goes in the note. */
      typed?: string;
    }
  /** More of it, that reached the page while focus moved into the frame. */
  | { type: 'typed'; typed: string };

/** Frame to content script. */
export type FromFrame =
  | { type: 'ready' }
  | { type: 'focused' }
  /** The first key typed in the frame reached it: the page side stops holding keys. */
  | { type: 'keyed' }
  | { type: 'size'; height: number }
  | { type: 'save'; content: AnnotationContent }
  /**
   * After every change: the draft, and whether it differs from what the editor opened with. The page
   * side keeps an editor with changes open, and shows the draft again if the page removes the frame.
   */
  | { type: 'draft'; draft: EditorDraft; changed: boolean }
  /** Saved or cancelled, and the keys that did it are released: the frame can go. */
  | { type: 'close' };

export const frameSecretKey = (key: string) => `${FRAME_SECRET_PREFIX}${key}`;
