import { describe, expect, it } from 'vitest';
import { entityHash, parsePopupLocation, parseRaceHash, parseSidePanelHash, popupHash, popupUrl, raceUrl, sidePanelUrl } from '../../../lib/core/routes';

const BASE = 'chrome-extension://abc/popup.html';

describe('page addresses', () => {
  it('build one #entity= / #q= form for every page, percent-encoded', () => {
    expect(entityHash('sam-altman')).toBe('#entity=sam-altman');
    expect(popupHash({ entityId: 'a b' })).toBe('#entity=a%20b');
    expect(popupHash({ query: 'a&b#c d' })).toBe('#q=a%26b%23c%20d');
    expect(parsePopupLocation(BASE + popupHash({ query: 'a&b#c d' })).query).toBe('a&b#c d');
    expect(raceUrl()).toBe('race.html');
    expect(raceUrl('codex')).toBe('race.html#entity=codex');
    expect(popupUrl()).toBe('popup.html');
    expect(popupUrl({ query: 'gpt 5' })).toBe('popup.html#q=gpt%205');
    expect(popupUrl({ entityId: 'codex' })).toBe('popup.html#entity=codex');
    expect(sidePanelUrl()).toBe('sidepanel.html');
    expect(sidePanelUrl('sam-altman')).toBe('sidepanel.html#entity=sam-altman');
  });

  it('read the side panel and race hashes', () => {
    expect(parseSidePanelHash(entityHash('codex'))).toEqual({ entityId: 'codex', race: false });
    expect(parseSidePanelHash('#race')).toEqual({ race: true });
    expect(parseSidePanelHash('')).toEqual({ race: false });
    expect(parseRaceHash(raceUrl('claude-code').slice('race.html'.length))).toEqual({ entityId: 'claude-code' });
    expect(parseRaceHash('#entity=%20')).toEqual({});
  });
});
