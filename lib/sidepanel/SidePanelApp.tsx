import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { watchSettings } from '../settings';
import { AnnotationsView } from './AnnotationsView';

export type SidePanelTab = 'annotations' | 'entity' | 'race';

export interface SidePanelAppProps {
  entityName: (id: string) => string;
  initialTab?: SidePanelTab;
  /**
   * LEAD WIRING POINT: the views other engineers provide. Pass `entity` (EntityDetail from
   * lib/entity-view for `entityId`) and `race` (the Race view from lib/race); a tab without one shows
   * a placeholder.
   */
  renderEntity?: (entityId: string | null) => ComponentChildren;
  renderRace?: () => ComponentChildren;
}

const TABS: { id: SidePanelTab; label: string }[] = [
  { id: 'annotations', label: 'Annotations' },
  { id: 'entity', label: 'Entity' },
  { id: 'race', label: 'Race' },
];

/** The side panel: a full-height app with tabs; "Annotations" is the first. */
export function SidePanelApp({ entityName, initialTab = 'annotations', renderEntity, renderRace }: SidePanelAppProps) {
  const [tab, setTab] = useState<SidePanelTab>(initialTab);
  const [entityId, setEntityId] = useState<string | null>(null);
  // The theme setting applies here as on every surface ("system" follows the browser).
  useEffect(
    () => watchSettings((settings) => document.documentElement.setAttribute('data-theme', settings.theme)),
    [],
  );
  const select = (next: SidePanelTab) => setTab(next);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(at + step + TABS.length) % TABS.length];
    select(next.id);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  return (
    <div class="app">
      <header class="top">
        <h1>AI Industry Lens</h1>
        <div class="tabs" role="tablist" aria-label="Side panel views" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              key={t.id}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => select(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      <div class="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'annotations' && (
          <AnnotationsView
            entityName={entityName}
            onOpenEntity={(id) => {
              setEntityId(id);
              setTab('entity');
            }}
          />
        )}
        {tab === 'entity' &&
          (renderEntity ? (
            renderEntity(entityId)
          ) : (
            <p class="placeholder">The entity view (lib/entity-view) is wired here by the lead.</p>
          ))}
        {tab === 'race' &&
          (renderRace ? renderRace() : <p class="placeholder">The Race view (lib/race) is wired here by the lead.</p>)}
      </div>
    </div>
  );
}
