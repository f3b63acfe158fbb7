/**
 * The one table of entity types. Everything else is made from it: the `EntityType` union, the
 * schema's enum (a test holds them equal), the settings' default switches, the highlight colours and
 * the options page's swatches, the labels (one and many; lib/core/dataset names them through i18n)
 * and the order types are listed in. No imports at run time: the early highlight rules, which run in
 * every frame before the page is styled, take their colours from here and nothing else.
 */
import type { MessageKey } from '../i18n';

interface EntityTypeRow {
  /** The type's name, singular ("Person") and plural ("People"). */
  one: MessageKey;
  many: MessageKey;
  /** Its colour as an `r g b` triple: mid tones that read on white and on near-black pages alike. */
  rgb: string;
}

export const TYPE_TABLE = {
  person: { one: 'entityTypePerson', many: 'typePerson', rgb: '245 158 11' }, // amber
  company: { one: 'entityTypeCompany', many: 'typeCompany', rgb: '59 130 246' }, // blue
  product: { one: 'entityTypeProduct', many: 'typeProduct', rgb: '139 92 246' }, // violet
  model: { one: 'entityTypeModel', many: 'typeModel', rgb: '16 185 129' }, // emerald
  team: { one: 'entityTypeTeam', many: 'typeTeam', rgb: '236 72 153' }, // pink
  event: { one: 'entityTypeEvent', many: 'typeEvent', rgb: '6 182 212' }, // cyan
  deal: { one: 'entityTypeDeal', many: 'typeDeal', rgb: '132 204 22' }, // lime
  concept: { one: 'entityTypeConcept', many: 'typeConcept', rgb: '148 163 184' }, // slate
} as const satisfies Record<string, EntityTypeRow>;

/** What an entity is. The dataset's `type` field; the schema's enum says the same. */
export type EntityType = keyof typeof TYPE_TABLE;

/** Every type, in the table's order (the schema's and the settings'). */
export const ENTITY_TYPES = Object.keys(TYPE_TABLE) as readonly EntityType[];

/** The order types are listed in when grouped (people first: "who is that?" is the usual question). */
export const TYPE_ORDER: readonly EntityType[] = ['person', 'company', 'product', 'model', 'team', 'deal', 'event', 'concept'];

/** A type's colour as an `r g b` triple, for `rgb(${typeRgb(type)} / alpha)`. */
export const typeRgb = (type: EntityType): string => TYPE_TABLE[type].rgb;

/** Whether a value names an entity type. */
export const isEntityType = (value: unknown): value is EntityType => typeof value === 'string' && Object.hasOwn(TYPE_TABLE, value);

/** One boolean per type, the same for all (the settings' default: every type shown). */
export const everyType = <V>(value: V): Record<EntityType, V> =>
  Object.fromEntries(ENTITY_TYPES.map((type) => [type, value])) as Record<EntityType, V>;
