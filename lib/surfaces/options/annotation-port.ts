/** The options page's door to the annotation store (lib/platform/annotations): count, follow, export, import. */
import { exportFile, importAnnotationText, loadAll, watchAnnotations } from '../../platform/annotations';
import { entityById } from '../../core/dataset';
import type { Dataset } from '../../core/dataset/types';
import type { AnnotationPort } from './annotations-section';

/** `dataset` names the entities an annotation is about in the export (ids otherwise). */
export function createAnnotationPort(dataset?: Dataset): AnnotationPort {
  const entities = dataset ? entityById(dataset) : new Map<string, { name: string }>();
  const all = async () => (await loadAll()).flatMap((record) => record.annotations);
  return {
    count: async () => (await all()).length,
    watch: (onChange) => watchAnnotations(() => onChange()),
    async exportFile() {
      const annotations = await all();
      const file = exportFile('jsonld', annotations, { entityName: (id) => entities.get(id)?.name });
      return { fileName: file.filename, text: file.text, mimeType: file.mimeType, count: annotations.length };
    },
    importText: (text) => importAnnotationText(text),
  };
}
