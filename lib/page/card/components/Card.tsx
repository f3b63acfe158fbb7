/**
 * The hover card: who or what the name is, the facts that matter with their sources, related
 * entities that switch the card (with a way back), and the actions. A non-modal dialog named by the
 * entity; Escape closes it and Tab cycles through its controls.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatPartialDate, type PartialDate } from '../../../core/dataset';
import type { Theme } from '../../../platform/settings';
import { plural, t, type MessageKey } from '../../../core/i18n';
import type { MentionReason } from '../../detect';
import { buildCardModel, type CardLookup, type CardModel } from '../card-model';
import { CardMeta } from './CardMeta';
import { FactView, Freshness } from '../../../ui/facts';
import { YourNotes, type YourNotesProps } from './YourNotes';

export interface CardProps {
  lookup: CardLookup;
  /** The entity of the mention the card was opened for. */
  entityId: string;
  /** Why the mention was recognised: a small line says it for every reason but a plain name. */
  reason?: MentionReason;
  theme: Theme;
  locale?: string;
  onOpenEntry(entityId: string): void;
  /** The "Not this" action of a name recognised by its context (absent when not given). */
  onNotThis?: () => void;
  /** Starts an annotation on the mention; the action is absent when not given. */
  onAnnotate?: () => void;
  onClose(): void;
  /** The person's notes about the shown entity ("Your notes"); the section is absent when not given. */
  notes?: Pick<YourNotesProps, 'load' | 'onOpen'>;
}

const WHY: Partial<Record<MentionReason, MessageKey>> = {
  context: 'cardWhyContext',
  page: 'cardWhyPage',
  discourse: 'cardWhyDiscourse',
  'full-name': 'cardWhyFullName',
};

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function Card(props: CardProps) {
  const { lookup, theme, locale } = props;
  // The entities the reader has walked through via related links; the last one is shown.
  const [trail, setTrail] = useState<string[]>([props.entityId]);
  const root = useRef<HTMLDivElement>(null);
  const currentId = trail[trail.length - 1];
  const entity = lookup.entity(currentId);
  const model = useMemo(() => (entity ? buildCardModel(entity, lookup) : undefined), [entity, lookup]);
  const formatDate = useMemo(() => (d: PartialDate) => formatPartialDate(d, locale), [locale]);
  if (!model) return null;

  const goTo = (entityId: string) => {
    setTrail((t) => [...t, entityId]);
    root.current?.focus();
  };
  const goBack = () => {
    setTrail((t) => (t.length > 1 ? t.slice(0, -1) : t));
    root.current?.focus();
  };
  const previous = trail.length > 1 ? lookup.entity(trail[trail.length - 2]) : undefined;
  const why = trail.length === 1 && props.reason ? WHY[props.reason] : undefined;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (event.key === 'Tab') {
      cycleFocus(event, root.current);
    }
  };

  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-label={model.label}
      data-theme={theme}
      data-entity={model.entity.id}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <CardHeader model={model} previous={previous?.name} onBack={goBack} onClose={props.onClose} />
      <div class="body">
        {why && <WhyLine why={why} onNotThis={props.onNotThis} />}
        <p class="summary">{model.entity.summary}</p>
        <CardMeta model={model} formatDate={formatDate} onOpen={goTo} />
        {model.facts.length > 0 && (
          <ul class="facts" aria-label={t('cardKeyFacts')}>
            {model.facts.map((fact) => (
              <FactView
                key={fact.id}
                fact={fact}
                speaker={fact.quoteBy ? lookup.entity(fact.quoteBy)?.name : undefined}
                source={lookup.source}
                formatDate={formatDate}
                citations="marks"
              />
            ))}
          </ul>
        )}
        {model.moreFacts > 0 && (
          <button type="button" class="more" onClick={() => props.onOpenEntry(model.entity.id)}>
            {plural(model.moreFacts, 'cardMoreFactsOne', 'cardMoreFactsOther')}
          </button>
        )}
        {model.related.length > 0 && <RelatedChips related={model.related} onOpen={goTo} />}
        {props.notes && <YourNotes entityId={model.entity.id} locale={locale} {...props.notes} />}
      </div>
      <Freshness coverage={lookup.coverage()} locale={locale} class="freshness" />
      <CardActions onOpenEntry={() => props.onOpenEntry(model.entity.id)} onAnnotate={props.onAnnotate} />
    </div>
  );
}

function CardHeader({ model, previous, onBack, onClose }: {
  model: CardModel;
  /** The name of the entity the reader came from, when they followed a related link. */
  previous?: string;
  onBack(): void;
  onClose(): void;
}) {
  return (
    <header class="head">
      {previous && (
        <button type="button" class="icon-button" aria-label={t('cardBackTo', previous)} title={t('cardBackTo', previous)} onClick={onBack}>
          <span aria-hidden="true">‹</span>
        </button>
      )}
      <div class="titles">
        <h2 class="name">{model.entity.name}</h2>
        <span class={`type type-${model.entity.type}`}>{model.typeLabel}</span>
      </div>
      <button type="button" class="icon-button" aria-label={t('cardClose')} title={t('cardCloseTitle')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}

/** Why the name was recognised (by its context, the page, …), with "Not this" where it is offered. */
function WhyLine({ why, onNotThis }: { why: MessageKey; onNotThis?: () => void }) {
  return (
    <p class="why">
      {t(why)}
      {onNotThis && (
        <button type="button" class="not-this" title={t('cardNotThisTitle')} onClick={onNotThis}>
          {t('cardNotThis')}
        </button>
      )}
    </p>
  );
}

/** Related entities as chips; choosing one switches the card to it. */
function RelatedChips({ related, onOpen }: { related: CardModel['related']; onOpen(entityId: string): void }) {
  return (
    <section class="related" aria-label={t('cardRelated')}>
      <h3 class="section-title">{t('cardRelated')}</h3>
      <ul>
        {related.map((r) => (
          <li key={`${r.relation}-${r.entityId}`}>
            <button type="button" class="chip" title={`${r.relation} ${r.name}`} onClick={() => onOpen(r.entityId)}>
              <span class="chip-relation">{r.relation}</span> {r.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CardActions({ onOpenEntry, onAnnotate }: { onOpenEntry(): void; onAnnotate?: () => void }) {
  return (
    <footer class="actions">
      <button type="button" class="action primary" onClick={onOpenEntry}>
        {t('cardOpenFullEntry')}
      </button>
      {onAnnotate && (
        <button type="button" class="action" onClick={onAnnotate}>
          {t('cardAnnotate')}
        </button>
      )}
    </footer>
  );
}

/** Keeps Tab inside the card: past the last control back to the first, and the other way round. */
function cycleFocus(event: KeyboardEvent, root: HTMLElement | null) {
  if (!root) return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return;
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const index = items.indexOf(active as HTMLElement);
  let next: HTMLElement | undefined;
  if (event.shiftKey) next = index <= 0 ? items[items.length - 1] : undefined;
  else next = index === -1 || index === items.length - 1 ? items[0] : undefined;
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
