/**
 * Everything the dataset knows about one entity. Prop-driven so the popup and the side panel share
 * it: they decide what "open another entity" means and where annotation counts come from.
 */
import { useMemo } from 'preact/hooks';
import type { Dataset, Entity } from '../../core/dataset';
import { datasetCoverage, TYPE_LABELS } from '../../core/dataset';
import { t } from '../../core/i18n';
import { Freshness as SharedFreshness } from '../../ui/facts';
import { buildDetailModel } from './detail-model';
import {
  AnnotatedPagesSection,
  QuotesSection,
  RelatedSection,
  RolesSection,
  TimelineSection,
  type EntityAnnotationPage,
} from './sections';
import type { EntityNote } from '../../platform/annotations';
import { YourNotesSection } from './YourNotes';
import './theme.css';
import './entity-detail.css';

export type { EntityAnnotationPage };

export interface EntityDetailProps {
  entity: Entity;
  dataset: Dataset;
  onOpenEntity(id: string): void;
  /** Pages where the person annotated this entity; the section is left out when absent or empty. */
  annotations?: EntityAnnotationPage[];
  /** Heading level of the entity's name (section headings go one deeper). */
  headingLevel?: 1 | 2;
  /**
   * Shows the entity in the Race view (the side panel switches tabs); without it, "See in the race"
   * is a link to race.html with the entity highlighted.
   */
  onOpenRace?(entityId: string): void;
  /** The person's notes about this entity, newest first ("Your notes", in place of the pages list). */
  notes?: EntityNote[];
  /** Opens a note's page scrolled to it. */
  onOpenNote?(note: EntityNote): void;
}

/** How current the facts are: "Facts up to February 2026 from 4 articles". */
export function Freshness({ dataset }: { dataset: Dataset }) {
  const coverage = useMemo(() => datasetCoverage(dataset), [dataset]);
  return <SharedFreshness coverage={coverage} class="lens-freshness" />;
}

export function EntityDetail({
  entity,
  dataset,
  onOpenEntity,
  annotations,
  headingLevel = 2,
  onOpenRace,
  notes,
  onOpenNote,
}: EntityDetailProps) {
  const model = useMemo(() => buildDetailModel(entity, dataset), [entity, dataset]);
  const Title = `h${headingLevel}` as 'h1' | 'h2';
  const Heading = `h${headingLevel + 1}` as 'h2' | 'h3';
  const ids = `lens-detail-${entity.id}`;
  const section = (name: string) => ({ Heading, headingId: `${ids}-${name}`, onOpenEntity });

  return (
    <article class="lens-detail" aria-labelledby={`${ids}-name`}>
      <header class="lens-detail-header">
        <Title id={`${ids}-name`} class="lens-detail-name">
          {entity.name}
        </Title>
        <span class="lens-badge">{TYPE_LABELS[entity.type]?.one ?? entity.type}</span>
      </header>
      <p class="lens-detail-summary">{entity.summary}</p>
      <Freshness dataset={dataset} />
      {model.aliases.length > 0 ? (
        <p class="lens-detail-aliases">
          <span class="lens-muted">{t('entityAliases')} </span>
          {model.aliases.join(', ')}
        </p>
      ) : null}
      {model.roles.length > 0 ? <RolesSection {...section('roles')} roles={model.roles} /> : null}
      {model.dated.length + model.undated.length > 0 ? (
        <TimelineSection {...section('timeline')} model={model} dataset={dataset} entityId={entity.id} onOpenRace={onOpenRace} />
      ) : null}
      {model.quotesElsewhere.length > 0 ? (
        <QuotesSection {...section('quotes')} quotes={model.quotesElsewhere} dataset={dataset} />
      ) : null}
      {model.related.length > 0 ? <RelatedSection {...section('related')} related={model.related} /> : null}
      {notes && notes.length > 0 && onOpenNote ? (
        <YourNotesSection notes={notes} onOpen={onOpenNote} headingId={`${ids}-notes`} Heading={Heading} />
      ) : annotations && annotations.length > 0 ? (
        <AnnotatedPagesSection {...section('notes')} pages={annotations} />
      ) : null}
    </article>
  );
}
