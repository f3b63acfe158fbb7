import type { Theme } from '../../settings';
import { Adder } from './Adder';
import { Editor, type EditorProps } from './Editor';
import { Popover, type PopoverProps } from './Popover';
import type { Box } from './position';

export type AnnotatorView =
  | { kind: 'idle' }
  | { kind: 'adder'; anchor: Box; onAnnotate: () => void }
  | ({ kind: 'editor'; key: string } & EditorProps)
  | ({ kind: 'popover'; key: string } & PopoverProps);

export interface Toast {
  message: string;
  tone: 'info' | 'error';
}

/** Everything the annotator shows on a page, rendered from one state object. */
export function AnnotatorRoot({ view, toast, theme }: { view: AnnotatorView; toast: Toast | null; theme: Theme }) {
  return (
    <div class="theme" data-theme={theme}>
      {view.kind === 'adder' && <Adder anchor={view.anchor} onAnnotate={view.onAnnotate} />}
      {view.kind === 'editor' && <Editor {...view} />}
      {view.kind === 'popover' && <Popover {...view} />}
      {toast && (
        <div class={`float toast ${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
          {toast.message}
        </div>
      )}
    </div>
  );
}
