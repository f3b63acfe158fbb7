/** Where boxes floating over a page go (the hover card, the annotator's adder, popover and editor). */
export {
  placeCard,
  placeNear,
  pickAnchorIndex,
  isInViewport,
  boxOf,
  type Box,
  type Size,
  type Placement,
} from './placement';
