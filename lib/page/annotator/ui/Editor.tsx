import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationContent } from '../../../platform/annotations/model';
import { t } from '../../../core/i18n';
import { composing } from './composing';
import { EntityPicker, type EntityOption } from './EntityPicker';
import type { Box } from '../../../ui/placement';
import { TagInput } from './TagInput';
import { usePlacement } from './use-placement';

/** The editor's fields: what it opened with, and the draft as it is now. */
export interface EditorDraft {
  note: string;
  tags: string[];
  entities: EntityOption[];
  /** A tag still being typed (not yet a chip): it counts as a change, and Save keeps it. */
  pendingTag?: string;
}

export interface EditorProps {
  anchor: Box;
  quote: string;
  mode: 'new' | 'edit';
  /** What the editor opened with: a draft that differs from it is unsaved work. */
  initial: EditorDraft;
  /** Where the fields start when not at `initial` (shown again after its frame was lost): still unsaved. */
  draft?: EditorDraft;
  /** After every change: the draft, and whether it differs from `initial` (the page keeps such an editor open). */
  onDraft?: (draft: EditorDraft, changed: boolean) => void;
  searchEntities: (query: string) => EntityOption[];
  /** Resolves to an error message to show (the draft stays), or null once saved. */
  onSave: (content: AnnotationContent) => Promise<string | null>;
  onCancel: () => void;
  /** In its own frame (annotation-editor.html): fills it, no placement of its own. */
  framed?: boolean;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether a draft differs from what the editor opened with (a tag still being typed counts). */
export function draftChanged(initial: EditorDraft, draft: EditorDraft, pendingTag = draft.pendingTag ?? ''): boolean {
  return (
    draft.note.trim() !== initial.note.trim() ||
    !sameList(draft.tags, initial.tags) ||
    !sameList(
      draft.entities.map((e) => e.id),
      initial.entities.map((e) => e.id),
    ) ||
    pendingTag.trim() !== ''
  );
}

/**
 * The annotation editor: note (Markdown), tags, linked entities; Save (or Ctrl+Enter), Cancel (or
 * Escape). Nothing typed is thrown away unasked: with unsaved changes, Escape or Cancel first asks,
 * and a second Escape or Discard discards; an unchanged editor closes at once.
 */
export function Editor({ anchor, quote, mode, initial, draft, onDraft, searchEntities, onSave, onCancel, framed }: EditorProps) {
  const placement = usePlacement<HTMLDivElement>(anchor);
  const ref = placement.ref;
  const style = framed ? undefined : placement.style;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [note, setNote] = useState((draft ?? initial).note);
  const [tags, setTags] = useState((draft ?? initial).tags);
  const [entities, setEntities] = useState((draft ?? initial).entities);
  const [pendingTag, setPendingTag] = useState(draft?.pendingTag ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Asking "discard?": after Escape (focus stays where the person types) or Cancel (focus goes to Keep
  // editing), about the draft as it was then. Any further change answers the question (the person went
  // on editing): the question holds only while the draft is the one it was asked about. Not reset from
  // an effect: an effect of the last key typed before Escape may run after it, and hid the question.
  const [question, setQuestion] = useState<{ from: 'key' | 'button'; about: string } | null>(null);
  const draftKey = JSON.stringify([note, tags, entities.map((e) => e.id), pendingTag]);
  const asking = question && question.about === draftKey ? question.from : null;

  // In its frame, the frame's page focuses the note once the frame has focus in the page (two focus
  // calls racing each other were seen to send a first typed key to the page).
  useEffect(() => {
    if (!framed) noteRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const now = { note, tags, entities, pendingTag };
    onDraft?.(now, draftChanged(initial, now));
  }, [note, tags, entities, pendingTag]);

  useEffect(() => {
    if (asking === 'button') keepRef.current?.focus();
  }, [asking]);

  const cancel = (from: 'key' | 'button') => {
    if (saving) return; // The save decides: the editor closes once it is through, or shows why not.
    if (asking || !draftChanged(initial, { note, tags, entities, pendingTag })) onCancel();
    else setQuestion({ from, about: draftKey });
  };

  const keepEditing = () => {
    setQuestion(null);
    noteRef.current?.focus({ preventScroll: true });
  };

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    // A tag still being typed counts: nobody expects to press Enter before Save.
    const allTags = [...tags, ...pendingTag.split(',')];
    const problem = await onSave({ note, tags: allTags, entityIds: entities.map((e) => e.id) });
    setSaving(false);
    if (problem) setError(problem);
  };

  return (
    <div
      ref={ref}
      class={framed ? 'float editor framed' : 'float editor'}
      style={style}
      role="dialog"
      aria-label={mode === 'new' ? t('annotateEditorNew') : t('annotateEditorEdit')}
      onKeyDown={(e) => {
        if (composing(e)) return;
        if (e.key === 'Escape') {
          e.preventDefault();
          cancel('key');
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <form
        class="editor-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
      <h2>{mode === 'new' ? t('annotateEditorNewHeading') : t('annotateEditorEdit')}</h2>
      <blockquote class="quote" title={quote}>
        {quote}
      </blockquote>
      <div class="field">
        <label for="ail-note">
          {t('annotateNoteLabel')} <span class="hint">{t('annotateNoteHint')}</span>
        </label>
        <textarea
          id="ail-note"
          ref={noteRef}
          value={note}
          placeholder={t('annotateNotePlaceholder')}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <TagInput tags={tags} onChange={setTags} draft={pendingTag} onDraft={setPendingTag} />
      <EntityPicker selected={entities} onChange={setEntities} search={searchEntities} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <div class="discard">
          <p class="error" role="alert">
            {t('annotateDiscardAsk')}
          </p>
          <div class="actions">
            <button type="button" class="btn" ref={keepRef} onClick={keepEditing}>
              {t('annotateKeepEditing')}
            </button>
            <button type="button" class="btn danger" onClick={onCancel}>
              {t('annotateDiscard')}
            </button>
          </div>
        </div>
      )}
      <div class="actions">
        <span class="spacer">{t('annotateSaveHint')}</span>
        <button type="button" class="btn" onClick={() => cancel('button')}>
          {t('annotateCancel')}
        </button>
        <button type="submit" class="btn primary" disabled={saving}>
          {saving ? t('annotateSaving') : t('annotateSave')}
        </button>
      </div>
      </form>
    </div>
  );
}
