/**
 * Everything the dataset knows about one entity. Prop-driven so the popup and the side panel share
 * it: they decide what "open another entity" means and where annotation counts come from.
 */
import { useMemo } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Dataset, Entity, Fact } from '../../core/dataset';
import { datasetCoverage, entityById, formatPartialDate, sourceById } from '../../core/dataset';
import { plural, t } from '../../core/i18n';
import { EntityTimeline, entityHasTimeline } from '../race';
import { raceUrl } from '../../core/routes';
import { buildDetailModel } from './detail-model';
import { FactView } from '../../ui/facts';
import { TYPE_LABELS } from '../../core/dataset';
import type { EntityNote } from '../../platform/annotations';
import { YourNotesSection } from './YourNotes';
import './theme.css';
import './entity-detail.css';

export interface EntityAnnotationPage {
  url: string;
  title: string;
  count: number;
}

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

function period(from?: string, to?: string): string {
  if (!from && !to) return '';
  return t('entityPeriod', from ? formatPartialDate(from) : '?', to ? formatPartialDate(to) : t('entityPeriodNow'));
}

/** How current the facts are: "Facts up to February 2026 from 4 articles". */
export function Freshness({ dataset }: { dataset: Dataset }) {
  const coverage = useMemo(() => datasetCoverage(dataset), [dataset]);
  if (!coverage) return null;
  return (
    <p class="lens-freshness" data-testid="lens-freshness">
      {plural(coverage.articleCount, 'freshnessOne', 'freshnessOther', formatPartialDate(coverage.factsUpTo, undefined, 'long'))}
    </p>
  );
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
  const sources = sourceById(dataset);
  const Title = `h${headingLevel}` as 'h1' | 'h2';
  const Section = `h${headingLevel + 1}` as 'h2' | 'h3';
  const ids = `lens-detail-${entity.id}`;
  const byId = entityById(dataset);
  const fact = (f: Fact, context?: ComponentChildren) => (
    <FactView
      key={f.id}
      fact={f}
      speaker={f.quoteBy ? byId.get(f.quoteBy)?.name : undefined}
      source={(id) => sources.get(id)}
      formatDate={(date) => formatPartialDate(date)}
      citations="list"
      prefix="lens-"
      context={context}
    />
  );

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

      {model.roles.length > 0 ? (
        <section aria-labelledby={`${ids}-roles`}>
          <Section id={`${ids}-roles`}>{t('entityRoles')}</Section>
          <ul class="lens-roles">
            {model.roles.map(({ role, orgEntity, orgName }, i) => (
              <li key={i}>
                <span class="lens-role-title">{role.title}</span>
                {orgName ? (
                  <>
                    {', '}
                    {orgEntity ? (
                      <button type="button" class="lens-link" onClick={() => onOpenEntity(orgEntity.id)}>
                        {orgName}
                      </button>
                    ) : (
                      orgName
                    )}
                  </>
                ) : null}
                {role.from || role.to ? <span class="lens-muted"> ({period(role.from, role.to)})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {model.dated.length + model.undated.length > 0 ? (
        <section aria-labelledby={`${ids}-timeline`}>
          <Section id={`${ids}-timeline`}>{t('entityTimeline')}</Section>
          <EntityTimeline dataset={dataset} entityId={entity.id} onOpenEntity={onOpenEntity} />
          {entityHasTimeline(dataset, entity.id) ? (
            <p class="lens-race-link">
              {onOpenRace ? (
                <button type="button" class="lens-link" onClick={() => onOpenRace(entity.id)}>
                  {t('entitySeeInRace')}
                </button>
              ) : (
                <a href={raceUrl(entity.id)} target="_blank" rel="noopener">
                  {t('entitySeeInRace')}
                </a>
              )}
            </p>
          ) : null}
          <ol class="lens-timeline">
            {model.dated.map((f) => fact(f))}
          </ol>
          {model.undated.length > 0 ? (
            <>
              {model.dated.length > 0 ? <p class="lens-subhead">{t('entityUndated')}</p> : null}
              <ul class="lens-timeline lens-timeline-undated">
                {model.undated.map((f) => fact(f))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {model.quotesElsewhere.length > 0 ? (
        <section aria-labelledby={`${ids}-quotes`}>
          <Section id={`${ids}-quotes`}>{t('entityQuoted')}</Section>
          <ul class="lens-timeline">
            {model.quotesElsewhere.map(({ fact: f, about }) =>
              fact(
                f,
                <button type="button" class="lens-link" onClick={() => onOpenEntity(about.id)}>
                  {t('entityQuoteContext', about.name)}
                </button>,
              ),
            )}
          </ul>
        </section>
      ) : null}

      {model.related.length > 0 ? (
        <section aria-labelledby={`${ids}-related`}>
          <Section id={`${ids}-related`}>{t('entityRelated')}</Section>
          <ul class="lens-related">
            {model.related.map(({ relation, entity: other }) => (
              <li key={`${other.id}-${relation}`}>
                <span class="lens-muted">{relation} </span>
                <button type="button" class="lens-link" onClick={() => onOpenEntity(other.id)}>
                  {other.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {notes && notes.length > 0 && onOpenNote ? (
        <YourNotesSection notes={notes} onOpen={onOpenNote} headingId={`${ids}-notes`} Heading={Section} />
      ) : annotations && annotations.length > 0 ? (
        <section aria-labelledby={`${ids}-notes`}>
          <Section id={`${ids}-notes`}>{t('entityYourAnnotations')}</Section>
          <ul class="lens-annotated-pages">
            {annotations.map((page) => (
              <li key={page.url}>
                <a href={page.url} target="_blank" rel="noopener noreferrer">
                  {page.title || page.url}
                </a>
                <span class="lens-muted">
                  {' '}
                  · {plural(page.count, 'entityNoteCountOne', 'entityNoteCountOther')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
