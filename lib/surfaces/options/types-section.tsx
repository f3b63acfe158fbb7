/** Which entity types are highlighted (and carded). */
import type { EntityType } from '../../core/dataset/types';
import { t, type MessageKey } from '../../core/i18n';
import { saveSettings, type Settings } from '../../platform/settings';

export const TYPE_LABELS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  company: 'typeCompany',
  product: 'typeProduct',
  model: 'typeModel',
  team: 'typeTeam',
  event: 'typeEvent',
  deal: 'typeDeal',
  concept: 'typeConcept',
};

export function TypesSection({ settings }: { settings: Settings }) {
  const types = Object.keys(TYPE_LABELS) as EntityType[];
  return (
    <section class="ail-card" aria-labelledby="types-heading">
      <h2 id="types-heading">{t('sectionTypes')}</h2>
      <p class="ail-hint">{t('typesHint')}</p>
      <div class="ail-type-grid">
        {types.map((type) => (
          <label key={type} class={`ail-type ail-type-${type}`}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.enabledTypes[type]}
              onChange={(e) =>
                void saveSettings({ enabledTypes: { ...settings.enabledTypes, [type]: e.currentTarget.checked } })
              }
            />
            <span class="ail-type-swatch" aria-hidden="true" />
            <span>{t(TYPE_LABELS[type])}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
