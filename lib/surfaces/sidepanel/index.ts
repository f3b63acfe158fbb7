/** The side panel (Chrome's side panel, Firefox's sidebar): annotations, and places for other views. */
export { SidePanelApp, type SidePanelAppProps, type SidePanelTab } from './SidePanelApp';
export { AnnotationsView, PAGE_SIZE } from './AnnotationsView';
export { buildRows, filterRows, groupRows, type AnnotationRow, type AnnotationGroup, type GroupBy } from './annotation-list';
