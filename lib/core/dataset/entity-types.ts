/**
 * The entity types' names in the UI. The table itself (ids, order, colours, label keys) is
 * lib/core/entity-types; this adds what needs i18n.
 */
import { ENTITY_TYPES, TYPE_TABLE, type EntityType } from '../entity-types';
import { t } from '../i18n';

export { ENTITY_TYPES, TYPE_ORDER, everyType, isEntityType, typeRgb, type EntityType } from '../entity-types';

/** How each entity type is named in the UI, one and many, read when shown (the person's language). */
export const TYPE_LABELS: Record<EntityType, { readonly one: string; readonly many: string }> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [
    type,
    {
      get one() {
        return t(TYPE_TABLE[type].one);
      },
      get many() {
        return t(TYPE_TABLE[type].many);
      },
    },
  ]),
) as Record<EntityType, { readonly one: string; readonly many: string }>;
