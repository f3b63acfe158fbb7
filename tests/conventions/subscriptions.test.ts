// @vitest-environment node
/**
 * One settings subscription per frame: the content script's hub (lib/page/content) is the one place a
 * frame reads and follows the stored settings and the person's dataset; every feature gets them from
 * it. A second `watchSettings` (or a read of the settings, or of the dataset) anywhere the content
 * script's imports reach fails here. The runtime side is tests/page/content/subscriptions.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { subscriptionSites } from '../../scripts/house/subscriptions.mjs';

const sites = subscriptionSites();
const where = (what: string, kind: string) =>
  sites.filter((s) => s.what === what && s.kind === kind).map((s) => `${s.call} ${s.at.replace(/:\d+$/, '')}`);

describe('what a frame reads and follows at the content script’s start', () => {
  it('follows the settings once, in the hub, and reads them nowhere else', () => {
    expect(where('settings', 'watch')).toEqual(['watchSettings lib/page/content/hub.ts']);
    expect(where('settings', 'read')).toEqual([]);
  });

  it("reads the person's dataset once and follows it once, in the hub's feeds", () => {
    expect(where('dataset', 'read')).toEqual(['getUserDataset lib/page/content/feeds.ts']);
    expect(where('dataset', 'watch')).toEqual(['userDatasetItem.watch lib/page/content/feeds.ts']);
  });
});
