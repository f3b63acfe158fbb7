/**
 * The overlay's life on a page, in happy-dom with a made-up layout: each text node of a <p data-top>
 * is one line at that height, ten pixels a character. What is measured, when, and what it draws.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter as makePainter, type Painter } from '../../../../lib/page/annotator/paint';
import { OVERLAY_MARK } from '../../../../lib/page/annotator/overlay/overlay';
import { highlights, settle, stubHighlights } from '../fake-highlights';

const HOST = `[data-ai-industry-lens="${OVERLAY_MARK}"]`;
let roots: ShadowRoot[] = [];
/** The boxes drawn: read through the test's own handle on the closed root. */
const boxes = (kind: 'box' | 'focus' = 'box') =>
  [...(roots.at(-1)?.querySelectorAll<HTMLElement>(kind === 'focus' ? '.focus' : '.box:not(.focus)') ?? [])].map((e) => e.style.cssText.replace(/\s/g, ''));
/** What the made-up layout measured, in order: 'read' for each text rect asked, 'write' for each box placed. */
let log: string[] = [];
/** A rectangle per clipping element id (its padding box), when one is set. */
const clipBoxes = new Map<string, { left: number; top: number; width: number; height: number }>();

function fakeRects(this: Range) {
  log.push('read');
  const node = this.startContainer;
  if (node.nodeType !== Node.TEXT_NODE || node !== this.endContainer || !node.isConnected) return [] as unknown as DOMRectList;
  const top = Number((node.parentElement as HTMLElement).dataset.top ?? 0) - Number((node.parentElement!.closest('[data-scroll]') as HTMLElement | null)?.dataset.scroll ?? 0);
  const rect = { left: this.startOffset * 10, right: this.endOffset * 10, top, bottom: top + 20, width: (this.endOffset - this.startOffset) * 10, height: 20 };
  return Object.assign([rect], { item: (i: number) => [rect][i] }) as unknown as DOMRectList;
}

/** Elements the made-up IntersectionObserver finds far from the screen. */
const offScreen = new Set<string>();

/** An IntersectionObserver that finds every element it follows on screen, but those in `offScreen`. */
class AllVisible {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    const isIntersecting = !offScreen.has(target.id);
    setTimeout(() =>
      this.callback([{ target, isIntersecting, boundingClientRect: { width: 10, height: 10 } } as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver),
    );
  }
  unobserve() {}
  disconnect() {}
}

/** A passage: `text` inside the paragraph `id`. */
function passage(id: string, text: string): Range {
  const node = document.getElementById(id)!.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  return range;
}

beforeEach(() => {
  stubHighlights();
  roots = [];
  log = [];
  clipBoxes.clear();
  offScreen.clear();
  // The scrolled box shows all of its content unless a test says otherwise.
  clipBoxes.set('scroller', { left: 0, top: 0, width: 800, height: 1000 });
  document.body.innerHTML = `
    <p id="a" data-top="100">Some words that the person annotated here.</p>
    <div id="scroller" style="overflow-x: auto; overflow-y: auto" data-scroll="0"><p id="b" data-top="300">Inside a scrolled box, a second passage.</p></div>`;
  vi.stubGlobal('IntersectionObserver', AllVisible);
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(fakeRects);
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const rectOf = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const clip = clipBoxes.get(this.id);
    return clip ? ({ ...clip, right: clip.left + clip.width, bottom: clip.top + clip.height } as DOMRect) : rectOf.call(this);
  });
  for (const prop of ['clientWidth', 'clientHeight'] as const) {
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      const clip = clipBoxes.get(this.id);
      return clip ? (prop === 'clientWidth' ? clip.width : clip.height) : 0;
    });
  }
  const style = Object.getPrototypeOf(document.body.style);
  const cssText = Object.getOwnPropertyDescriptor(style, 'cssText')!;
  vi.spyOn(style, 'cssText', 'set').mockImplementation(function (this: CSSStyleDeclaration, value: string) {
    log.push('write');
    cssText.set!.call(this, value);
  });
});

afterEach(() => {
  for (const painter of painters) painter.dispose();
  painters = [];
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.querySelectorAll(HOST).forEach((host) => host.remove());
});

let painters: Painter[] = [];
/** A painter, disposed after the test whatever happens in it. */
function createPainter(...args: Parameters<typeof makePainter>): Painter {
  const painter = makePainter(...args);
  painters.push(painter);
  return painter;
}

/** Lets the observers report and a frame pass. */
const frame = () => settle(6);

