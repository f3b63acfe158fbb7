/**
 * The page key: distinct queries keep distinct keys, and every key stored before keeps its meaning.
 * `legacyNormalizeUrl` is the key as it was built until December 2026 (through URLSearchParams).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeUrl } from '../../../lib/platform/annotations/url';
import { createAnnotation, type Annotation } from '../../../lib/platform/annotations/model';
import { addAnnotations, loadAll, loadPage, pageKey, saveAnnotation } from '../../../lib/platform/annotations/store';
import { toJsonLd } from '../../../lib/platform/annotations/export';
import { parseAnnotationImport } from '../../../lib/platform/annotations/import';
import { seeded } from '../../support/random.mjs';

function legacyNormalizeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  const tracking = [/^utm_/i, /^(fbclid|gclid)$/i, /^(ref|si)$/i];
  const kept: [string, string][] = [];
  parsed.searchParams.forEach((value, name) => !tracking.some((p) => p.test(name)) && kept.push([name, value]));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.toString();
}

const PAGE = 'https://forum.example/search.php';

describe('normalizeUrl: one key per page, and only one page per key', () => {
  it('keeps pages whose queries differ in bytes that are not UTF-8 apart (Latin-1 sites)', () => {
    const keys = ['?q=%E9', '?q=%E8', '?q=%C3%A9', '?q=%EF%BF%BD', '?q=%FF%FE'].map((q) => normalizeUrl(PAGE + q));
    expect(new Set(keys).size).toBe(keys.length);
    expect(normalizeUrl(`${PAGE}?q=caf%E9`)).toBe(`${PAGE}?q=caf%E9`);
    expect(normalizeUrl(`${PAGE}?q=caf%e9&utm_source=x`)).toBe(`${PAGE}?q=caf%E9`);
    // A name of such bytes too, and the order of the pairs still does not matter.
    expect(normalizeUrl(`${PAGE}?%E9=1&%E8=2`)).toBe(normalizeUrl(`${PAGE}?%E8=2&%E9=1`));
    expect(normalizeUrl(`${PAGE}?%E9=1`)).not.toBe(normalizeUrl(`${PAGE}?%E8=1`));
  });

  it('keeps apart what a server reads apart, and together what it reads alike', () => {
    const same = (a: string, b: string) => expect(normalizeUrl(PAGE + a)).toBe(normalizeUrl(PAGE + b));
    const apart = (a: string, b: string) => expect(normalizeUrl(PAGE + a)).not.toBe(normalizeUrl(PAGE + b));
    apart('?q=a%2Bb', '?q=a+b'); // a plus sign, a space
    apart('?q=a%26b=c', '?q=a&b=c'); // one value holding "&", two pairs
    same('?q=a+b', '?q=a%20b'); // a space either way
    same('?q=%41', '?q=A');
    same('?q=%e9', '?q=%E9');
    same('?q=%zz', '?q=%25zz'); // an escape that is none is a "%"
    same('?a', '?a='); // an empty value either way
    same('?a=b=c', '?a=b%3Dc'); // a pair splits at its first "="
    same('?a=1;b=2', '?a=1%3Bb%3D2'); // only "&" separates pairs
    same('?b=2&a=1', '?a=1&b=2');
    apart('?a=1&a=2', '?a=2&a=1'); // the values of one name keep their order
  });

  it('gives every query of UTF-8 text the key it always had', () => {
    const random = seeded(20261207);
    const tokens = ['a', 'b', 'Z', '0', '=', '&', '+', '%20', '%2B', '%26', '%3D', '%zz', '%', '%4', ';', '~', '!', "'", '*', '-', '.', '_', 'é', '%C3%A9', '%e2%82%ac', '€', '𝄞', '%F0%9D%84%9E', '%EF%BB%BF', 'utm_source', 'ref', '/', '?', ':', '@', ',', '$', '(', ')', '%00', '\u00a0'];
    let checked = 0;
    for (let i = 0; i < 4000; i++) {
      let query = '';
      const length = 1 + Math.floor(random() * 12);
      for (let j = 0; j < length; j++) query += tokens[Math.floor(random() * tokens.length)];
      const url = `${PAGE}?${query}#frag`;
      const search = new URL(url).search.slice(1);
      // An independent reading of whether the query is UTF-8: decodeURIComponent throws on any other bytes.
      const utf8 = search.split(/[&=]/).every((part) => {
        try {
          decodeURIComponent(part.replace(/\+/g, ' ').replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
          return true;
        } catch {
          return false;
        }
      });
      const key = normalizeUrl(url);
      if (utf8) {
        expect(key, url).toBe(legacyNormalizeUrl(url));
        checked++;
      }
      // A stored key keeps its meaning (no key needs re-filing), and a key is its own key.
      expect(normalizeUrl(legacyNormalizeUrl(url)), url).toBe(legacyNormalizeUrl(url));
      expect(normalizeUrl(key), url).toBe(key);
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('gives pairs in any order one key', () => {
    const random = seeded(7);
    const pairs = ['a=1', 'b=%E9', '%E9=x', '%E8=y', 'c', 'c=2', 'utm_medium=m', 'd=%C3%A9', 'e=+'];
    const key = normalizeUrl(`${PAGE}?${pairs.join('&')}`);
    for (let i = 0; i < 50; i++) {
      const shuffled = [...pairs].sort(() => random() - 0.5);
      // Only the relative order of one name's values counts.
      if (shuffled.indexOf('c') > shuffled.indexOf('c=2')) continue;
      expect(normalizeUrl(`${PAGE}?${shuffled.join('&')}`)).toBe(key);
    }
  });
});

function note(source: string, text: string): Annotation {
  return createAnnotation({ source, selectors: [{ type: 'TextQuoteSelector', exact: text }], content: { note: text, tags: [], entityIds: [] } });
}

describe('notes of pages whose addresses are not UTF-8', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stay on their own page', async () => {
    const e = note(normalizeUrl(`${PAGE}?q=%E9`), 'on the é page');
    const è = note(normalizeUrl(`${PAGE}?q=%E8`), 'on the è page');
    await saveAnnotation(e);
    await saveAnnotation(è);
    expect((await loadPage(`${PAGE}?q=%E9`)).annotations.map((a) => a.id)).toEqual([e.id]);
    expect((await loadPage(`${PAGE}?q=%E8`)).annotations.map((a) => a.id)).toEqual([è.id]);
    expect(pageKey(`${PAGE}?q=%E9`)).not.toBe(pageKey(`${PAGE}?q=%E8`));
    expect(await loadAll()).toHaveLength(2);
  });

  it('export and import under the same keys, and so does a file exported before the fix', async () => {
    const notes = [note(normalizeUrl(`${PAGE}?q=%E9`), 'é'), note(normalizeUrl(`${PAGE}?q=%E8`), 'è'), note(normalizeUrl(`${PAGE}?q=caf%C3%A9&x=a+b`), 'café')];
    const parsed = parseAnnotationImport(toJsonLd(notes));
    expect(parsed).toEqual({ ok: true, annotations: notes });
    // Before the fix the first two were saved (and exported) under one address: they import under it.
    const old = notes.map((a) => ({ ...a, target: { ...a.target, source: legacyNormalizeUrl(a.target.source) } }));
    expect(old[0].target.source).toBe(`${PAGE}?q=%EF%BF%BD`);
    const reparsed = parseAnnotationImport(toJsonLd(old));
    if (!reparsed.ok) throw new Error(reparsed.error);
    await addAnnotations(reparsed.annotations);
    const records = await loadAll();
    expect(records.map((r) => r.url).sort()).toEqual([`${PAGE}?q=%EF%BF%BD`, `${PAGE}?q=caf%C3%A9&x=a+b`]);
    expect(records.find((r) => r.url.endsWith('%EF%BF%BD'))?.annotations).toHaveLength(2);
  });
});
