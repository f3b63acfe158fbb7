/**
 * The dataset's public face: its types, the bundled data, validation and display helpers.
 */
export type {
  Alias,
  Claim,
  Coverage,
  Dataset,
  Entity,
  EntityType,
  Fact,
  Figure,
  FigureBound,
  PartialDate,
  Relation,
  Role,
  Source,
} from './types';
export { bundledDataset, entityById, sourceById, mergeDatasets, type MergeResult } from './load';
export {
  validateDataset,
  validateDatasetShape,
  validateDatasetText,
  formatDatasetErrors,
  datasetSchema,
  type DatasetError,
  type DatasetValidation,
} from './validate';
export {
  parsePartialDate,
  partialDateProblem,
  isValidPartialDate,
  defaultLocale,
  formatPartialDate,
  comparePartialDates,
  sortFacts,
  formatFigure,
  figureBound,
  withBound,
  datasetCoverage,
  ENGLISH_BOUND_WORDS,
  type BoundWords,
  type DateParts,
  type DatePrecision,
} from './format';
export { ENTITY_TYPES, TYPE_LABELS, TYPE_ORDER, everyType, isEntityType, typeRgb } from './entity-types';
export { mergeValidated } from './load';
