/**
 * Reading a W3C Web Annotation JSON-LD file. Everything is checked before anything is stored, and a
 * refusal names the problem (and where in the file), so nothing half-imports. What comes out is
 * rebuilt from the fields we know, never the parsed object itself.
 *
 * Whatever the extension itself saves and exports imports back: the page's own text (the quote, its
 * context, the page's title) is taken as the page had it, invisible direction marks and all (social
 * sites wrap every user name in them), and the limits on a field's length sit far above anything a
 * person selects or types; only the file's size bounds what a hostile file can ask of memory.
 */
import {
  ANNOTATION_CONTEXT,
  ENTITY_IRI_PREFIX,
  type Annotation,
  type Body,
  type Selector,
  type TextQuoteSelector,
} from './model';
import { formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import { normalizeUrl } from './url';
import { isObject } from '../../core/guards';

export const IMPORT_LIMITS = {
  bytes: 20 * 1024 * 1024,
  annotations: 50_000,
  depth: 12,
  id: 500,
  url: 4096,
  title: 10_000,
  quote: 1_000_000,
  context: 1000,
  note: 1_000_000,
  tag: 1000,
  bodies: 500,
} as const;

export type ImportParse = { ok: true; annotations: Annotation[] } | { ok: false; error: string };

class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

type Json = Record<string, unknown>;


// Control characters (other than tab and line breaks) and bidirectional overrides and isolates: how
// hostile text hides what it says. Refused in what names or places an annotation (ids, addresses,
// dates); dropped from notes and tags (invisible, so the words stay as they read); kept in the page's
// own text, which must match the page to anchor.
const HOSTILE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const HOSTILE_ALL = new RegExp(HOSTILE.source, 'g');

/** What a field does with hostile characters. */
type Hostile = 'refuse' | 'drop' | 'keep';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function checkTree(value: unknown, path: string, depth: number): void {
  if (depth > IMPORT_LIMITS.depth) refuse(t('annotateImportTooDeep', path, formatNumber(IMPORT_LIMITS.depth)));
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkTree(item, `${path}[${i}]`, depth + 1));
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) refuse(t('annotateImportForbiddenKey', path, key));
      checkTree(value[key], `${path}.${key}`, depth + 1);
    }
  }
}

