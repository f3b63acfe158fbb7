import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotation, saveAnnotation, type PageRecord } from '../../../lib/platform/annotations';
import { followAnnotatedPages, groupAnnotatedPages } from '../../../lib/surfaces/popup';

function annotation(url: string, entityIds: string[]) {
  return createAnnotation({
    source: url,
    selectors: [{ type: 'TextQuoteSelector', exact: 'Claude Code' }],
    content: { note: 'n', tags: [], entityIds },
  } as never);
}

describe('annotated pages per entity', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts each page once per note that names the entity, most annotated first', () => {
    const records: PageRecord[] = [
      { url: 'https://a.test/', title: 'A', annotations: [annotation('https://a.test/', ['claude-code'])] },
      {
        url: 'https://b.test/',
        title: 'B',
        annotations: [
          annotation('https://b.test/', ['claude-code', 'openai']),
          annotation('https://b.test/', ['claude-code']),
        ],
      },
    ];
    const pages = groupAnnotatedPages(records);
    expect(pages.get('claude-code')).toEqual([
      { url: 'https://b.test/', title: 'B', count: 2 },
      { url: 'https://a.test/', title: 'A', count: 1 },
    ]);
    expect(pages.get('openai')).toEqual([{ url: 'https://b.test/', title: 'B', count: 1 }]);
    expect(pages.has('codex')).toBe(false);
  });

  it('follows the annotations store', async () => {
    const seen: number[] = [];
    const stop = followAnnotatedPages((pages) => seen.push(pages.get('codex')?.length ?? 0));
    await expect.poll(() => seen.length).toBe(1);
    await saveAnnotation(annotation('https://c.test/', ['codex']), 'C');
    await expect.poll(() => seen.at(-1)).toBe(1);
    stop();
  });
});
