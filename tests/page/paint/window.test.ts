/**
 * The paint window: only ranges whose element is on or near the screen are registered. happy-dom has
 * no layout, so a stand-in IntersectionObserver lets the test say which elements are in the window.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPainter, WINDOW_DELAY_MS, WINDOW_MARGIN } from '../../../lib/page/paint';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();
const observers: FakeObserver[] = [];

class FakeObserver {
  readonly observed = new Set<Element>();
  constructor(
    readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    observers.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Reports each observed element as in the window or not (what the browser does after a frame). */
  report(inWindow: (el: Element) => boolean, box = { width: 100, height: 20 }) {
    const entries = [...this.observed].map((target) => ({ target, isIntersecting: inWindow(target), boundingClientRect: box as DOMRectReadOnly }));
    this.callback(entries);
  }
}

const win = window as unknown as Record<string, unknown>;
const saved = { CSS: Object.getOwnPropertyDescriptor(window, 'CSS'), IO: win.IntersectionObserver };
beforeEach(() => {
  registry.clear();
  observers.length = 0;
  win.Highlight = FakeHighlight;
  win.IntersectionObserver = FakeObserver;
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  document.body.innerHTML = '';
});
afterEach(() => {
  delete win.Highlight;
  win.IntersectionObserver = saved.IO;
  if (saved.CSS) Object.defineProperty(window, 'CSS', saved.CSS);
  else delete win.CSS;
});

/** Paragraphs p0..p(n-1), each with one mention range over its first word. */
function page(n: number) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const p = document.body.appendChild(document.createElement('p'));
    p.id = `p${i}`;
    p.textContent = `OpenAI paragraph ${i}`;
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 6);
    items.push({ type: 'company' as const, range, p });
  }
  return items;
}
const painted = () => registry.get('ail-company')?.size ?? 0;

describe('the paint window', () => {
  it('asks an item for its range only when the item enters the window (a far name never makes one)', () => {
    const painter = createPainter(document);
    const made: string[] = [];
    const items = page(6).map(({ type, range, p }) => ({
      type,
      p,
      get range() {
        made.push(p.id);
        return range;
      },
      paintTarget: () => p,
    }));
    for (const item of items) painter.add(item);
    painter.commit();
    observers[0].report((el) => el.id === 'p1' || el.id === 'p4');
    expect(made.sort()).toEqual(['p1', 'p4']);
    expect(painted()).toBe(2);
    // Leaving the window unregisters the range it made; removing a far item makes none.
    observers[0].report((el) => el.id === 'p4');
    painter.remove(items[5]);
    painter.remove(items[1]);
    painter.commit();
    expect(made.sort()).toEqual(['p1', 'p4']);
    expect(painted()).toBe(1);
    painter.dispose();
  });

  it('registers only ranges whose element is in the window, and follows scrolling both ways', () => {
    const painter = createPainter(document);
    const items = page(10);
    for (const item of items) painter.add(item);
    painter.commit();
    expect(painter.size).toBe(10);
    // Nothing registered before the first report: where things are is not known yet.
    expect(painted()).toBe(0);
    const [io] = observers;
    expect(io.options.rootMargin).toBe(WINDOW_MARGIN);
    expect(io.options.root).toBe(document);
    // Each element's place looked at no more than every 100 ms (a growing page lays out every frame).
    expect((io.options as { delay?: number }).delay).toBe(WINDOW_DELAY_MS);
    expect(WINDOW_DELAY_MS).toBeGreaterThan(0);
    expect(io.observed.size).toBe(10);
    io.report((el) => ['p0', 'p1', 'p2'].includes(el.id));
    expect([...registry.get('ail-company')!].map((r) => (r.startContainer as Text).parentElement!.id).sort()).toEqual(['p0', 'p1', 'p2']);
    // Scrolled down: the first two leave, two more come in.
    io.report((el) => ['p2', 'p3', 'p4'].includes(el.id));
    expect([...registry.get('ail-company')!].map((r) => (r.startContainer as Text).parentElement!.id).sort()).toEqual(['p2', 'p3', 'p4']);
    // A range added under an element already in the window shows at once.
    const extra = document.createRange();
    extra.setStart(items[3].p.firstChild!, 7);
    extra.setEnd(items[3].p.firstChild!, 16);
    painter.add({ type: 'company', range: extra });
    painter.commit();
    expect(painted()).toBe(4);
    // Removing a mention unregisters it and stops following an element left with none.
    painter.remove(items[4]);
    painter.commit();
    expect(painted()).toBe(3);
    expect(io.observed.has(items[4].p)).toBe(false);
    expect(painter.size).toBe(10);
    painter.dispose();
    expect(registry.size).toBe(0);
    expect(io.observed.size).toBe(0);
  });

  it('takes the highlight out of the registry when no range of it is in the window', () => {
    const painter = createPainter(document);
    const items = page(3);
    for (const item of items) painter.add(item);
    painter.commit();
    observers[0].report((el) => el.id === 'p0');
    expect(registry.has('ail-company')).toBe(true);
    observers[0].report(() => false);
    expect(registry.has('ail-company')).toBe(false);
    painter.dispose();
  });

  it('keeps a rescanned mention painted: removed and added back in one batch, it never leaves the window', () => {
    const painter = createPainter(document);
    const [item] = page(1);
    painter.add(item);
    painter.commit();
    observers[0].report(() => true);
    expect(painted()).toBe(1);
    const again = { type: 'company' as const, range: item.range.cloneRange() };
    painter.remove(item);
    painter.add(again);
    painter.commit();
    expect([...registry.get('ail-company')!]).toEqual([again.range]);
    expect(observers[0].observed.has(item.p)).toBe(true);
    painter.dispose();
  });

  it('a mention added then removed before a commit is not painted', () => {
    const painter = createPainter(document);
    const [item] = page(1);
    painter.add(item);
    painter.remove(item);
    painter.commit();
    observers[0].report(() => true);
    expect(painted()).toBe(0);
    expect(painter.size).toBe(0);
    painter.dispose();
  });

  it('paints under an element that has no box (display: contents), which the window cannot place', () => {
    const painter = createPainter(document);
    const [item] = page(1);
    painter.add(item);
    painter.commit();
    observers[0].report(() => false, { width: 0, height: 0 });
    expect(painted()).toBe(1);
    painter.dispose();
  });

  it('without IntersectionObserver, or unwindowed, registers every range at once', () => {
    delete win.IntersectionObserver;
    const painter = createPainter(document);
    for (const item of page(5)) painter.add(item);
    painter.commit();
    expect(painted()).toBe(5);
    painter.dispose();
    win.IntersectionObserver = FakeObserver;
    const whole = createPainter(document, { unwindowed: true });
    for (const item of page(2)) whole.add(item);
    whole.commit();
    expect(painted()).toBe(2);
    expect(observers).toHaveLength(0);
    whole.dispose();
  });

  it('clear() forgets every range and stops following every element', () => {
    const painter = createPainter(document);
    for (const item of page(4)) painter.add(item);
    painter.commit();
    observers[0].report(() => true);
    expect(painted()).toBe(4);
    painter.clear();
    expect(painted()).toBe(0);
    expect(painter.size).toBe(0);
    expect(observers[0].observed.size).toBe(0);
    painter.dispose();
  });
});