function text(value: unknown, path: string, max: number, options: { optional?: boolean; hostile?: Hostile } = {}): string {
  if (value === undefined && options.optional) return '';
  if (typeof value !== 'string') refuse(t(value === undefined ? 'annotateImportMissingString' : 'annotateImportNotString', path));
  if (value.length > max) refuse(t('annotateImportTooLong', path, formatNumber(value.length), formatNumber(max)));
  const hostile = options.hostile ?? 'refuse';
  if (hostile === 'keep' || !HOSTILE.test(value)) return value;
  if (hostile === 'drop') return value.replace(HOSTILE_ALL, '');
  refuse(t('annotateImportHostile', path));
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}\u2026` : value;
}

function date(value: unknown, path: string, fallback: string): string {
  if (value === undefined) return fallback;
  const raw = text(value, path, 100);
  const time = Date.parse(raw);
  if (Number.isNaN(time)) refuse(t('annotateImportNotDate', path, raw.slice(0, 40)));
  return new Date(time).toISOString();
}

function pageUrl(value: unknown, path: string): string {
  const raw = text(value, path, IMPORT_LIMITS.url);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    refuse(t('annotateImportNotUrl', path, raw.slice(0, 80)));
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    refuse(t('annotateImportBadScheme', path, url.protocol));
  }
  return normalizeUrl(raw);
}

function hasType(value: Json, type: string): boolean {
  const t = value.type;
  return t === type || (Array.isArray(t) && t.includes(type));
}

function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function selectors(value: unknown, path: string): Selector[] {
  const out: Selector[] = [];
  let quote: TextQuoteSelector | undefined;
  asList(value).forEach((raw, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(raw)) refuse(t('annotateImportNotObject', at));
    if (raw.type === 'TextQuoteSelector') {
      const exact = text(raw.exact, `${at}.exact`, IMPORT_LIMITS.quote, { hostile: 'keep' });
      if (!exact) refuse(t('annotateImportEmptyQuote', at));
      quote = { type: 'TextQuoteSelector', exact };
      if (raw.prefix !== undefined) quote.prefix = text(raw.prefix, `${at}.prefix`, IMPORT_LIMITS.context, { hostile: 'keep' });
      if (raw.suffix !== undefined) quote.suffix = text(raw.suffix, `${at}.suffix`, IMPORT_LIMITS.context, { hostile: 'keep' });
      out.push(quote);
    } else if (raw.type === 'TextPositionSelector') {
      const { start, end } = raw;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
        refuse(t('annotateImportBadPosition', at));
      }
      out.push({ type: 'TextPositionSelector', start: start as number, end: end as number });
    }
    // Other selector kinds (CSS, XPath, range) are left out: they cannot anchor here.
  });
  if (!quote) refuse(t('annotateImportNoQuote', path));
  return out;
}

function bodies(value: unknown, path: string): Body[] {
  const list = asList(value);
  if (list.length > IMPORT_LIMITS.bodies) refuse(t('annotateImportTooManyBodies', path, formatNumber(list.length), formatNumber(IMPORT_LIMITS.bodies)));
  const out = list.map((raw, i): Body | null => {
    const at = `${path}[${i}]`;
    if (!isObject(raw)) refuse(t('annotateImportNotObject', at));
    const purpose = raw.purpose;
    if (hasType(raw, 'TextualBody') || (raw.type === undefined && typeof raw.value === 'string')) {
      if (purpose === 'tagging') {
        const typed = text(raw.value, `${at}.value`, IMPORT_LIMITS.tag, { hostile: 'keep' });
        if (!typed.trim()) refuse(t('annotateImportEmptyTag', at));
        // A tag of nothing but invisible characters is left out (the rest of the file is fine).
        const tag = typed.replace(HOSTILE_ALL, '').trim();
        return tag ? { type: 'TextualBody', purpose: 'tagging', value: tag } : null;
      }
      if (purpose === undefined || purpose === 'commenting' || purpose === 'describing') {
        return {
          type: 'TextualBody',
          purpose: 'commenting',
          value: text(raw.value, `${at}.value`, IMPORT_LIMITS.note, { hostile: 'drop' }),
          format: 'text/markdown',
        };
      }
    }
    if (hasType(raw, 'SpecificResource') && purpose === 'identifying') {
      const source = text(raw.source, `${at}.source`, IMPORT_LIMITS.id);
      if (!source.startsWith(ENTITY_IRI_PREFIX) || !/^[a-z0-9][a-z0-9-]*$/.test(source.slice(ENTITY_IRI_PREFIX.length))) {
        refuse(t('annotateImportBadEntity', at, `${ENTITY_IRI_PREFIX}openai`));
      }
      return { type: 'SpecificResource', purpose: 'identifying', source };
    }
    refuse(t('annotateImportBadBody', at, String(JSON.stringify(raw.type)), String(JSON.stringify(purpose))));
  });
  return out.filter((body): body is Body => body !== null);
}

function annotation(raw: unknown, path: string, now: string): Annotation {
  if (!isObject(raw)) refuse(t('annotateImportNotObject', path));
  if (!hasType(raw, 'Annotation')) refuse(t('annotateImportNotAnnotation', path, String(JSON.stringify(raw.type))));
  const id = text(raw.id, `${path}.id`, IMPORT_LIMITS.id);
  if (!id.trim()) refuse(t('annotateImportEmptyId', path));
  const targets = asList(raw.target);
  if (targets.length !== 1 || !isObject(targets[0])) refuse(t('annotateImportBadTarget', path));
  const target = targets[0] as Json;
  const source = pageUrl(target.source, `${path}.target.source`);
  // The page's title as the page gave it; a longer one is cut, not refused (it only labels the page).
  const title = truncate(text(target.title, `${path}.target.title`, IMPORT_LIMITS.bytes, { optional: true, hostile: 'keep' }), IMPORT_LIMITS.title);
  const created = date(raw.created, `${path}.created`, now);
  const body = bodies(raw.body, `${path}.body`);
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'Annotation',
    motivation: body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting',
    created,
    modified: date(raw.modified, `${path}.modified`, created),
    body,
    target: { source, ...(title ? { title } : {}), selector: selectors(target.selector, `${path}.target.selector`) },
  };
}

/** The annotations of a collection, an annotation page, one annotation or a bare array. */
function itemsOf(data: unknown): { items: unknown[]; path: string } {
  if (Array.isArray(data)) return { items: data, path: '' };
  if (!isObject(data)) refuse(t('annotateImportNotObjectFile'));
  if (hasType(data, 'AnnotationCollection')) {
    const first = data.first;
    if (isObject(first) && Array.isArray(first.items)) return { items: first.items, path: 'first.items' };
    if (Array.isArray(data.items)) return { items: data.items, path: 'items' };
    refuse(t('annotateImportNoItems'));
  }
  if (hasType(data, 'AnnotationPage') && Array.isArray(data.items)) return { items: data.items, path: 'items' };
  if (hasType(data, 'Annotation')) return { items: [data], path: '' };
  refuse(t('annotateImportNotCollection', JSON.stringify(data.type ?? null)));
}

/** Validates a JSON-LD file's text; either every annotation in it, or the first problem found. */
export function parseAnnotationImport(fileText: string, now = new Date()): ImportParse {
  try {
    if (fileText.length > IMPORT_LIMITS.bytes) {
      const megabytes = (bytes: number, digits: number) =>
        formatNumber(bytes / 1024 / 1024, undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      refuse(t('annotateImportTooBig', megabytes(fileText.length, 1), megabytes(IMPORT_LIMITS.bytes, 0)));
    }
    let data: unknown;
    try {
      data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
    } catch (error) {
      refuse(t('annotateImportNotJson', (error as Error).message));
    }
    checkTree(data, 'file', 0);
    const { items, path } = itemsOf(data);
    if (items.length > IMPORT_LIMITS.annotations) {
      refuse(t('annotateImportTooMany', formatNumber(items.length), formatNumber(IMPORT_LIMITS.annotations)));
    }
    if (!items.length) refuse(t('annotateImportEmpty'));
    const stamp = now.toISOString();
    const annotations = items.map((item, i) => annotation(item, path ? `${path}[${i}]` : t('annotateImportItem', i + 1), stamp));
    return { ok: true, annotations };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    return { ok: false, error: t('annotateImportUnreadable', (error as Error).message) };
  }
}
