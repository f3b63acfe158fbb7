import type { EntityType } from '../dataset';
import { t, type MessageKey } from '../i18n';

/** Read when shown, so the text is the browser's for the person's language. */
function labels(one: MessageKey, many: MessageKey) {
  return {
    get one() {
      return t(one);
    },
    get many() {
      return t(many);
    },
  };
}

/** How each entity type is named in the UI, one and many, in the person's language. */
export const TYPE_LABELS: Record<EntityType, { readonly one: string; readonly many: string }> = {
  person: labels('entityTypePerson', 'typePerson'),
  company: labels('entityTypeCompany', 'typeCompany'),
  product: labels('entityTypeProduct', 'typeProduct'),
  model: labels('entityTypeModel', 'typeModel'),
  team: labels('entityTypeTeam', 'typeTeam'),
  event: labels('entityTypeEvent', 'typeEvent'),
  deal: labels('entityTypeDeal', 'typeDeal'),
  concept: labels('entityTypeConcept', 'typeConcept'),
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
