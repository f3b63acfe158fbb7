import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import mini from '../../fixtures/mini-dataset.json';
import userFixture from '../../fixtures/user-dataset.json';
import { bundledDataset } from '../../../lib/core/dataset';
import type { Dataset } from '../../../lib/core/dataset/types';
import {
  activeDatasetFrom,
  checkUserDataset,
  getActiveDataset,
  getUserDataset,
  importUserDatasetText,
  removeUserDataset,
  watchActiveDataset,
} from '../../../lib/platform/userdata';

const base = mini as unknown as Dataset;

function extraDataset(): Dataset {
  return structuredClone(userFixture) as unknown as Dataset;
}

beforeEach(() => fakeBrowser.reset());

describe('checking an additional dataset', () => {
  it('accepts a sound file and merges it with its own source', () => {
    const result = checkUserDataset(JSON.stringify(extraDataset()), 'mine.json', base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.merged.entities.map((e) => e.id)).toContain('zeditorix');
    expect(result.merged.entities.length).toBe(base.entities.length + 1);
    expect(result.merged.sources.find((s) => s.id === 'my-notes')?.title).toBe('My reading notes');
    expect(result.record.fileName).toBe('mine.json');
  });

  it('refuses text that is not JSON, naming the file', () => {
    const result = checkUserDataset('{"version": ', 'broken.json', base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatch(/^broken\.json: expected valid JSON/);
  });

  it('refuses a file of the wrong shape, naming the place in it', () => {
    const bad = extraDataset() as unknown as { entities: { type: string }[] };
    bad.entities[0].type = 'spaceship';
    const result = checkUserDataset(JSON.stringify(bad), 'shape.json', base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).toMatch(/shape\.json: \/entities\/0\/type/);
  });

  it('refuses a file whose alias is already claimed by the bundled data', () => {
    const clash = extraDataset();
    clash.entities[0].aliases = [{ text: 'OpenAI' }];
    const result = checkUserDataset(JSON.stringify(clash), 'clash.json', base);
    expect(result.ok).toBe(false);
  });
});

describe('the stored dataset and the active one', () => {
  it('stores only a sound file, and nothing changes after a bad one', async () => {
    const good = await importUserDatasetText(JSON.stringify(extraDataset()), 'mine.json');
    expect(good.ok).toBe(true);
    const stored = await getUserDataset();
    expect(stored?.fileName).toBe('mine.json');

    const bad = await importUserDatasetText('nope', 'bad.json');
    expect(bad.ok).toBe(false);
    await expect(getUserDataset()).resolves.toEqual(stored);
  });

  it('merges the bundled dataset with the person’s, and follows removal live', async () => {
    await expect(getActiveDataset()).resolves.toBe(bundledDataset);
    const seen: number[] = [];
    const stop = watchActiveDataset((d) => seen.push(d.entities.length));
    await expect.poll(() => seen.length).toBe(1);
    await importUserDatasetText(JSON.stringify(extraDataset()), 'mine.json');
    await expect.poll(() => seen.at(-1)).toBe(bundledDataset.entities.length + 1);
    expect((await getActiveDataset()).entities.some((e) => e.id === 'zeditorix')).toBe(true);
    await removeUserDataset();
    await expect.poll(() => seen.at(-1)).toBe(bundledDataset.entities.length);
    stop();
  });

  it('falls back to the base when a stored file no longer merges', () => {
    const clash = extraDataset();
    clash.entities[0].aliases = [{ text: 'OpenAI' }];
    const record = { fileName: 'old.json', importedAt: '2026-01-01T00:00:00Z', dataset: clash };
    expect(activeDatasetFrom(record, base)).toBe(base);
  });
});
