/** The toolbar popup: search, what the page mentions, and entity entries. */
export { Popup, RESULT_LIMIT, type PopupProps } from './Popup';
export { EntityFinder, type EntityFinderProps } from './EntityFinder';
export { createBrowserPageBridge, type PageBridge, type PageState, type RevealResult } from './page-bridge';
export { parsePopupLocation, popupHash, type PopupLocation } from '../../core/routes';
export { groupPageMentions, type MentionGroup, type MentionGroupItem } from './page-groups';
export { NO_PAGE_MESSAGE, UNREACHABLE_MESSAGE } from './OnThisPage';
export { followAnnotatedPages, groupAnnotatedPages, type AnnotatedPages } from './annotated-pages';
