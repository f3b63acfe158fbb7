/** Reading a page's text: block runs over the DOM, resumable walks, and idle-time slices. */
export { readTextOnly, walkBlocks } from './blocks';
export type { BlockWalk, BlockWalkHooks, TextBlock } from './blocks';
export { createScheduler } from './scheduler';
export type { Scheduler, SchedulerOptions, SliceStats, SliceTask } from './scheduler';
export {
  LENS_UI_ATTRIBUTE,
  blockOf,
  composedParent,
  isBlockElement,
  isInSkippedContext,
  isSkippedElement,
} from './elements';
