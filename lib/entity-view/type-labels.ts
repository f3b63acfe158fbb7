import type { EntityType } from '../dataset';

/** How each entity type is named in the UI, one and many. */
export const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  company: { one: 'Company', many: 'Companies' },
  product: { one: 'Product', many: 'Products' },
  model: { one: 'Model', many: 'Models' },
  team: { one: 'Team', many: 'Teams' },
  event: { one: 'Event', many: 'Events' },
  deal: { one: 'Deal', many: 'Deals' },
  concept: { one: 'Concept', many: 'Concepts' },
};

/** The order types are listed in when grouped (people first: "who is that?" is the usual question). */
export const TYPE_ORDER: EntityType[] = [
  'person',
  'company',
  'product',
  'model',
  'team',
  'deal',
  'event',
  'concept',
];
