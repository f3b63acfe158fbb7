/** The annotator's boxes are placed by the one placement module (lib/ui/placement); kept for EditorFrame's import. */
export { placeNear, boxOf, type Box } from '../../../ui/placement';
