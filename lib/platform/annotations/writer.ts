/**
 * The one writer of annotations. Every context may read `storage.local`, but a write is a
 * read-modify-write of a page's key, and two contexts doing that at once (two tabs of one page, the
 * side panel importing while a tab saves) lose one of the two. So every write is a request handed to
 * one place: the background, which applies them one after the other (`localWriter`); every other
 * context sends its request there (`remoteWriter`) and gets the result, or the reason it failed, back.
 *
 * Why the background and not a key per annotation: a page's annotations still load with one read
 * (what every frame of every page does at start), the background is the one context of its kind per
 * profile, and a message keeps it awake until its write is done.
 */
import { sendToBackground } from '../messaging';
import type { Annotation } from './model';
import type { PageRecord } from './store';
import { AnnotationStoreError, describeWriteError } from './store-error';
import { isObject } from '../../core/guards';

export interface ImportResult {
  added: number;
  /** Already stored (same id): left as they were. */
  skipped: number;
}

/** One write, as a message can carry it. */
export type WriteRequest =
  | {
      op: 'save';
      annotation: Annotation;
      pageTitle?: string;
      /**
       * An edit: the `modified` stamp of the note it started from. Refused if the stored note has
       * another (edited elsewhere meanwhile) or is gone (deleted), rather than undo that change.
       */
      base?: string;
    }
  | { op: 'delete'; url: string; id: string }
  | { op: 'add'; annotations: Annotation[] }
  | { op: 'orphans'; url: string; ids: string[] };

/** What each kind of write answers. */
export interface WriteValues {
  save: PageRecord;
  delete: PageRecord;
  add: ImportResult;
  orphans: null;
}

/** A write's outcome as it crosses contexts: the value, or the message of why it failed. */
export type WriteOutcome = { ok: true; value: WriteValues[WriteRequest['op']] } | { ok: false; error: string };

export interface AnnotationWriter {
  write<R extends WriteRequest>(request: R): Promise<WriteValues[R['op']]>;
}

let writer: AnnotationWriter | null = null;

/** The writer this context uses: the one installed (the background's own), else the background's by message. */
export function currentWriter(): AnnotationWriter {
  return writer ?? remoteWriter;
}

/** Installs the writer of this context: the background installs the local one, and only it. */
export function setAnnotationWriter(next: AnnotationWriter | null): void {
  writer = next;
}

/** Sends each write to the background and hands back its value, or throws its reason. */
export const remoteWriter: AnnotationWriter = {
  async write(request) {
    let outcome: WriteOutcome | undefined;
    try {
      outcome = await sendToBackground({ type: 'annotations/write', write: request });
    } catch (error) {
      throw describeWriteError(error);
    }
    if (!outcome) throw describeWriteError(new Error('no answer'));
    if (!outcome.ok) throw new AnnotationStoreError(outcome.error);
    return outcome.value as never;
  },
};


function isAnnotationLike(value: unknown): value is Annotation {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    Array.isArray(value.body) &&
    isObject(value.target) &&
    typeof value.target.source === 'string' &&
    Array.isArray(value.target.selector)
  );
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Whether a message's payload is a write this writer knows, in the shape it needs (checked in the background). */
export function isWriteRequest(value: unknown): value is WriteRequest {
  if (!isObject(value)) return false;
  switch (value.op) {
    case 'save':
      return (
        isAnnotationLike(value.annotation) &&
        (value.pageTitle === undefined || typeof value.pageTitle === 'string') &&
        (value.base === undefined || typeof value.base === 'string')
      );
    case 'delete':
      return typeof value.url === 'string' && typeof value.id === 'string';
    case 'add':
      return Array.isArray(value.annotations) && value.annotations.every(isAnnotationLike);
    case 'orphans':
      return typeof value.url === 'string' && isStrings(value.ids);
    default:
      return false;
  }
}

/** Opens a note's page at the note (the background finds or opens the tab); a failure is silent. */
export function openNote(note: { url: string; annotationId: string }): void {
  void sendToBackground({ type: 'ui/open-annotation', url: note.url, annotationId: note.annotationId }).catch(() => undefined);
}
