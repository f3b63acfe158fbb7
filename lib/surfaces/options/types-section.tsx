/** Which entity types are highlighted (and carded). */
import { ENTITY_TYPES, TYPE_LABELS, typeRgb } from '../../core/dataset';
import { t } from '../../core/i18n';
import { saveSettings, type Settings } from '../../platform/settings';

export function TypesSection({ settings }: { settings: Settings }) {
  return (
    <section class="ail-card" aria-labelledby="types-heading">
      <h2 id="types-heading">{t('sectionTypes')}</h2>
      <p class="ail-hint">{t('typesHint')}</p>
      <div class="ail-type-grid">
        {ENTITY_TYPES.map((type) => (
          <label key={type} class={`ail-type ail-type-${type}`}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.enabledTypes[type]}
              onChange={(e) =>
                void saveSettings({ enabledTypes: { ...settings.enabledTypes, [type]: e.currentTarget.checked } })
              }
            />
            {/* The colour this type's names are painted in on pages. */}
            <span class="ail-type-swatch" aria-hidden="true" style={{ background: `rgb(${typeRgb(type)})` }} />
            <span>{TYPE_LABELS[type].many}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
