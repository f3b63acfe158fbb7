/**
 * The sections of an entity's entry, each a heading and its list: roles, the timeline of facts (with
 * the way to the Race view), quotes filed under other entities, related entities, and the person's own
 * pages annotated about it. Each is left out by the entry when it would be empty.
 */
import type { ComponentChildren } from 'preact';
import type { Dataset, Fact } from '../../core/dataset';
import { entityById, formatPartialDate, sourceById } from '../../core/dataset';
import { plural, t } from '../../core/i18n';
import { raceUrl } from '../../core/routes';
import { FactView } from '../../ui/facts';
import { EntityTimeline, entityHasTimeline } from '../race';
import type { DetailModel } from './detail-model';

/** What every section is given: its heading's tag and id, and what "open another entity" means. */
export interface SectionProps {
  Heading: 'h2' | 'h3';
  headingId: string;
  onOpenEntity(id: string): void;
}

export interface EntityAnnotationPage {
  url: string;
  title: string;
  count: number;
}

function Section({ Heading, headingId, title, children }: { Heading: 'h2' | 'h3'; headingId: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {children}
    </section>
  );
}

function period(from?: string, to?: string): string {
  if (!from && !to) return '';
  return t('entityPeriod', from ? formatPartialDate(from) : '?', to ? formatPartialDate(to) : t('entityPeriodNow'));
}

export function RolesSection({ roles, ...props }: SectionProps & { roles: DetailModel['roles'] }) {
  return (
    <Section {...props} title={t('entityRoles')}>
      <ul class="lens-roles">
        {roles.map(({ role, orgEntity, orgName }, i) => (
          <li key={i}>
            <span class="lens-role-title">{role.title}</span>
            {orgName ? (
              <>
                {', '}
                {orgEntity ? (
                  <button type="button" class="lens-link" onClick={() => props.onOpenEntity(orgEntity.id)}>
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
    </Section>
  );
}

/** One fact as an entry shows it: sources listed under it, quotes attributed, ids resolved from `dataset`. */
function entryFact(dataset: Dataset) {
  const byId = entityById(dataset);
  const sources = sourceById(dataset);
  const formatDate = (date: string) => formatPartialDate(date);
  return (fact: Fact, context?: ComponentChildren) => (
    <FactView
      key={fact.id}
      fact={fact}
      speaker={fact.quoteBy ? byId.get(fact.quoteBy)?.name : undefined}
      source={(id) => sources.get(id)}
      formatDate={formatDate}
      citations="list"
      prefix="lens-"
      context={context}
    />
  );
}

export function TimelineSection({ model, dataset, entityId, onOpenRace, ...props }: SectionProps & {
  model: DetailModel;
  dataset: Dataset;
  entityId: string;
  onOpenRace?(entityId: string): void;
}) {
  const fact = entryFact(dataset);
  return (
    <Section {...props} title={t('entityTimeline')}>
      <EntityTimeline dataset={dataset} entityId={entityId} onOpenEntity={props.onOpenEntity} />
      {entityHasTimeline(dataset, entityId) ? (
        <p class="lens-race-link">
          {onOpenRace ? (
            <button type="button" class="lens-link" onClick={() => onOpenRace(entityId)}>
              {t('entitySeeInRace')}
            </button>
          ) : (
            <a href={raceUrl(entityId)} target="_blank" rel="noopener">
              {t('entitySeeInRace')}
            </a>
          )}
        </p>
      ) : null}
      <ol class="lens-timeline">{model.dated.map((f) => fact(f))}</ol>
      {model.undated.length > 0 ? (
        <>
          {model.dated.length > 0 ? <p class="lens-subhead">{t('entityUndated')}</p> : null}
          <ul class="lens-timeline lens-timeline-undated">{model.undated.map((f) => fact(f))}</ul>
        </>
      ) : null}
    </Section>
  );
}

export function QuotesSection({ quotes, dataset, ...props }: SectionProps & { quotes: DetailModel['quotesElsewhere']; dataset: Dataset }) {
  const fact = entryFact(dataset);
  return (
    <Section {...props} title={t('entityQuoted')}>
      <ul class="lens-timeline">
        {quotes.map(({ fact: f, about }) =>
          fact(
            f,
            <button type="button" class="lens-link" onClick={() => props.onOpenEntity(about.id)}>
              {t('entityQuoteContext', about.name)}
            </button>,
          ),
        )}
      </ul>
    </Section>
  );
}

export function RelatedSection({ related, ...props }: SectionProps & { related: DetailModel['related'] }) {
  return (
    <Section {...props} title={t('entityRelated')}>
      <ul class="lens-related">
        {related.map(({ relation, entity: other }) => (
          <li key={`${other.id}-${relation}`}>
            <span class="lens-muted">{relation} </span>
            <button type="button" class="lens-link" onClick={() => props.onOpenEntity(other.id)}>
              {other.name}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The pages where the person annotated the entity, with how many notes each holds. */
export function AnnotatedPagesSection({ pages, ...props }: SectionProps & { pages: EntityAnnotationPage[] }) {
  return (
    <Section {...props} title={t('entityYourAnnotations')}>
      <ul class="lens-annotated-pages">
        {pages.map((page) => (
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
    </Section>
  );
}
