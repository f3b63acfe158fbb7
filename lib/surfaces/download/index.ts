/** Files on the extension's pages: text saved as a download, a picked file read, annotation files both ways. */
export { downloadText } from './save';
export { readFileText } from './read-file';
export { downloadAnnotations, importAnnotationFile, exportedMessage, importedMessage, refusedMessage } from './annotations';
