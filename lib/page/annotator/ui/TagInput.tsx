import { cleanTags } from '../../../platform/annotations';
import { t } from '../../../core/i18n';
import { composing } from './composing';

export interface TagInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  /** The tag being typed, held by the editor (it counts as unsaved work, and Save keeps it). */
  draft: string;
  onDraft: (text: string) => void;
}

/** Tags as chips: Enter or comma adds, Backspace in the empty field removes the last. */
export function TagInput({ tags, onChange, draft, onDraft: setDraft }: TagInputProps) {
  const commit = (text = draft) => {
    const added = text.split(',').map((part) => part.trim()).filter(Boolean);
    if (added.length) onChange(cleanTags([...tags, ...added]));
    setDraft('');
  };
  return (
    <div class="field">
      <span class="label" id="ail-tags-label">
        {t('annotateTagsLabel')} <span class="hint">{t('annotateTagsHint')}</span>
      </span>
      <div class="chips" role="group" aria-labelledby="ail-tags-label">
        {tags.map((tag) => (
          <span class="chip" key={tag}>
            {tag}
            <button type="button" aria-label={t('annotateRemoveTag', tag)} onClick={() => onChange(tags.filter((other) => other !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          aria-label={t('annotateAddTag')}
          data-tag-draft
          value={draft}
          onInput={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const value = input.value;
            if (!value.includes(',')) return setDraft(value);
            // What comes before the last comma becomes tags; what follows it is still being typed.
            const rest = value.slice(value.lastIndexOf(',') + 1);
            const added = value.slice(0, value.lastIndexOf(',')).split(',').map((part) => part.trim()).filter(Boolean);
            if (added.length) onChange(cleanTags([...tags, ...added]));
            setDraft(rest);
            // Set here too: a draft that stays the same ('' after a lone comma) would not redraw the field.
            input.value = rest;
          }}
          onKeyDown={(e) => {
            // Enter that ends an input method's composition accepts the characters, not the tag.
            if (composing(e)) return;
            if (e.key === 'Enter' && draft.trim()) {
              e.preventDefault();
              commit();
            } else if (e.key === 'Backspace' && !draft && tags.length) {
              onChange(tags.slice(0, -1));
            }
          }}
          onBlur={() => commit()}
        />
      </div>
    </div>
  );
}
