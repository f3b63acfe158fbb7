/**
 * Where the content script may post the editor frame's secret and port: only to the extension's own
 * origins (the per-session address Chrome gives with `use_dynamic_url`, and the extension's fixed origin it
 * loads the page under), never anywhere else.
 */
import { describe, expect, it } from 'vitest';
import { frameOrigins } from '../../../lib/page/annotator/on-page/editor-frame';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('frameOrigins', () => {
  it('gives the session address’s origin and the extension’s own in Chrome', () => {
    expect(frameOrigins('chrome-extension://3f0c-uuid-like/annotation-editor.html#k', ID)).toEqual([
      'chrome-extension://3f0c-uuid-like',
      `chrome-extension://${ID}`,
    ]);
  });

  it('gives one origin when the address is already the extension’s own', () => {
    expect(frameOrigins(`chrome-extension://${ID}/annotation-editor.html#k`, ID)).toEqual([`chrome-extension://${ID}`]);
  });

  it('gives the address’s origin alone in Firefox, whose add-on id is no host', () => {
    expect(frameOrigins('moz-extension://0b1c2d3e-aaaa/annotation-editor.html#k', 'lens@example.org')).toEqual([
      'moz-extension://0b1c2d3e-aaaa',
    ]);
  });
});
