/**
 * Annotations as the W3C Web Annotation Data Model describes them (https://www.w3.org/TR/annotation-model/),
 * so they export and import without translation. One note body (Markdown), one body per tag, one
 * body per linked entity; the target carries the page and two selectors (quote and position).
 */

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Entities are identified by IRIs under this prefix: `urn:ai-industry-lens:entity:<id>`. */
export const ENTITY_IRI_PREFIX = 'urn:ai-industry-lens:entity:';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface NoteBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/markdown';
}

export interface TagBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: string;
}

export interface EntityBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: string;
}

export type Body = NoteBody | TagBody | EntityBody;

export interface Target {
  /** The page, normalised by `normalizeUrl`. */
  source: string;
  /** The page's title when annotated (not part of the W3C vocabulary; kept for lists and exports). */
  title?: string;
  selector: Selector[];
}

export interface Annotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: Body[];
  target: Target;
}

/** What the editor produces and shows: the bodies flattened to plain fields. */
export interface AnnotationContent {
  note: string;
  tags: string[];
  entityIds: string[];
}

export function entityIri(entityId: string): string {
  return ENTITY_IRI_PREFIX + entityId;
}

export function noteOf(annotation: Annotation): string {
  const body = annotation.body.find((b): b is NoteBody => b.purpose === 'commenting');
  return body?.value ?? '';
}

export function tagsOf(annotation: Annotation): string[] {
  return annotation.body.filter((b): b is TagBody => b.purpose === 'tagging').map((b) => b.value);
}

export function entityIdsOf(annotation: Annotation): string[] {
  return annotation.body
    .filter((b): b is EntityBody => b.purpose === 'identifying')
    .map((b) => b.source)
    .filter((iri) => iri.startsWith(ENTITY_IRI_PREFIX))
    .map((iri) => iri.slice(ENTITY_IRI_PREFIX.length));
}

export function quoteOf(annotation: Annotation): TextQuoteSelector | undefined {
  return annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionOf(annotation: Annotation): TextPositionSelector | undefined {
  return annotation.target.selector.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  );
}

export function contentOf(annotation: Annotation): AnnotationContent {
  return { note: noteOf(annotation), tags: tagsOf(annotation), entityIds: entityIdsOf(annotation) };
}

/** Tags are trimmed, inner whitespace collapsed, and deduplicated case-insensitively. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

function bodiesFor(content: AnnotationContent): Body[] {
  const bodies: Body[] = [];
  const note = content.note.trim();
  if (note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/markdown' });
  for (const tag of cleanTags(content.tags)) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const id of [...new Set(content.entityIds)]) {
    bodies.push({ type: 'SpecificResource', purpose: 'identifying', source: entityIri(id) });
  }
  return bodies;
}

function newId(): string {
  return `urn:uuid:${crypto.randomUUID()}`;
}

export function createAnnotation(options: {
  source: string;
  title?: string;
  selectors: Selector[];
  content: AnnotationContent;
  now?: Date;
  id?: string;
}): Annotation {
  const now = (options.now ?? new Date()).toISOString();
  const body = bodiesFor(options.content);
  return {
    '@context': ANNOTATION_CONTEXT,
    id: options.id ?? newId(),
    type: 'Annotation',
    motivation: body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting',
    created: now,
    modified: now,
    body,
    target: {
      source: options.source,
      ...(options.title ? { title: options.title } : {}),
      selector: options.selectors,
    },
  };
}

export function updateAnnotation(annotation: Annotation, content: AnnotationContent, now = new Date()): Annotation {
  const body = bodiesFor(content);
  return {
    ...annotation,
    body,
    motivation: body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting',
    modified: now.toISOString(),
  };
}
