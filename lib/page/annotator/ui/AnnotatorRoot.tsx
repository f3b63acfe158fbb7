import type { Theme } from '../../../platform/settings';
import { Adder } from './Adder';
import { EditorFrame, type EditorFrameProps } from './EditorFrame';
import { NotesNav, type NoteLink } from './NotesNav';
import { Popover, type PopoverProps } from './Popover';
import type { Box } from '../../../ui/placement';

export type { NoteLink } from './NotesNav';

export type AnnotatorView =
  | { kind: 'idle' }
  | { kind: 'adder'; anchor: Box; onAnnotate: () => void }
  | ({ kind: 'editor'; key: string } & EditorFrameProps)
  | ({ kind: 'popover'; key: string } & PopoverProps);

export interface Toast {
  message: string;
  tone: 'info' | 'error';
}

/** Everything the annotator shows on a page, rendered from one state object. */
export function AnnotatorRoot({ view, toast, theme, notes = [] }: { view: AnnotatorView; toast: Toast | null; theme: Theme; notes?: NoteLink[] }) {
  return (
    <div class="theme" data-theme={theme}>
      <NotesNav notes={notes} />
      {view.kind === 'adder' && <Adder anchor={view.anchor} onAnnotate={view.onAnnotate} />}
      {/* Keyed (a key inside spread props is not one): another editor is another frame and session,
          another note a fresh popover. */}
      {view.kind === 'editor' && <EditorFrame {...view} key={view.key} />}
      {view.kind === 'popover' && <Popover {...view} key={view.key} />}
      {toast && (
        <div class={`float toast ${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
          {toast.message}
        </div>
      )}
    </div>
  );
}
