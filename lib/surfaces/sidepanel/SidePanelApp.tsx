import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { followThemeSetting } from '../../platform/settings';
import { t, type MessageKey } from '../../core/i18n';
import { AnnotationsView } from './AnnotationsView';

export type SidePanelTab = 'annotations' | 'entity' | 'race';

export interface SidePanelAppProps {
  entityName: (id: string) => string;
  initialTab?: SidePanelTab;
  /** The entity the Entity tab starts on (from `sidepanel.html#entity=<id>`). */
  initialEntityId?: string | null;
  /**
   * The views that live in other folders (the entity detail, the Race view), passed in so this
   * folder does not depend on them; `open` switches the Entity tab to another entity.
   */
  renderEntity?: (
    entityId: string | null,
    open: (entityId: string) => void,
    openRace: (entityId: string) => void,
  ) => ComponentChildren;
  /** `focusEntityId`: the entity whose events the Race view highlights (from "See in the race"). */
  renderRace?: (open: (entityId: string) => void, focusEntityId: string | null) => ComponentChildren;
}

const TABS: { id: SidePanelTab; label: MessageKey }[] = [
  { id: 'annotations', label: 'sidepanelTabAnnotations' },
  { id: 'entity', label: 'sidepanelTabEntity' },
  { id: 'race', label: 'sidepanelTabRace' },
];

/** The side panel: a full-height app with tabs; "Annotations" is the first. */
export function SidePanelApp({
  entityName,
  initialTab = 'annotations',
  initialEntityId = null,
  renderEntity,
  renderRace,
}: SidePanelAppProps) {
  const [tab, setTab] = useState<SidePanelTab>(initialTab);
  const [entityId, setEntityId] = useState<string | null>(initialEntityId);
  const [raceEntityId, setRaceEntityId] = useState<string | null>(null);
  const openEntity = (id: string) => {
    setEntityId(id);
    setTab('entity');
  };
  const openRace = (id: string) => {
    setRaceEntityId(id);
    setTab('race');
  };
  // The theme setting applies here as on every surface ("system" follows the browser).
  useEffect(() => followThemeSetting(document.documentElement), []);
  const select = (next: SidePanelTab) => setTab(next);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.findIndex((item) => item.id === tab);
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
        <h1>{t('extName')}</h1>
        <div class="tabs" role="tablist" aria-label={t('sidepanelTabsLabel')} onKeyDown={onKeyDown}>
          {TABS.map((item) => (
            <button
              type="button"
              role="tab"
              id={`tab-${item.id}`}
              key={item.id}
              aria-selected={tab === item.id}
              aria-controls={`panel-${item.id}`}
              tabIndex={tab === item.id ? 0 : -1}
              onClick={() => select(item.id)}
            >
              {t(item.label)}
            </button>
          ))}
        </div>
      </header>
      <div class="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'annotations' && (
          <AnnotationsView
            entityName={entityName}
            onOpenEntity={openEntity}
          />
        )}
        {tab === 'entity' &&
          (renderEntity ? (
            renderEntity(entityId, openEntity, openRace)
          ) : (
            <p class="placeholder">{t('sidepanelNoEntityView')}</p>
          ))}
        {tab === 'race' &&
          (renderRace ? renderRace(openEntity, raceEntityId) : <p class="placeholder">{t('sidepanelNoRaceView')}</p>)}
      </div>
    </div>
  );
}
