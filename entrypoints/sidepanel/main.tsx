import { render } from 'preact';
import { openNote, type EntityNote } from '../../lib/platform/annotations';
import { EntityDetail } from '../../lib/surfaces/entity-view';
import { t } from '../../lib/core/i18n';
import { EntityFinder, followAnnotatedPages } from '../../lib/surfaces/popup';
import { RaceView } from '../../lib/surfaces/race';
import { parseSidePanelHash } from '../../lib/core/routes';
import { SidePanelApp, type SidePanelTab } from '../../lib/surfaces/sidepanel';
import { bundledDataset, entityById, type Dataset } from '../../lib/core/dataset';
import { watchActiveDataset } from '../../lib/platform/userdata';
import '../../lib/surfaces/sidepanel/sidepanel.css';

// `#entity=<id>` (a card's "Open full entry") starts on that entity; `#race` on the Race view.
const start = parseSidePanelHash(location.hash);
const initialEntityId = start.entityId ?? null;
const initialTab: SidePanelTab = initialEntityId ? 'entity' : start.race ? 'race' : 'annotations';
// The tab and window title in the person's language (the page's <title> is only the fallback).
document.title = t('extName');
const root = document.getElementById('app')!;
let notes = new Map<string, EntityNote[]>();
let current: Dataset = bundledDataset;

function show(dataset: Dataset): void {
  current = dataset;
  const entities = entityById(dataset);
  render(
    <SidePanelApp
      entityName={(id) => entities.get(id)?.name ?? id}
      initialTab={initialTab}
      initialEntityId={initialEntityId}
      renderEntity={(id, open, openRace) => {
        const entity = id ? entities.get(id) : undefined;
        return (
          <>
            {/* The popup's search, to find any entity by name, role or deed. */}
            <EntityFinder dataset={dataset} onOpen={open} />
            {entity ? (
              <EntityDetail
                entity={entity}
                dataset={dataset}
                onOpenEntity={open}
                onOpenRace={openRace}
                headingLevel={2}
                notes={notes.get(entity.id)}
                onOpenNote={openNote}
              />
            ) : (
              <p class="placeholder">{t('sidepanelChooseEntity')}</p>
            )}
          </>
        );
      }}
      renderRace={(open, focusEntityId) => (
        <RaceView dataset={dataset} layout="panel" onOpenEntity={open} focusEntityId={focusEntityId ?? undefined} />
      )}
    />,
    root,
  );
}

show(bundledDataset);
// The person's own dataset, when they added one, joins as soon as it is read (and on every change).
watchActiveDataset(show);
// "Your notes" in the entity's entry, kept current as notes change anywhere.
followAnnotatedPages((_, byEntity) => {
  notes = byEntity;
  show(current);
});
