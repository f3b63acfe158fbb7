/** The full entry of one entity, shared by the popup and the side panel. */
export { EntityDetail, Freshness, type EntityDetailProps, type EntityAnnotationPage } from './EntityDetail';
export { buildDetailModel, type DetailModel } from './detail-model';
