import { useMemo, useState } from 'preact/hooks';
import { t } from '../../../core/i18n';
import type { EntityType } from '../../../core/dataset/types';
import { TYPE_LABELS } from '../../../core/dataset';
import { composing } from './composing';

export interface EntityOption {
  id: string;
  name: string;
  type: string;
}

interface Props {
  selected: EntityOption[];
  onChange: (selected: EntityOption[]) => void;
  search: (query: string) => EntityOption[];
}

/** Linked entities as chips, and a combobox that finds more with the popup's fuzzy search. */
export function EntityPicker({ selected, onChange, search }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => {
    const chosen = new Set(selected.map((e) => e.id));
    return query.trim() ? search(query).filter((e) => !chosen.has(e.id)).slice(0, 8) : [];
  }, [query, selected, search]);
  const expanded = open && query.trim().length > 0;
  const choose = (option: EntityOption | undefined) => {
    if (!option) return;
    onChange([...selected, option]);
    setQuery('');
    setActive(0);
  };
  return (
    <div class="field">
      <span class="label" id="ail-entities-label">
        {t('annotateEntitiesLabel')}
      </span>
      <div class="combo">
        <div class="chips" role="group" aria-labelledby="ail-entities-label">
          {selected.map((entity) => (
            <span class="chip entity" key={entity.id}>
              {entity.name}
              <button
                type="button"
                aria-label={t('annotateRemoveEntity', entity.name)}
                onClick={() => onChange(selected.filter((e) => e.id !== entity.id))}
              >
                ×
              </button>
            </span>
          ))}
          <input
            role="combobox"
            aria-label={t('annotateFindEntity')}
            aria-expanded={expanded}
            aria-controls="ail-entity-options"
            aria-autocomplete="list"
            aria-activedescendant={expanded && results[active] ? `ail-entity-${results[active].id}` : undefined}
            placeholder={t('annotateEntityPlaceholder')}
            value={query}
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={(e) => {
              if (!expanded || composing(e)) return;
              if (e.key === 'Escape') {
                // Closes the suggestions only: the editor around must not hear it as "cancel".
                e.preventDefault();
                e.stopPropagation();
                setOpen(false);
              } else if (e.key === 'ArrowDown') {
                e.preventDefault();
                setActive((i) => Math.min(i + 1, results.length - 1));
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((i) => Math.max(i - 1, 0));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                choose(results[active]);
              }
            }}
            onBlur={() => setOpen(false)}
            onFocus={() => setOpen(true)}
          />
        </div>
        {expanded && (
          <ul class="listbox" id="ail-entity-options" role="listbox" aria-label={t('annotateMatchingEntities')}>
            {results.length ? (
              results.map((option, i) => (
                <li
                  key={option.id}
                  id={`ail-entity-${option.id}`}
                  role="option"
                  class="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(option);
                  }}
                >
                  <span>{option.name}</span>
                  <span class="type">{TYPE_LABELS[option.type as EntityType]?.one ?? option.type}</span>
                </li>
              ))
            ) : (
              <li class="empty" role="presentation">
                {t('annotateNoEntityMatch', query)}
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