describe('the annotations overlay', () => {
  it('makes, observes and measures nothing on a page until a passage is painted', async () => {
    const listen = vi.spyOn(document, 'addEventListener');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const painter = createPainter(document);
    await frame();
    expect(document.querySelector(HOST)).toBeNull();
    expect(listen).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
    expect(log).toEqual([]);
    painter.dispose();
  });

  it('draws a passage as boxes in a closed shadow root on the root element, none in the page’s registry', async () => {
    const painter = createPainter(document);
    painter.add(passage('a', 'the person annotated'));
    await frame();
    const host = document.querySelector(HOST)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    // "the person annotated" starts at character 16: x 160, 200 px wide, on the line at y 100.
    expect(boxes()).toEqual(['left:160px;top:100px;width:200px;height:20px;']);
    expect(highlights.size).toBe(0);
    painter.dispose();
    expect(document.querySelector(HOST)).toBeNull();
  });

  it('measures once per frame however many scrolls, resizes and changes come, every read before any write', async () => {
    const painter = createPainter(document);
    painter.add(passage('a', 'the person annotated'));
    painter.add(passage('b', 'a second passage'));
    await frame();
    log = [];
    const scroller = document.getElementById('scroller')!;
    scroller.dataset.scroll = '40';
    for (let i = 0; i < 10; i++) {
      scroller.dispatchEvent(new Event('scroll'));
      window.dispatchEvent(new Event('resize'));
    }
    document.body.append(document.createElement('p'));
    await frame();
    // Each passage's text read once, then the one box that moved written.
    expect(log).toEqual(['read', 'read', 'write']);
    expect(boxes()).toContain('left:230px;top:260px;width:160px;height:20px;');
    painter.dispose();
  });

  it('measures only the passages on or near the screen', async () => {
    offScreen.add('b');
    const painter = createPainter(document);
    painter.add(passage('a', 'the person annotated'));
    painter.add(passage('b', 'a second passage'));
    await frame();
    expect(boxes()).toEqual(['left:160px;top:100px;width:200px;height:20px;']);
    log = [];
    window.dispatchEvent(new Event('resize'));
    await frame();
    // One passage's text read again; the one far away is never measured.
    expect(log).toEqual(['read']);
    painter.dispose();
  });

  it('hides a passage its scrolled box no longer shows, and clips one it shows in part', async () => {
    clipBoxes.set('scroller', { left: 0, top: 250, width: 800, height: 100 });
    const painter = createPainter(document);
    painter.add(passage('b', 'a second passage'));
    await frame();
    expect(boxes()).toEqual(['left:230px;top:300px;width:160px;height:20px;']);
    const scroller = document.getElementById('scroller')!;
    scroller.dataset.scroll = '200';
    scroller.dispatchEvent(new Event('scroll'));
    await frame();
    expect(boxes()).toEqual([]);
    scroller.dataset.scroll = '60';
    scroller.dispatchEvent(new Event('scroll'));
    await frame();
    expect(boxes()).toEqual(['left:230px;top:250px;width:160px;height:10px;']);
    painter.dispose();
  });

  it('measures again on a scroll of the window only what does not scroll with the document (a fixed bar)', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="bar" style="position: fixed" data-scroll="0"><p id="c" data-top="10">A fixed bar holds words.</p></div>');
    const painter = createPainter(document);
    painter.add(passage('a', 'the person annotated'));
    painter.add(passage('c', 'holds words'));
    await frame();
    expect(boxes()).toEqual(['left:160px;top:100px;width:200px;height:20px;', 'left:120px;top:10px;width:110px;height:20px;']);
    // The window scrolled 50 px: the host moved with the document, so the fixed bar's box is measured
    // again (its text stayed put on screen, 50 px further down the document); the other is not.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return { left: 0, top: this.localName === 'ail-annotation-overlay' ? -50 : 0, right: 0, bottom: 0, width: 0, height: 0 } as DOMRect;
    });
    log = [];
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(log).toEqual(['read', 'write']);
    expect(boxes()).toEqual(['left:160px;top:100px;width:200px;height:20px;', 'left:120px;top:60px;width:110px;height:20px;']);
    painter.dispose();
  });

  it('takes the boxes of a passage whose text was removed away', async () => {
    const painter = createPainter(document);
    painter.add(passage('a', 'the person annotated'));
    painter.add(passage('b', 'a second passage'));
    await frame();
    expect(boxes()).toHaveLength(2);
    document.getElementById('a')!.remove();
    await frame();
    expect(boxes()).toEqual(['left:230px;top:300px;width:160px;height:20px;']);
    painter.dispose();
  });

  it('flashes a passage in the same overlay for a moment, then leaves nothing behind', async () => {
    const painter = createPainter(document);
    painter.flash(passage('a', 'Some words'), 40);
    await frame();
    expect(boxes('focus')).toEqual(['left:0px;top:100px;width:100px;height:20px;']);
    expect(highlights.size).toBe(0);
    await new Promise((done) => setTimeout(done, 60));
    expect(boxes('focus')).toEqual([]);
    // Nothing else was painted: the overlay is gone with the flash.
    expect(document.querySelector(HOST)).toBeNull();
    painter.dispose();
  });

  it('stops following the page when its last passage goes, and paints nothing while not enabled', async () => {
    let enabled = false;
    const painter = createPainter(document, () => enabled);
    painter.add(passage('a', 'the person annotated'));
    painter.flash(passage('a', 'Some words'));
    await frame();
    expect(document.querySelector(HOST)).toBeNull();
    enabled = true;
    const range = passage('a', 'the person annotated');
    painter.add(range);
    await frame();
    expect(boxes()).toHaveLength(1);
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    painter.remove(range);
    expect(document.querySelector(HOST)).toBeNull();
    window.dispatchEvent(new Event('resize'));
    document.body.append(document.createElement('p'));
    await frame();
    expect(frames).not.toHaveBeenCalled();
    painter.dispose();
  });
});
