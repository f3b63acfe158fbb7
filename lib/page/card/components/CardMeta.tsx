/**
 * The lines under a card's summary: a person's roles with their organisations, or a product's or
 * model's maker and launch. Organisations and makers the dataset knows are links to their own card.
 */
import { Fragment } from 'preact';
import type { PartialDate } from '../../../core/dataset';
import { t } from '../../../core/i18n';
import type { CardModel, NameRef } from '../card-model';

export interface CardMetaProps {
  model: CardModel;
  formatDate: (date: PartialDate) => string;
  /** Switches the card to another entity. */
  onOpen(entityId: string): void;
}

export function CardMeta(props: CardMetaProps) {
  const { model, formatDate, onOpen } = props;
  const lines = [];
  for (const role of model.roles) {
    const span = role.to
      ? `${role.from ? formatDate(role.from) : ''}–${formatDate(role.to)}`
      : role.from
        ? t('cardSince', formatDate(role.from))
        : '';
    lines.push(
      <li key={`role-${role.title}-${role.org?.name ?? ''}`} class={role.to ? 'past' : undefined}>
        {role.title}
        {role.org && (
          <>
            {' · '}
            <Name value={role.org} onOpen={onOpen} />
          </>
        )}
        {span && <span class="muted"> ({span})</span>}
      </li>,
    );
  }
  if (model.makers.length > 0) {
    lines.push(
      <li key="makers">
        {t('cardMadeBy')}{' '}
        {model.makers.map((maker, i) => (
          <Fragment key={maker.entityId ?? maker.name}>
            {i > 0 && ', '}
            <Name value={maker} onOpen={onOpen} />
          </Fragment>
        ))}
      </li>,
    );
  }
  if (model.launch) {
    lines.push(
      <li key="launch">
        {model.launch.stated ? t('cardLaunched') : t('cardFirstReported')}{' '}
        <time dateTime={model.launch.date}>{formatDate(model.launch.date)}</time>
      </li>,
    );
  }
  return lines.length ? <ul class="meta">{lines}</ul> : null;
}

function Name({ value, onOpen }: { value: NameRef; onOpen(id: string): void }) {
  const id = value.entityId;
  return id ? (
    <button type="button" class="link" onClick={() => onOpen(id)}>
      {value.name}
    </button>
  ) : (
    <span>{value.name}</span>
  );
}
