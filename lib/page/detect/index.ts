/** Detection: which of the dataset's names the page mentions, where, kept live and painted. */
export { createDetector } from './detector';
export type { DetectorOptions, DetectorStats, LensDetector } from './detector';
export type { Detector, Mention } from './types';
export type { MentionReason } from './gates';
export { PageRelevance } from './relevance';
export { compareNodes, containsComposed } from './order';
export { connectDetector } from './connect';
