import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationContent } from '../../../platform/annotations/model';
import { t } from '../../../core/i18n';
import { EntityPicker, type EntityOption } from './EntityPicker';
import type { Box } from '../../../ui/placement';
import { TagInput } from './TagInput';
import { usePlacement } from './use-placement';

export interface EditorProps {
  anchor: Box;
  quote: string;
  mode: 'new' | 'edit';
  initial: { note: string; tags: string[]; entities: EntityOption[] };
  searchEntities: (query: string) => EntityOption[];
  /** Resolves to an error message to show (the draft stays), or null once saved. */
  onSave: (content: AnnotationContent) => Promise<string | null>;
  onCancel: () => void;
  /** In its own frame (annotation-editor.html): fills it, no placement of its own. */
  framed?: boolean;
}

/** The annotation editor: note (Markdown), tags, linked entities; Save, Cancel, Escape cancels. */
export function Editor({ anchor, quote, mode, initial, searchEntities, onSave, onCancel, framed }: EditorProps) {
  const placement = usePlacement<HTMLDivElement>(anchor);
  const ref = placement.ref;
  const style = framed ? undefined : placement.style;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags);
  const [entities, setEntities] = useState(initial.entities);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // In its frame, the frame's page focuses the note once the frame has focus in the page (two focus
  // calls racing each other were seen to send a first typed key to the page).
  useEffect(() => {
    if (!framed) noteRef.current?.focus({ preventScroll: true });
  }, []);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    // A tag still being typed counts: nobody expects to press Enter before Save.
    const pending = ref.current?.querySelector<HTMLInputElement>('input[data-tag-draft]')?.value ?? '';
    const allTags = [...tags, ...pending.split(',')];
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
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
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
      <TagInput tags={tags} onChange={setTags} />
      <EntityPicker selected={entities} onChange={setEntities} search={searchEntities} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <span class="spacer">{t('annotateSaveHint')}</span>
        <button type="button" class="btn" onClick={onCancel}>
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
