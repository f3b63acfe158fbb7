import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addAnnotations, createAnnotation, loadAll } from '../../../lib/platform/annotations';
import { createAnnotationPort } from '../../../lib/surfaces/options';

const note = (id: string, source: string) =>
  createAnnotation({
    id,
    source,
    selectors: [{ type: 'TextQuoteSelector', exact: 'Claude Code', prefix: 'shipped ', suffix: ' to' }],
    content: { note: `note ${id}`, tags: ['launch'], entityIds: ['claude-code'] },
  });

beforeEach(() => fakeBrowser.reset());

describe('the options page’s annotation port', () => {
  it('counts, exports as JSON-LD and imports back into an empty store', async () => {
    await addAnnotations([note('urn:uuid:1', 'https://a.example/x'), note('urn:uuid:2', 'https://b.example/y')]);
    const port = createAnnotationPort();
    await expect(port.count()).resolves.toBe(2);
    const file = await port.exportFile();
    expect(file.fileName).toMatch(/\.jsonld$/);
    expect(JSON.parse(file.text).type).toBe('AnnotationCollection');

    await fakeBrowser.storage.local.clear();
    await expect(port.count()).resolves.toBe(0);
    expect(file.count).toBe(2);
    await expect(port.importText(file.text)).resolves.toEqual({ added: 2, skipped: 0 });
    expect((await loadAll()).flatMap((r) => r.annotations).map((a) => a.id).sort()).toEqual(['urn:uuid:1', 'urn:uuid:2']);
    // Importing the same file again adds nothing.
    await expect(port.importText(file.text)).resolves.toEqual({ added: 0, skipped: 2 });
  });

  it('refuses a file that is not an annotation export, saying why', async () => {
    await expect(createAnnotationPort().importText('{"hello": 1}')).rejects.toThrow(/./);
  });
});
