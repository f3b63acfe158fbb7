/**
 * Hover cards: the facts about a name, next to the name. `startHoverCards` is all a content script
 * needs; the rest is exported for tests and for other surfaces that want the same card content.
 */
export { startHoverCards, type HoverCardOptions, type HoverCards } from './start-hover-cards';
export { Card, type CardProps } from './components/Card';
export {
  buildCardModel,
  createLookup,
  findLaunch,
  MAX_CARD_FACTS,
  type CardLookup,
  type CardModel,
} from './card-model';
export { placeCard, pickAnchorIndex, type Placement, type Box, type Size } from '../../ui/placement';
export { CARD_CSS } from './styles';
export { HOST_NAME } from './card-container';
