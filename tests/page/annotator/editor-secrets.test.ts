/**
 * The framed editor leaves a short-lived secret in storage.local (`lens-editor-frame:<key>`, see
 * lib/page/annotator/editor-protocol.ts). It is not an annotation: reading, listing, exporting, watching and
 * writing annotations never see it, touch it or trip over it. And the editor's saves reach storage only
 * through the store (the one writer), never by a direct write of their own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameSecretKey, FRAME_SECRET_PREFIX } from '../../../lib/page/annotator/editor-protocol';
import { exportFile } from '../../../lib/platform/annotations/export';
import { createAnnotation, type Annotation } from '../../../lib/platform/annotations/model';
import {
  addAnnotations,
  deleteAnnotation,
  loadAll,
  loadPage,
  pageKey,
  saveAnnotation,
  setOrphans,
  watchAnnotations,
} from '../../../lib/platform/annotations/store';

const PAGE = 'https://example.com/story';
const SECRET = frameSecretKey('0123456789abcdef');

function note(text: string, source = PAGE): Annotation {
  return createAnnotation({
    source,
    selectors: [{ type: 'TextQuoteSelector', exact: text }],
    content: { note: `**about** ${text}`, tags: [], entityIds: [] },
  });
}

describe('the editor frame’s secrets in storage.local', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('are not annotations: loads, lists and exports leave them out', async () => {
    // A secret shaped like a page record must not pass either.
    await browser.storage.local.set({ [SECRET]: 'f00d', [`${FRAME_SECRET_PREFIX}other`]: { url: PAGE, title: '', annotations: [] } });
    const a = note('one');
    await saveAnnotation(a, 'Story');
    const all = await loadAll();
    expect(all.map((r) => r.url)).toEqual([PAGE]);
    expect(all.flatMap((r) => r.annotations.map((x) => x.id))).toEqual([a.id]);
    expect((await loadPage(PAGE)).annotations.map((x) => x.id)).toEqual([a.id]);
    for (const format of ['jsonld', 'markdown', 'csv'] as const) {
      const { text } = exportFile(format, all.flatMap((r) => r.annotations));
      expect(text).not.toContain(FRAME_SECRET_PREFIX);
      expect(text).not.toContain('f00d');
    }
  });

  it('are neither rewritten nor removed by the writer, and wake no watcher', async () => {
    const changes: unknown[] = [];
    const stop = watchAnnotations((c) => changes.push(c), { orphans: true });
    await browser.storage.local.set({ [SECRET]: 'f00d' });
    await browser.storage.local.remove(SECRET);
    expect(changes).toEqual([]);
    await browser.storage.local.set({ [SECRET]: 'f00d' });
    const a = note('one');
    const b = note('two', 'https://example.com/other');
    await saveAnnotation(a);
    await addAnnotations([b]);
    await setOrphans(PAGE, [a.id]);
    await deleteAnnotation(PAGE, a.id);
    await deleteAnnotation(b.target.source, b.id);
    stop();
    expect(await browser.storage.local.get(null)).toEqual({ [SECRET]: 'f00d' });
    // Only the annotation pages were ever reported.
    const urls = new Set((changes as { url: string }[][]).flat().map((c) => c.url));
    expect([...urls].sort()).toEqual(['https://example.com/other', PAGE]);
  });

  it('keep exports of a note in its Markdown source', async () => {
    const a = note('one');
    await saveAnnotation(a);
    const [record] = await loadAll();
    expect(exportFile('markdown', record.annotations).text).toContain('**about** one');
    expect(exportFile('csv', record.annotations).text).toContain('**about** one');
    expect(exportFile('jsonld', record.annotations).text).toContain('**about** one');
    expect(await browser.storage.local.get(pageKey(PAGE))).toBeTruthy();
  });
});

describe('the editor frame’s saves', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const files = [
    'lib/page/annotator/editor-page.tsx',
    'lib/page/annotator/editor-protocol.ts',
    ...readdirSync(join(root, 'lib/page/annotator/on-page')).map((f) => `lib/page/annotator/on-page/${f}`),
    ...readdirSync(join(root, 'entrypoints/annotation-editor')).map((f) => `entrypoints/annotation-editor/${f}`),
  ];

  it('touch storage only for the frame’s secret; annotations go through the store', () => {
    const calls: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const [call] of source.matchAll(/storage\.\w+\.\w+\([^\n]*/g)) calls.push(`${file}: ${call}`);
    }
    // The secret's set, its read and removal by the frame, and its removal when unused: nothing else.
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((call) => !/^[^:]+: storage\.local\.(get|set|remove)\(\{? ?\[?frameSecretKey\(key\)/.test(call))).toEqual([]);
    const flow = readFileSync(join(root, 'lib/page/annotator/on-page/editor-flow.ts'), 'utf8');
    expect(flow).toMatch(/import \{[^}]*\bsaveAnnotation\b[^}]*\} from '(?:\.\.\/)+platform\/annotations'/);
    expect(flow).not.toMatch(/storage\./);
  });
});
